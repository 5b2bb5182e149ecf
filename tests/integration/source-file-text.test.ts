// The text of attached documents (issue 15): a PDF or .docx a reviewer attaches is kept at once,
// and its text is read by a background job (a real pg-boss worker here), so the claim page and
// the API say whether the cited excerpt occurs in it, as for a fetched page. Documents are made
// by the test (pdfkit, a minimal .docx): no binary files. Bounds: pages, time, memory; files
// whose text cannot be read say why. Readings are append-only and recorded once.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as addSnapshot } from "@/app/api/v1/evidence/[id]/snapshots/route";
import { db } from "@/lib/db/client";
import { addEvidence } from "@/lib/evidence/mutations";
import { jobQueue, jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { getSnapshot, snapshotSummaries } from "@/lib/sources/data";
import { DOCX_TYPE, readFileText } from "@/lib/sources/file-text";
import { readSnapshotFileText } from "@/lib/sources/file-text-job";
import { readFileTextOnThread } from "@/lib/sources/file-text-run";
import { attachSourceFile } from "@/lib/sources/provide";
import { queueSnapshots } from "@/lib/sources/recheck";
import { takeSnapshot } from "@/lib/sources/snapshot";
import { createApiToken } from "@/lib/tokens/mutations";
import { makeDocx, makePdf } from "../fixtures/documents";
import { contractViolations } from "./openapi-contract";
import { claimVersion, reviewSetup } from "./review-helpers";

process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_file_text_${process.pid}`;

let server: Server;
let base: string;
const files = new Map<string, { type: string; body: Uint8Array }>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const file = files.get(request.url ?? "");
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": file.type }).end(Buffer.from(file.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = base.replace("http://", "");
});

afterAll(async () => {
  await stopJobQueue();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
});

async function sourceWith(excerpt: string | null, url = `https://statements.example/${Math.random()}`) {
  const setup = await reviewSetup();
  const { evidence } = await addEvidence(setup.reviewer, setup.claim.id, {
    url,
    title: "Ministry statement",
    stance: "SUPPORTS",
    excerpt,
    version: await claimVersion(setup.claim.id),
  });
  return { ...setup, evidenceId: evidence.id };
}

async function summaryOf(evidenceId: string, snapshotId: string) {
  const all = (await snapshotSummaries(db, [evidenceId])).get(evidenceId) ?? [];
  return all.find((snapshot) => snapshot.id === snapshotId)!;
}

