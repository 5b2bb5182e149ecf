// Content a person gives for a source (issue 15): the text of a page that cannot be fetched,
// pasted; a file, attached. Against the real database, through lib/ and the API routes: hashes
// stored, the excerpt looked for in pasted text, file types told by content (not by name), the
// size cap, who may write, finalized articles, folder storage, and the download's headers.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as addSnapshot } from "@/app/api/v1/evidence/[id]/snapshots/route";
import { GET as snapshotFile } from "@/app/api/v1/snapshots/[id]/file/route";
import { createApiToken } from "@/lib/tokens/mutations";
import { db } from "@/lib/db/client";
import { attachSourceFile, pasteSourceText } from "@/lib/sources/provide";
import { takeSnapshot } from "@/lib/sources/snapshot";
import { folderStore, StoredFileDamaged } from "@/lib/sources/storage";
import { callRoute, type ApiErrorBody } from "./api-harness";
import { makeUser } from "./factories";
import { contractViolations } from "./openapi-contract";
import { claimVersion, finalizeConfirmed, outcome, reviewSetup } from "./review-helpers";
import { addEvidence } from "@/lib/evidence/mutations";
import { exportArticleReport } from "@/lib/reports/mutations";

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
// The start of a Linux executable, and a ZIP archive: neither may be attached whatever its name.
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);

let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "claimledger-storage-"));
});
afterAll(async () => {
  delete process.env.CLAIMLEDGER_STORAGE_DIR;
  await rm(storageDir, { recursive: true, force: true });
});

async function sourceOnClaim(excerpt: string | null = null) {
  const setup = await reviewSetup();
  const { evidence } = await addEvidence(setup.reviewer, setup.claim.id, {
    url: `https://paywalled.example/${setup.claim.id}`,
    title: "A paywalled report",
    stance: "SUPPORTS",
    excerpt,
    version: await claimVersion(setup.claim.id),
  });
  return { ...setup, evidenceId: evidence.id };
}

/** POST a file to the API as a client would (multipart/form-data), with an API token. */
async function upload(evidenceId: string, token: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  const request = new NextRequest(new URL(`/api/v1/evidence/${evidenceId}/snapshots`, "http://localhost"), {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const response = await addSnapshot(request, { params: Promise.resolve({ id: evidenceId }) });
  const body = (await response.json()) as Record<string, unknown>;
  const url = `/api/v1/evidence/${evidenceId}/snapshots`;
  expect(contractViolations("POST", url, { status: response.status, headers: response.headers, body })).toEqual([]);
  return { status: response.status, body };
}

const tokenOf = async (user: Awaited<ReturnType<typeof makeUser>>) =>
  (await createApiToken(user, { name: "files" })).token;

describe("pasting the text of a source", () => {
  it("keeps the text as a PASTED snapshot with its hash, looks for the excerpt, and leaves the link state alone", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim("the  Ministry CONFIRMED 41\n deaths");
    const text = "Behind the paywall: The Ministry confirmed 41 deaths on Monday, officials said.";
    const { snapshot } = await pasteSourceText(reviewer, evidenceId, { text });
    const row = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
    expect(row).toMatchObject({
      origin: "PASTED",
      providedById: reviewer.id,
      text,
      textSha256: sha256(text),
      sha256: sha256(text),
      bodyBytes: Buffer.byteLength(text),
      excerptFound: true,
      fileName: null,
    });
    // The URL's state is what fetching it found: a pasted text does not say the page is kept.
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).linkState).toBe("PENDING");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: evidenceId, action: "evidence.content_added" },
    });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.after).toMatchObject({ snapshotId: snapshot.id, origin: "PASTED", sha256: sha256(text) });
  });

  it("says when the excerpt is not in the pasted text, and refuses an empty paste with a field message", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim("a sentence that is not there");
    const { snapshot } = await pasteSourceText(reviewer, evidenceId, { text: "Some other text entirely." });
    expect(snapshot.excerptFound).toBe(false);
    const refused = await pasteSourceText(reviewer, evidenceId, { text: "   " }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { text: ["Paste the text of the source."] } },
    });
  });

  it("through the API: JSON { text } answers 201 with the snapshot", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    const answer = await callRoute(addSnapshot, {
      method: "POST",
      url: `/api/v1/evidence/${evidenceId}/snapshots`,
      params: { id: evidenceId },
      token: await tokenOf(reviewer),
      json: { text: "Pasted through the API." },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ snapshot: { origin: "PASTED", providedBy: { name: reviewer.name } } });
  });
});

