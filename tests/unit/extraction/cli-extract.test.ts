// `npx claimledger extract FILE --format json` keeps its shape and adds the statement.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../../..");

describe("claimledger extract", () => {
  it("prints text, start, end, score, reasons and statement for each claim", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-"));
    const file = path.join(dir, "article.txt");
    const text =
      "Copied!\n\nThe Kurdish-led Syrian Democratic Forces have seized two oil fields near Deir ez-Zor and captured a military airport.\n";
    fs.writeFileSync(file, text);
    try {
      const { stdout } = await run(process.execPath, ["bin/claimledger.mjs", "extract", file, "--format", "json"], {
        cwd: ROOT,
        timeout: 60_000,
      });
      const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
      expect(rows.map((r) => Object.keys(r))).toEqual([
        ["text", "start", "end", "score", "reasons", "statement"],
        ["text", "start", "end", "score", "reasons", "statement"],
      ]);
      expect(rows[1]).toMatchObject({
        text: "captured a military airport.",
        statement: "The Kurdish-led Syrian Democratic Forces captured a military airport.",
      });
      for (const r of rows) expect(text.slice(r.start as number, r.end as number)).toBe(r.text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
