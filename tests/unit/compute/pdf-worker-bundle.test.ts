// From TypeScript source the PDF thread loads one file compiled by esbuild
// (lib/compute/pdf-worker-bundle.mjs) instead of compiling through tsx in every new thread. A
// bundle that silently failed (a source esbuild could not resolve left as a bare import, a stale
// file reused after an edit) would only show as a slower or broken export, so check it here.
import { readFileSync, statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { buildPdfWorkerBundle, pdfWorkerBundle } from "@/lib/compute/pdf-worker-bundle.mjs";
import { context, article, claims } from "../reports/fixtures";

describe("the PDF worker bundle", () => {
  it("is built from the thread's sources, with every project import resolved", () => {
    const file = buildPdfWorkerBundle();
    const text = readFileSync(file, "utf8");
    const header = JSON.parse(text.slice(text.indexOf("{"), text.indexOf("\n"))) as { sources: Record<string, string> };
    expect(Object.keys(header.sources)).toEqual(
      expect.arrayContaining(["lib/compute/pdf-worker.ts", "lib/reports/pdf/index.ts", "lib/reports/fonts.ts"]),
    );
    // Only npm packages and Node's own modules stay outside: no "@/..." alias left unresolved.
    const external = [...text.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(external.filter((name) => name.startsWith("@/") || name.startsWith("."))).toEqual([]);
    expect(external).toContain("pdfkit");
  });

  it("is reused while its sources are unchanged", () => {
    const file = buildPdfWorkerBundle();
    const built = statSync(file).mtimeMs;
    expect(pdfWorkerBundle()).toBe(file);
    expect(statSync(file).mtimeMs).toBe(built);
  });

  it("runs as the PDF thread: a report drawn through the task protocol", async () => {
    const worker = new Worker(pdfWorkerBundle() as string);
    try {
      const reply = await new Promise<{ ok: boolean; value?: Uint8Array; message?: string }>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage({ id: 1, name: "renderPdf", input: { context, articles: [{ article, claims }] } });
      });
      expect(reply.message).toBeUndefined();
      expect(
        Buffer.from(reply.value as Uint8Array)
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
    } finally {
      await worker.terminate();
    }
  });
});
