// A PDF report is drawn on a compute worker thread (lib/compute, lib/reports/render.ts): the main
// thread only loads the data, so other requests keep being served while a long report is drawn,
// and a report past its time budget fails with a clear 503 instead of holding a core.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, describe, expect, it, vi } from "vitest";
import { computePool } from "@/lib/compute";
import { AppError } from "@/lib/errors";
import { article, claims, context } from "../reports/fixtures";

const BATCHES = 3;
const PER_BATCH = 100;

vi.mock("@/lib/reports/data", () => ({
  loadReportArticle: async () => article,
  claimBatches: async function* () {
    for (let b = 0; b < BATCHES; b++) {
      yield Array.from({ length: PER_BATCH }, (_, i) => ({
        ...claims[i % claims.length],
        id: `c-${b}-${i}`,
        number: b * PER_BATCH + i + 1,
      }));
    }
  },
}));

const { renderReport, renderReportReady } = await import("@/lib/reports/render");

afterAll(async () => {
  await computePool().close();
});

describe("PDF rendering and the event loop", () => {
  it("draws on a worker thread: the main event loop never stalls for long", async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const bytes = Buffer.from(await new Response(renderReport("pdf", "claims", context, [article.id])).arrayBuffer());
    const elapsed = performance.now() - started;
    delay.disable();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain("/Type /Page");
    // Drawing 300 claims takes seconds; the longest stall of this thread is a small part of it
    // (spawning the worker, cloning the data), not the drawing.
    const stallMs = delay.max / 1e6;
    expect(elapsed).toBeGreaterThan(500);
    expect(stallMs).toBeLessThan(Math.max(250, elapsed / 4));
  }, 120_000);

  it("fails with a clear 503 before any byte when the budget is exceeded", async () => {
    process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS = "50";
    try {
      const error = await renderReportReady("pdf", "claims", context, [article.id]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "UNAVAILABLE", details: { budgetMs: 50 } });
      expect((error as AppError).message).toMatch(
        /Drawing this PDF report \(300 claims in 1 article\) took longer than the 50 ms limit|could not start drawing this PDF report/,
      );
      expect((error as AppError).message).toContain("CLAIMLEDGER_REPORT_TIMEOUT_MS");
    } finally {
      delete process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS;
    }
  }, 60_000);
});
