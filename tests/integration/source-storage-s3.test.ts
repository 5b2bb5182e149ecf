// Attached files in an S3-compatible bucket, against a real S3 server started here (s3rver, from
// npm, on 127.0.0.1): files named by their SHA-256 under the prefix, kept once, read back and
// checked, a changed object refused; with CLAIMLEDGER_S3_BUCKET set, an attached file goes to
// the bucket (not the row), downloads the same, and its text is read from there. s3rver checks
// the access key of each request but not the V4 signature itself.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addEvidence } from "@/lib/evidence/mutations";
import { stopJobQueue } from "@/lib/jobs/queue";
import { getSnapshotFile, snapshotSummaries } from "@/lib/sources/data";
import { readSnapshotFileText } from "@/lib/sources/file-text-job";
import { attachSourceFile } from "@/lib/sources/provide";
import { s3SettingsFrom, s3Store, S3StorageError, type S3Settings } from "@/lib/sources/s3-store";
import { configuredStore, sha256Hex, StoredFileDamaged } from "@/lib/sources/storage";
import { makePdf } from "../fixtures/documents";
import { claimVersion, reviewSetup } from "./review-helpers";

process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_s3_${process.pid}`;

let server: S3rver;
let directory: string;
let settings: S3Settings;
const S3_ENV = [
  "CLAIMLEDGER_S3_BUCKET",
  "CLAIMLEDGER_S3_ENDPOINT",
  "CLAIMLEDGER_S3_ACCESS_KEY_ID",
  "CLAIMLEDGER_S3_SECRET_ACCESS_KEY",
  "CLAIMLEDGER_S3_PREFIX",
];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "claimledger-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "evidence" }],
  });
  const { port } = await server.run();
  // s3rver's built-in account.
  settings = s3SettingsFrom({
    CLAIMLEDGER_S3_BUCKET: "evidence",
    CLAIMLEDGER_S3_ENDPOINT: `http://127.0.0.1:${port}/`,
    CLAIMLEDGER_S3_ACCESS_KEY_ID: "S3RVER",
    CLAIMLEDGER_S3_SECRET_ACCESS_KEY: "S3RVER",
    CLAIMLEDGER_S3_PREFIX: "claimledger/",
  })!;
});

