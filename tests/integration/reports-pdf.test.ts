// The PDF report through the real doors: `claimledger export --format pdf` (the CLI runs the
// worker thread from TypeScript source via lib/compute/bootstrap.mjs) and the export mutation,
// against the real database. The PDF is drawn on the compute worker pool.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computePool } from "@/lib/compute";
import { exportArticleReport } from "@/lib/reports/mutations";
import { cliEnvironment } from "./cli-environment";
import { makeArticle, makeUser } from "./factories";

const run = promisify(execFile);
const claimledger = (...args: string[]) =>
  run(process.execPath, ["bin/claimledger.mjs", ...args], { env: cliEnvironment(), timeout: 120_000 });

const pdfText = async (bytes: Uint8Array) =>
  (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text.replace(/\s+/g, " ");

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "claimledger-pdf-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await computePool().close();
});

describe("PDF report", () => {
  it("is written by `claimledger export --format pdf`, with page numbers out of the total", async () => {
    const editor = await makeUser("EDITOR");
    const { article, claims } = await makeArticle(editor);
    const out = path.join(folder, "report.pdf");
    const result = await claimledger(
      "export",
      "--article",
      article.id,
      "--format",
      "pdf",
      "--out",
      out,
      "--as",
      editor.email,
    );
    expect(result.stdout).toContain(`Wrote ${out}`);
    const bytes = new Uint8Array(await readFile(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const flat = await pdfText(bytes);
    expect(flat).toContain(article.title);
    for (const claim of claims) expect(flat).toContain(`C${claim.number} — Not yet reviewed`);
    expect(flat).toMatch(/Page 1 of \d+/);
  }, 180_000);

  it("comes from the export mutation as a stream of the finished file", async () => {
    const editor = await makeUser("EDITOR");
    const { article } = await makeArticle(editor);
    const file = await exportArticleReport(editor, article.id, { format: "pdf" });
    const bytes = new Uint8Array(await new Response(file.body).arrayBuffer());
    const flat = await pdfText(bytes);
    expect(flat).toContain("Claims at a glance");
    expect(flat).toContain("Times shown in: UTC");
  }, 120_000);
});
