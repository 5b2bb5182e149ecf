// `claimledger export` checks --out before it exports (an export is audited, so a typo must not
// leave an AuditEvent without a file) and never leaves a partial report behind.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReportFile } from "@/cli/commands/export";
import { db } from "@/lib/db/client";
import { makeArticle, makeUser } from "./factories";
import { cliEnvironment } from "./cli-environment";

const run = promisify(execFile);

const claimledger = (...args: string[]) =>
  run(process.execPath, ["bin/claimledger.mjs", ...args], { env: cliEnvironment(), timeout: 60_000 });

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "claimledger-export-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

// The exports this test's editor made: another file's range export of today's articles (run at
// the same time on the same database) records one for this article too.
const exportsOf = (articleId: string, actorId: string) =>
  db.auditEvent.count({ where: { entityType: "Article", entityId: articleId, action: "article.exported", actorId } });

describe("claimledger export --out", () => {
  it("refuses a missing folder or a folder as the file before exporting: no file, no AuditEvent", async () => {
    const editor = await makeUser("EDITOR");
    const { article } = await makeArticle(editor);
    const missing = path.join(folder, "no-such-folder", "report.json");
    await expect(
      claimledger("export", "--article", article.id, "--format", "json", "--out", missing, "--as", editor.email),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`the folder ${path.dirname(missing)} does not exist`) });
    await expect(
      claimledger("export", "--article", article.id, "--format", "json", "--out", folder, "--as", editor.email),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("it is a folder, not a file") });
    expect(await exportsOf(article.id, editor.id)).toBe(0);
  });

  it("writes the complete report, leaving no temporary file", async () => {
    const editor = await makeUser("EDITOR");
    const { article } = await makeArticle(editor);
    const out = path.join(folder, "good", "report.json");
    await mkdir(path.dirname(out));
    const result = await claimledger("export", "--article", article.id, "--format", "json", "--out", out, "--as", editor.email);
    expect(result.stdout).toContain(`Wrote ${out}`);
    const report = JSON.parse(await readFile(out, "utf8")) as { articles: { id: string }[] };
    expect(report.articles.map((a) => a.id)).toEqual([article.id]);
    expect(await readdir(path.dirname(out))).toEqual(["report.json"]);
    expect(await exportsOf(article.id, editor.id)).toBe(1);
  });

  it("writes CSV with a UTF-8 byte-order mark by default, and without one given --no-bom", async () => {
    const editor = await makeUser("EDITOR");
    const { article } = await makeArticle(editor);
    const marked = path.join(folder, "marked.csv");
    const plain = path.join(folder, "plain.csv");
    await claimledger("export", "--article", article.id, "--format", "csv", "--out", marked, "--as", editor.email);
    await claimledger("export", "--article", article.id, "--format", "csv", "--no-bom", "--out", plain, "--as", editor.email);
    const [withMark, without] = [await readFile(marked), await readFile(plain)];
    expect([...withMark.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(without.subarray(0, 11).toString("latin1")).toBe("article_id,");
    expect(withMark.subarray(3).equals(without)).toBe(true);
  });
});

describe("openReportFile", () => {
  const failingBody = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schemaVersion":1,"articles":['));
      },
      pull(controller) {
        controller.error(new Error("Connection terminated unexpectedly"));
      },
    });

  it("removes the partial file when the export fails mid-stream, and keeps an existing file untouched", async () => {
    const dir = path.join(folder, "failing");
    await mkdir(dir);
    const fresh = path.join(dir, "fresh.json");
    let target = await openReportFile(fresh);
    await expect(target.write(failingBody())).rejects.toThrow("Connection terminated unexpectedly");
    await target.discard();
    expect(await readdir(dir)).toEqual([]);

    const existing = path.join(dir, "existing.json");
    await writeFile(existing, "previous report");
    target = await openReportFile(existing);
    await expect(target.write(failingBody())).rejects.toThrow();
    await target.discard();
    expect(await readFile(existing, "utf8")).toBe("previous report");
    expect(await readdir(dir)).toEqual(["existing.json"]);
  });

  it("removes the temporary file when the export is refused before any byte", async () => {
    const dir = path.join(folder, "refused");
    await mkdir(dir);
    const target = await openReportFile(path.join(dir, "report.pdf"));
    expect((await readdir(dir)).length).toBe(1);
    await target.discard();
    expect(await readdir(dir)).toEqual([]);
  });
});