describe("attaching a file", () => {
  it("keeps a PDF with the SHA-256 of its bytes, its type told by content even under a misleading name", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    const answer = await upload(evidenceId, await tokenOf(reviewer), "statement.txt", PDF);
    expect(answer.status).toBe(201);
    const { id } = (answer.body as { snapshot: { id: string } }).snapshot;
    const row = await db.sourceSnapshot.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      origin: "ATTACHED",
      providedById: reviewer.id,
      contentType: "application/pdf",
      fileName: "statement.txt",
      sha256: sha256(PDF),
      bodyBytes: PDF.length,
      storage: "DATABASE",
    });
    expect(Buffer.from(row.body!).equals(Buffer.from(PDF))).toBe(true);
  });

  it("keeps a PNG and a plain text file (whose text is searched for the excerpt)", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim("41 deaths");
    const png = await attachSourceFile(reviewer, evidenceId, { name: "photo.bin", bytes: PNG });
    expect(png.snapshot).toMatchObject({ contentType: "image/png", sha256: sha256(PNG), excerptFound: null });
    const text = new TextEncoder().encode("The ministry reported 41 deaths.\n");
    const note = await attachSourceFile(reviewer, evidenceId, { name: "note.pdf", bytes: text });
    expect(note.snapshot).toMatchObject({ contentType: "text/plain", excerptFound: true });
  });

  it("refuses a file by its content, not its name: an executable called .pdf, with a field message", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    const answer = await upload(evidenceId, await tokenOf(reviewer), "statement.pdf", ELF);
    expect(answer.status).toBe(400);
    const { error } = answer.body as { error: ApiErrorBody };
    expect(error.fields?.file?.[0]).toMatch(/^This kind of file cannot be attached\./);
    expect(await db.sourceSnapshot.count({ where: { evidenceId } })).toBe(0);
  });

  it("refuses a file over the cap with 413 and a field message, and a form without a file with 400", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    const token = await tokenOf(reviewer);
    process.env.CLAIMLEDGER_FETCH_MAX_BYTES = "1024";
    try {
      const large = Buffer.concat([Buffer.from(PDF), Buffer.alloc(2048, 0x20)]);
      const answer = await upload(evidenceId, token, "big.pdf", large);
      expect(answer.status).toBe(413);
      expect((answer.body as { error: ApiErrorBody }).error.fields?.file?.[0]).toBe(
        "The file is larger than the 0.001 MB that can be attached.",
      );
    } finally {
      delete process.env.CLAIMLEDGER_FETCH_MAX_BYTES;
    }
    expect(await outcome(() => attachSourceFile(reviewer, evidenceId, null))).toBe("VALIDATION_FAILED");
    // Far over the cap, the body is refused while it is read (a declared length says so up front).
    process.env.CLAIMLEDGER_FETCH_MAX_BYTES = "1024";
    try {
      const answer = await upload(
        evidenceId,
        token,
        "huge.pdf",
        Buffer.concat([Buffer.from(PDF), Buffer.alloc(200_000, 0x20)]),
      );
      expect(answer.status).toBe(413);
    } finally {
      delete process.env.CLAIMLEDGER_FETCH_MAX_BYTES;
    }
    expect(await db.sourceSnapshot.count({ where: { evidenceId } })).toBe(0);
  });
});

describe("who may give a source's content", () => {
  it("refuses another reviewer (403) and anyone once the article is finalized (409)", async () => {
    const { editor, reviewer, article, evidenceId } = await sourceOnClaim();
    const other = await makeUser("REVIEWER");
    const answer = await upload(evidenceId, await tokenOf(other), "statement.pdf", PDF);
    expect(answer.status).toBe(403);
    expect(await outcome(() => pasteSourceText(other, evidenceId, { text: "Not my claim." }))).toBe("FORBIDDEN");

    await finalizeConfirmed(editor, article.id);
    expect(await outcome(() => pasteSourceText(reviewer, evidenceId, { text: "Too late." }))).toBe("CONFLICT");
    expect(await outcome(() => attachSourceFile(editor, evidenceId, { name: "a.pdf", bytes: PDF }))).toBe("CONFLICT");
    expect(await db.sourceSnapshot.count({ where: { evidenceId } })).toBe(0);
  });
});

describe("storage", () => {
  it("a folder store keeps bytes under their SHA-256, reads them back, and refuses a damaged file", async () => {
    const store = folderStore(storageDir);
    const key = sha256(PNG);
    expect(await store.put(key, new Uint8Array(PNG))).toBeNull();
    expect(await store.put(key, new Uint8Array(PNG))).toBeNull(); // the same file again: kept once
    expect(Buffer.from((await store.get(key, null))!).equals(PNG)).toBe(true);
    const file = path.join(storageDir, key.slice(0, 2), key);
    expect((await readFile(file)).equals(PNG)).toBe(true);
    expect(await store.get(sha256("never stored"), null)).toBeNull();
    await expect(store.put(key, new Uint8Array(PDF))).rejects.toThrow(/do not match/);
    await writeFile(file, "tampered");
    await expect(store.get(key, null)).rejects.toBeInstanceOf(StoredFileDamaged);
  });

  it("with CLAIMLEDGER_STORAGE_DIR, an attached file goes to the folder (not the row) and downloads the same", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    process.env.CLAIMLEDGER_STORAGE_DIR = storageDir;
    try {
      const { snapshot } = await attachSourceFile(reviewer, evidenceId, { name: "statement.pdf", bytes: PDF });
      const row = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
      expect(row).toMatchObject({ storage: "FOLDER", body: null, sha256: sha256(PDF) });
      expect(
        (await readFile(path.join(storageDir, row.sha256!.slice(0, 2), row.sha256!))).equals(Buffer.from(PDF)),
      ).toBe(true);
      const download = await fetchFile(snapshot.id, await tokenOf(reviewer));
      expect(download.status).toBe(200);
      expect(Buffer.from(download.bytes).equals(Buffer.from(PDF))).toBe(true);
    } finally {
      delete process.env.CLAIMLEDGER_STORAGE_DIR;
    }
  });
});