afterAll(async () => {
  for (const name of S3_ENV) delete process.env[name];
  await stopJobQueue();
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

const rawClient = () =>
  new AwsClient({ accessKeyId: "S3RVER", secretAccessKey: "S3RVER", service: "s3", region: "us-east-1" });

describe("the S3 store", () => {
  it("keeps bytes under PREFIX/ab/SHA256, reads them back, and answers null for a missing file", async () => {
    const store = s3Store(settings);
    const bytes = new TextEncoder().encode(`statement ${Math.random()}`);
    const key = sha256Hex(bytes);
    expect(await store.put(key, bytes)).toBeNull(); // nothing for the row's body column
    expect(await store.put(key, bytes)).toBeNull(); // the same file again: kept once
    expect(Buffer.from((await store.get(key, null))!).equals(Buffer.from(bytes))).toBe(true);
    const object = await rawClient().fetch(`${settings.endpoint}/evidence/claimledger/${key.slice(0, 2)}/${key}`);
    expect(object.status).toBe(200);
    expect(await store.get(sha256Hex("never stored"), null)).toBeNull();
    await expect(store.put(key, new TextEncoder().encode("other bytes"))).rejects.toThrow(
      /do not match their storage key/,
    );
  });

  it("refuses an object changed in the bucket, and says so when the bucket refuses a request", async () => {
    const store = s3Store(settings);
    const bytes = new TextEncoder().encode(`original ${Math.random()}`);
    const key = sha256Hex(bytes);
    await store.put(key, bytes);
    await rawClient().fetch(`${settings.endpoint}/evidence/claimledger/${key.slice(0, 2)}/${key}`, {
      method: "PUT",
      body: "tampered",
    });
    await expect(store.get(key, null)).rejects.toBeInstanceOf(StoredFileDamaged);

    const stranger = s3Store({ ...settings, accessKeyId: "NOBODY" });
    await expect(stranger.get(key, null)).rejects.toBeInstanceOf(S3StorageError);
    const noBucket = s3Store({ ...settings, bucket: "missing-bucket" });
    await expect(noBucket.put(key, bytes)).rejects.toThrow(/answered HTTP 404/);
  });

  it("is configured from the environment: the bucket wins over a folder, and credentials are required", () => {
    expect(
      configuredStore({
        CLAIMLEDGER_S3_BUCKET: "b",
        CLAIMLEDGER_S3_ACCESS_KEY_ID: "k",
        CLAIMLEDGER_S3_SECRET_ACCESS_KEY: "s",
        CLAIMLEDGER_STORAGE_DIR: "/tmp/x",
      }).kind,
    ).toBe("S3");
    expect(
      s3SettingsFrom({
        CLAIMLEDGER_S3_BUCKET: "b",
        AWS_ACCESS_KEY_ID: "k",
        AWS_SECRET_ACCESS_KEY: "s",
        AWS_REGION: "eu-west-1",
      }),
    ).toMatchObject({
      endpoint: "https://s3.eu-west-1.amazonaws.com",
      region: "eu-west-1",
      prefix: "",
    });
    expect(() => s3SettingsFrom({ CLAIMLEDGER_S3_BUCKET: "b" })).toThrow(/no credentials/);
    expect(() =>
      s3SettingsFrom({
        CLAIMLEDGER_S3_BUCKET: "b",
        AWS_ACCESS_KEY_ID: "k",
        AWS_SECRET_ACCESS_KEY: "s",
        CLAIMLEDGER_S3_ENDPOINT: "ftp://x",
      }),
    ).toThrow(/not an http/);
    expect(configuredStore({}).kind).toBe("DATABASE");
  });
});

describe("attached files with CLAIMLEDGER_S3_BUCKET", () => {
  it("go to the bucket (not the row), download the same, and have their text read from there", async () => {
    Object.assign(process.env, {
      CLAIMLEDGER_S3_BUCKET: settings.bucket,
      CLAIMLEDGER_S3_ENDPOINT: settings.endpoint,
      CLAIMLEDGER_S3_ACCESS_KEY_ID: settings.accessKeyId,
      CLAIMLEDGER_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      CLAIMLEDGER_S3_PREFIX: settings.prefix,
    });
    try {
      const setup = await reviewSetup();
      const { evidence } = await addEvidence(setup.reviewer, setup.claim.id, {
        url: `https://statements.example/${setup.claim.id}`,
        title: "Statement",
        stance: "SUPPORTS",
        excerpt: "four field hospitals",
        version: await claimVersion(setup.claim.id),
      });
      const pdf = await makePdf(["The ministry opened four field hospitals on Friday."]);
      const { snapshot } = await attachSourceFile(setup.reviewer, evidence.id, { name: "statement.pdf", bytes: pdf });
      const row = await db.sourceSnapshot.findUniqueOrThrow({
        where: { id: snapshot.id },
        select: { storage: true, body: true, sha256: true },
      });
      expect(row).toMatchObject({ storage: "S3", body: null, sha256: sha256Hex(pdf) });
      const file = await getSnapshotFile(setup.reviewer, snapshot.id);
      expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
      expect(await readSnapshotFileText(snapshot.id, null)).toBe("READ");
      const [summary] = (await snapshotSummaries(db, [evidence.id]))
        .get(evidence.id)!
        .filter((s) => s.id === snapshot.id);
      expect(summary).toMatchObject({ textState: "READ", excerptFound: true });
    } finally {
      for (const name of S3_ENV) delete process.env[name];
    }
  }, 60_000);
});
