// `claimledger import <url>` and `claimledger sources recheck` as a user runs them, against a page
// served on 127.0.0.1 (allowed through CLAIMLEDGER_FETCH_ALLOW in the child's environment).
import { execFile } from "node:child_process";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cliEnvironment } from "./cli-environment";
import { addSource, reviewSetup } from "./review-helpers";
import { makeUser, uniqueSuffix } from "./factories";

const run = promisify(execFile);
let server: Server;
let base: string;
let status = 200;

async function claimledger(...args: string[]) {
  const env = { ...cliEnvironment(), CLAIMLEDGER_FETCH_ALLOW: new URL(base).host };
  return run(process.execPath, ["bin/claimledger.mjs", ...args], { env, timeout: 90_000 });
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const paragraphs = [
      `Aid convoys reached the city of Homs on Tuesday, the Red Crescent said (${request.url}).`,
      "The convoy carried food for 40,000 people, according to the organisation's spokesman.",
      "Local officials said the road had been closed for nine days because of shelling.",
    ];
    response
      .writeHead(status, { "content-type": "text/html; charset=utf-8" })
      .end(`<html><head><title>Convoy reaches Homs</title></head><body><article><h1>Convoy reaches Homs</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("npx claimledger and the web", () => {
  it("imports an article from its address", async () => {
    const url = `${base}/convoy-${uniqueSuffix()}`;
    const editor = await makeUser("EDITOR");
    const { stdout } = await claimledger("import", url, "--as", editor.email);
    expect(stdout).toMatch(/^Imported "Convoy reaches Homs" \((\w+)\) with \d+ claims\./m);
    const id = /\((\w+)\)/.exec(stdout)![1]!;
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.url).toBe(url);
    expect(article.fetchedAt).not.toBeNull();
  }, 120_000);

  it("re-checks one article's sources now and reports what it found", async () => {
    const { reviewer, claim, article } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", `${base}/source-${uniqueSuffix()}`);
    status = 404;
    const { stdout, stderr } = await claimledger("sources", "recheck", "--article", article.id);
    status = 200;
    expect(stderr).toContain("Checked 1 of 1 sources");
    expect(stdout).toContain("Re-checked 1 sources: 1 gone.");
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).linkState).toBe("GONE");

    await expect(claimledger("sources", "recheck", "--article", "nosucharticle00000000000")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("The article was not found."),
    });
  }, 120_000);
});
