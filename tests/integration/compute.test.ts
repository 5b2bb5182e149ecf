// No single import stalls the others (issue 10): a large import's extraction runs on a worker
// thread, so the event loop keeps answering (timers fire, small queries return) while it works;
// past the time budget the import fails with a clear 503, and nothing is saved.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/articles/route";
import { importArticle } from "@/lib/articles/mutations";
import { rerunExtraction } from "@/lib/claims/additions";
import { EXTRACTION_INLINE_MAX_CHARS } from "@/lib/compute";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { extractClaims } from "@/lib/extraction";
import { createApiToken } from "@/lib/tokens/mutations";
import { makeUser, uniqueSuffix } from "./factories";

// What "stays responsive" allows on a 2-core machine: the main thread still hashes and writes the
// 1.2 MB body (and Prisma serialises it), which costs up to ~300 ms when other work competes for
// the cores; extracting it inline took seconds and a pathological input took minutes. On a
// machine loaded by other work (parallel test files, other builds) every stall grows, the inline
// extraction's with it: the bound is then half of what extracting inline stalled this run, which
// an import extracting on the event loop can never meet.
const RESPONSIVE_MS = 400;

/** Extracts `body` on the event loop: its claims, and the bound for this run (400 ms, or half that stall if more). */
function extractInline(body: string) {
  const started = performance.now();
  const claims = extractClaims(body);
  const inlineMs = performance.now() - started;
  // Extracting this body on the event loop stalls it past the bound, or the test proves nothing.
  expect(inlineMs, "extraction inline (ms)").toBeGreaterThan(RESPONSIVE_MS);
  return { claims, bound: Math.max(RESPONSIVE_MS, inlineMs / 2) };
}

// These two tests are about the event loop, not the time budget (the third one is): a machine
// busy with other work can take longer than the default 20 s to extract 1.2 MB.
const LOADED_MACHINE_BUDGET_MS = 150_000;

afterEach(() => {
  delete process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
});

/** A few real claims, then 1.2 MB of short lines: about a second or more of extraction on one core. */
function largeBody(lines = 300_000): string {
  const marker = uniqueSuffix();
  const claims = Array.from(
    { length: 20 },
    (_, i) => `Officials said ${1000 + i} people were evacuated from Homs on day ${i} (${marker}).`,
  ).join("\n\n");
  return `${claims}\n\n${"a b\n".repeat(lines)}`;
}

/** Runs `work` while checking, every 20 ms, that the event loop and the database still answer. */
async function whileResponsive<T>(work: () => Promise<T>, boundMs: number) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const queryTimes: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const start = performance.now();
      await db.$queryRaw`SELECT 1`;
      queryTimes.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  delay.enable();
  const started = performance.now();
  try {
    return { result: await work(), elapsed: performance.now() - started };
  } finally {
    delay.disable();
    done = true;
    await probe;
    const maxDelay = delay.max / 1e6;
    const slowestQuery = Math.max(...queryTimes);
    expect(maxDelay, "longest event-loop stall (ms)").toBeLessThan(boundMs);
    expect(slowestQuery, "slowest small query while the import ran (ms)").toBeLessThan(boundMs);
  }
}

describe("CPU-heavy work off the event loop", () => {
  it("a large import keeps the server responsive: timers fire and small queries return within 400 ms (or half an inline extraction's stall on a loaded machine)", async () => {
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = String(LOADED_MACHINE_BUDGET_MS);
    const editor = await makeUser("EDITOR");
    const body = largeBody();
    expect(body.length).toBeGreaterThan(EXTRACTION_INLINE_MAX_CHARS);
    const { claims: expected, bound } = extractInline(body);
    const { result } = await whileResponsive(() => importArticle(editor, { title: "Large", body }), bound);
    expect(result.claims.map((c) => c.text)).toEqual(expected.map((c) => c.text));
    for (const claim of result.claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(result.claims).toHaveLength(20);
  }, 300_000);

  it("re-running extraction on a large article runs off the loop too", async () => {
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = String(LOADED_MACHINE_BUDGET_MS);
    const editor = await makeUser("EDITOR");
    const body = largeBody();
    const { article } = await importArticle(editor, { title: "Large", body });
    const { result } = await whileResponsive(() => rerunExtraction(editor, article.id), extractInline(body).bound);
    expect(result).toMatchObject({ found: 20, added: 0, kept: 20 });
  }, 300_000);

  it("past the time budget the import fails with a clear 503 (lib and API) and saves nothing", async () => {
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = "150";
    const editor = await makeUser("EDITOR");
    const body = largeBody(400_000);
    const error = await importArticle(editor, { title: "Too slow", body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect((error as AppError).message).toContain(`(${body.length.toLocaleString("en-US")} characters)`);
    expect((error as AppError).message).toContain("150 ms limit");

    const { token } = await createApiToken(editor, { name: `compute ${uniqueSuffix()}` });
    const response = await POST(
      new NextRequest("http://localhost/api/v1/articles", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: "Too slow", body }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(503);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("UNAVAILABLE");
    expect(json.error.message).toMatch(/took longer than the 150 ms limit/);
    expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);
  }, 60_000);
});