async function fetchFile(snapshotId: string, token: string) {
  const request = new NextRequest(new URL(`/api/v1/snapshots/${snapshotId}/file`, "http://localhost"), {
    headers: { authorization: `Bearer ${token}` },
  });
  const response = await snapshotFile(request, { params: Promise.resolve({ id: snapshotId }) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("downloading a snapshot's file", () => {
  it("sends it as an attachment with a safe name, the type found in its content, and nosniff", async () => {
    const { reviewer, editor, evidenceId } = await sourceOnClaim();
    const name = '../../etc/"قرار" \u202Efdp.exe\n.png';
    const { snapshot } = await attachSourceFile(reviewer, evidenceId, { name, bytes: PNG });
    const download = await fetchFile(snapshot.id, await tokenOf(editor));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = download.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''/);
    // No folders, quotes, line breaks or direction overrides survive into the name.
    expect(disposition).not.toMatch(/\.\.\/|\n|%E2%80%AE|%22/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("قرار fdp.exe.png");
    expect(download.headers.get("x-content-sha256")).toBe(sha256(PNG));
    expect(Buffer.from(download.bytes).equals(PNG)).toBe(true);

    const outsider = await makeUser("REVIEWER");
    expect((await fetchFile(snapshot.id, await tokenOf(outsider))).status).toBe(403);
  });

  it("serves a pasted text as text/plain", async () => {
    const { reviewer, evidenceId } = await sourceOnClaim();
    const { snapshot } = await pasteSourceText(reviewer, evidenceId, { text: "نص ملصوق" });
    const download = await fetchFile(snapshot.id, await tokenOf(reviewer));
    expect(download.headers.get("content-type")).toBe("text/plain");
    expect(download.headers.get("content-disposition")).toContain(`filename="snapshot-${snapshot.id}.txt"`);
    expect(new TextDecoder().decode(download.bytes)).toBe("نص ملصوق");
  });
});

describe("the JSON report", () => {
  it("lists pasted and attached snapshots with their origin and hash, valid against docs/report-schema.json", async () => {
    const { editor, reviewer, article, evidenceId } = await sourceOnClaim();
    const text = "Pasted for the report.";
    await pasteSourceText(reviewer, evidenceId, { text });
    await attachSourceFile(reviewer, evidenceId, { name: "statement.pdf", bytes: PDF });
    const file = await exportArticleReport(editor, article.id, { format: "json" });
    const report = JSON.parse(Buffer.from(await new Response(file.body).arrayBuffer()).toString("utf8"));
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const source = (report.articles[0].claims as { evidence: { id: string; snapshots: unknown[] }[] }[])
      .flatMap((claim) => claim.evidence)
      .find((item) => item.id === evidenceId)!;
    expect(source.snapshots).toMatchObject([
      { origin: "PASTED", sha256: sha256(text) },
      { origin: "ATTACHED", sha256: sha256(PDF) },
    ]);
  });
});

describe("re-checks of a source with pasted text", () => {
  it("go on fetching the URL, and compare fetched snapshots only: a pasted text is not a change", async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("Subscribe to read this article.");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port}`;
    try {
      const setup = await reviewSetup();
      const { evidence } = await addEvidence(setup.reviewer, setup.claim.id, {
        url: `http://127.0.0.1:${port}/report`,
        title: "Paywalled",
        stance: "SUPPORTS",
        version: await claimVersion(setup.claim.id),
      });
      // Pasted before the first fetch: were it compared, the fetched teaser would read as "changed".
      await pasteSourceText(setup.reviewer, evidence.id, { text: "The whole article, as read by the reviewer." });
      expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).linkState).toBe("PENDING");
      expect((await takeSnapshot(evidence.id, null)).outcome).toBe("OK");
      expect((await takeSnapshot(evidence.id, null)).outcome).toBe("OK");
      const origins = await db.sourceSnapshot.findMany({
        where: { evidenceId: evidence.id },
        orderBy: { fetchedAt: "asc" },
        select: { origin: true },
      });
      expect(origins.map((row) => row.origin)).toEqual(["PASTED", "FETCHED", "FETCHED"]);
    } finally {
      delete process.env.CLAIMLEDGER_FETCH_ALLOW;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