async function queuedJobsFor(snapshotId: string) {
  const boss = await jobQueue();
  const { rows } = (await boss
    .getDb()
    .executeSql(
      `SELECT id::text, state FROM ${jobsSchema()}.job WHERE name = 'snapshot_file_text' AND data->>'snapshotId' = $1`,
      [snapshotId],
    )) as { rows: { id: string; state: string }[] };
  return rows;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("an attached PDF", () => {
  it("is kept at once with its text PENDING, then a worker reads it and the excerpt is found", async () => {
    const { reviewer, evidenceId } = await sourceWith("The ministry said 42 schools reopened");
    const pdf = await makePdf(["Press release.\nThe ministry said 42 schools\nreopened on Sunday.", "Page two."]);
    // Through the API, as a client would: the answer comes before the text is read.
    const { token } = await createApiToken(reviewer, { name: "files" });
    const form = new FormData();
    form.set("file", new File([Buffer.from(pdf)], "statement.pdf"));
    const url = `/api/v1/evidence/${evidenceId}/snapshots`;
    const response = await addSnapshot(
      new NextRequest(new URL(url, "http://localhost"), {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      }),
      { params: Promise.resolve({ id: evidenceId }) },
    );
    const body = (await response.json()) as {
      snapshot: { id: string; textState: string; excerptFound: boolean | null };
    };
    expect(response.status).toBe(201);
    expect(contractViolations("POST", url, { status: 201, headers: response.headers, body })).toEqual([]);
    expect(body.snapshot).toMatchObject({ textState: "PENDING", excerptFound: null });
    const snapshotId = body.snapshot.id;
    // Queued in the same transaction as the snapshot.
    expect(await queuedJobsFor(snapshotId)).toHaveLength(1);

    await startWorker({ pollingIntervalSeconds: 0.5, concurrency: 1, schedule: false });
    const read = await until(
      () => summaryOf(evidenceId, snapshotId),
      (summary) => summary.textState !== "PENDING",
    );
    expect(read).toMatchObject({ textState: "READ", excerptFound: true, textError: null, origin: "ATTACHED" });
    const page = await getSnapshot(reviewer, snapshotId);
    expect(page.text).toContain("Page two.");
    expect(page.pages).toBe(2);
    expect(page.truncated).toBe(false);
    // The snapshot row itself is untouched: the file's hash and its empty text column.
    const row = await db.sourceSnapshot.findUniqueOrThrow({
      where: { id: snapshotId },
      select: { text: true, sha256: true },
    });
    expect(row.text).toBeNull();
    expect(row.sha256).toHaveLength(64);
  }, 60_000);

  it("records a reading once however often the job runs, and the reading cannot be rewritten", async () => {
    const { reviewer, evidenceId } = await sourceWith("not in the file");
    const { snapshot } = await attachSourceFile(reviewer, evidenceId, {
      name: "s.pdf",
      bytes: await makePdf(["Other words."]),
    });
    // The worker of the test above may be taking it too: both end with one reading.
    const results = await Promise.all([
      readSnapshotFileText(snapshot.id, "job-a"),
      readSnapshotFileText(snapshot.id, "job-b"),
    ]);
    expect(results.filter((result) => result === "READ" || result === "ALREADY_READ")).toHaveLength(2);
    expect(await db.snapshotFileText.count({ where: { snapshotId: snapshot.id } })).toBe(1);
    expect(await readSnapshotFileText(snapshot.id, "job-c")).toBe("ALREADY_READ");
    expect((await summaryOf(evidenceId, snapshot.id)).excerptFound).toBe(false);
    await expect(
      db.snapshotFileText.update({ where: { snapshotId: snapshot.id }, data: { excerptFound: true } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.snapshotFileText.delete({ where: { snapshotId: snapshot.id } })).rejects.toThrow(/append-only/);
  }, 60_000);

  it("says why a scan without text, a password-protected PDF or a damaged one cannot be read", async () => {
    const cases = [
      { bytes: await makePdf([""]), reason: /no text to read: it is probably a scan/ },
      { bytes: await makePdf(["secret"], { userPassword: "pw" }), reason: /protected by a password/ },
      {
        bytes: new TextEncoder().encode(
          "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        ),
        reason: /not a PDF that can be read/,
      },
    ];
    for (const { bytes, reason } of cases) {
      const { reviewer, evidenceId } = await sourceWith("anything");
      const { snapshot } = await attachSourceFile(reviewer, evidenceId, { name: "x.pdf", bytes });
      await readSnapshotFileText(snapshot.id, null);
      const summary = await summaryOf(evidenceId, snapshot.id);
      expect(summary.textState).toBe("UNREADABLE");
      expect(summary.textError).toMatch(reason);
      expect(summary.excerptFound).toBeNull();
    }
  }, 60_000);
});

describe("an attached .docx", () => {
  it("has its text read; an Arabic excerpt is found whatever its diacritics", async () => {
    const { reviewer, evidenceId } = await sourceWith("قالت الوزارة إن المدارس أعيد فتحها");
    const docx = makeDocx(["بيان صحفي", "قالتِ الوزارةُ إنّ المدارسَ أُعيدَ فتحها يوم الأحد."]);
    const { snapshot } = await attachSourceFile(reviewer, evidenceId, { name: "بيان.docx", bytes: docx });
    expect(snapshot).toMatchObject({ contentType: DOCX_TYPE, textState: "PENDING" });
    expect(await readSnapshotFileText(snapshot.id, null)).toBe("READ");
    expect(await summaryOf(evidenceId, snapshot.id)).toMatchObject({ textState: "READ", excerptFound: true });
    expect((await getSnapshot(reviewer, snapshot.id)).text).toContain("بيان صحفي");
  }, 60_000);

  it("images and other files are not read (no text state)", async () => {
    const { reviewer, evidenceId } = await sourceWith("x");
    const { snapshot } = await attachSourceFile(reviewer, evidenceId, {
      name: "a.txt",
      bytes: new TextEncoder().encode("x marks it"),
    });
    expect(snapshot).toMatchObject({ textState: null, excerptFound: true });
    expect(await readSnapshotFileText(snapshot.id, null)).toBe("NOT_READABLE");
  });
});

describe("bounds on reading a file", () => {
  it("reads at most maxPages pages and marks the text as cut", async () => {
    const pdf = await makePdf(["one", "two", "three", "four", "five"]);
    const read = await readFileText(pdf, "application/pdf", { maxPages: 2, maxCharacters: 1_000_000 });
    expect(read).toEqual({ ok: true, text: "one\n\ntwo", pages: 5, truncated: true });
    const cut = await readFileText(makeDocx(["a".repeat(50)]), DOCX_TYPE, { maxPages: 2, maxCharacters: 10 });
    expect(cut).toMatchObject({ ok: true, text: "a".repeat(10), truncated: true });
  });

  it("stops a reading past its deadline, and one that needs more memory than allowed, without harm to the process", async () => {
    const long = await makePdf(Array.from({ length: 120 }, (_, i) => `Page ${i} `.repeat(150)));
    const started = Date.now();
    const slow = await readFileTextOnThread(long, "application/pdf", { deadlineMs: 300 });
    expect(slow).toEqual({
      ok: false,
      reason: "Reading the file's text took longer than 0.3 seconds, so it was stopped.",
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    // 6 MB of paragraphs against a 24 MB heap: the reading thread runs out of memory, not us.
    const big = makeDocx(Array.from({ length: 3_000 }, (_, i) => `Paragraph ${i} ${"word ".repeat(400)}`));
    const starved = await readFileTextOnThread(big, DOCX_TYPE, { heapMb: 24 });
    expect(starved).toEqual({
      ok: false,
      reason: "The file needs more memory to read than ClaimLedger allows, so its text was not read.",
    });
    // And the thread answers normally afterwards.
    expect(await readFileTextOnThread(makeDocx(["fine"]), DOCX_TYPE)).toMatchObject({ ok: true, text: "fine" });
  }, 60_000);
});

describe("a PDF fetched as a source", () => {
  it("has its text read in the snapshot job, so the excerpt check works as for a page", async () => {
    files.set("/statement.pdf", {
      type: "application/pdf",
      body: await makePdf(["The governor confirmed 7 bridges were closed."]),
    });
    const { evidenceId } = await sourceWith("7 bridges were closed", `${base}/statement.pdf`);
    const result = await takeSnapshot(evidenceId, null);
    expect(result.outcome).toBe("OK");
    const latest = await db.sourceSnapshot.findFirstOrThrow({
      where: { evidenceId, origin: "FETCHED" },
      orderBy: { fetchedAt: "desc" },
      select: { text: true, excerptFound: true, textSha256: true, contentType: true },
    });
    expect(latest).toMatchObject({ contentType: "application/pdf", excerptFound: true });
    expect(latest.text).toContain("The governor confirmed");
    expect(latest.textSha256).toHaveLength(64);
  }, 60_000);
});

describe("the daily re-check", () => {
  it("queues the reading of an attached document whose job was never queued", async () => {
    const { reviewer, evidenceId, article } = await sourceWith("x");
    const { snapshot } = await attachSourceFile(reviewer, evidenceId, { name: "s.pdf", bytes: await makePdf(["x"]) });
    // As if the queue had been down when it was attached.
    const boss = await jobQueue();
    await boss.getDb().executeSql(`DELETE FROM ${jobsSchema()}.job WHERE data->>'snapshotId' = $1`, [snapshot.id]);
    await queueSnapshots({ articleId: article.id });
    expect((await queuedJobsFor(snapshot.id)).length).toBeGreaterThanOrEqual(1);
  });
});
