// Taking a snapshot of a source: fetch its URL through the safe fetcher, keep what it answered
// (final URL, status, type, title, readable text, body up to the cap, hashes) as a new
// SourceSnapshot row, and set the source's link state, in one transaction. Run by the
// source_snapshot job; the job's id is unique on the row, so a job retried after its worker died
// mid-way records at most one snapshot.
import "server-only";
import { createHash } from "node:crypto";
import { htmlToTextOffLoop } from "@/lib/compute";
import { db, type DbTransaction } from "@/lib/db/client";
import type { LinkState } from "@/lib/db/generated/prisma/enums";
import { FetchRefused, safeFetch, type FetchedResource } from "@/lib/fetch/safe-fetch";
import { notify } from "@/lib/notifications/create";
import { comparable, decodeText } from "./decode";
import { DOCX_TYPE, isReadableFileType } from "./file-text";
import { readFileTextOnThread } from "./file-text-run";

/** What a source may be: pages, text, PDF statements, images, data files. */
export const SNAPSHOT_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "application/pdf",
  DOCX_TYPE,
  "application/json",
  "image/*",
] as const;

const TEXT_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain", "application/json"]);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface Reading {
  title: string | null;
  text: string | null;
}

async function readable(fetched: FetchedResource): Promise<Reading> {
  // A PDF or .docx: read on a thread of its own, bounded (we are in a job already). A document
  // whose text cannot be read keeps no text, as an image does.
  if (fetched.status >= 200 && fetched.status < 300 && isReadableFileType(fetched.contentType)) {
    const read = await readFileTextOnThread(fetched.body, fetched.contentType!).catch((error: unknown) => {
      // The reading thread failing is ours to fix, but the fetch itself is still worth keeping.
      console.error("[claimledger] Reading a fetched document's text failed:", error);
      return null;
    });
    return { title: null, text: read?.ok ? read.text : null };
  }
  if (!fetched.contentType || !TEXT_TYPES.has(fetched.contentType)) return { title: null, text: null };
  const decoded = decodeText(fetched.body, fetched.charset);
  if (fetched.contentType === "text/plain" || fetched.contentType === "application/json") {
    return { title: null, text: decoded };
  }
  const result = await htmlToTextOffLoop(decoded);
  return result.ok ? { title: result.title ?? null, text: result.text || null } : { title: null, text: null };
}

function outcomeOf(status: number): LinkState {
  if (status >= 200 && status < 300) return "OK";
  if (status === 404 || status === 410) return "GONE";
  return "UNREACHABLE";
}

export interface SnapshotResult {
  outcome: LinkState;
  recorded: boolean;
}

/** Fetches the source's URL now and records what came back. */
export async function takeSnapshot(evidenceId: string, jobId: string | null): Promise<SnapshotResult> {
  const source = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true, excerpt: true } });
  if (!source) return { outcome: "UNREACHABLE", recorded: false }; // gone with its claim: nothing to keep

  let row: Omit<Parameters<typeof db.sourceSnapshot.create>[0]["data"], "evidence" | "evidenceId" | "providedBy">;
  try {
    const fetched = await safeFetch(source.url, { accept: SNAPSHOT_TYPES });
    const reading = await readable(fetched);
    const excerptFound =
      source.excerpt && reading.text ? comparable(reading.text).includes(comparable(source.excerpt)) : null;
    row = {
      jobId,
      requestedUrl: source.url,
      finalUrl: fetched.finalUrl,
      httpStatus: fetched.status,
      contentType: fetched.contentType,
      title: reading.title?.slice(0, 500) ?? null,
      text: reading.text,
      body: new Uint8Array(fetched.body),
      bodyBytes: fetched.body.length,
      sha256: fetched.sha256,
      textSha256: reading.text ? sha256(reading.text) : null,
      excerptFound,
      outcome: outcomeOf(fetched.status),
      fetchedAt: fetched.fetchedAt,
    };
  } catch (error) {
    // A refusal or an unreachable host is an answer worth keeping; anything else is a bug or an
    // outage of ours, and the job is retried.
    if (!(error instanceof FetchRefused)) throw error;
    const refused = ["INVALID_URL", "SCHEME", "CREDENTIALS", "PRIVATE_ADDRESS", "CONTENT_TYPE", "TOO_LARGE"];
    row = {
      jobId,
      requestedUrl: source.url,
      outcome: refused.includes(error.code) ? "REFUSED" : "UNREACHABLE",
      error: error.message,
    };
  }
  return db.$transaction(async (tx) => record(tx, evidenceId, row));
}

async function record(
  tx: DbTransaction,
  evidenceId: string,
  row: Omit<Parameters<typeof db.sourceSnapshot.create>[0]["data"], "evidence" | "evidenceId" | "providedBy">,
): Promise<SnapshotResult> {
  if (row.jobId && (await tx.sourceSnapshot.findUnique({ where: { jobId: row.jobId }, select: { id: true } }))) {
    return { outcome: row.outcome as LinkState, recorded: false };
  }
  // "Changed" compares the readable text with the first good snapshot: the page as it was cited.
  let outcome = row.outcome as LinkState;
  if (outcome === "OK" && row.textSha256) {
    const first = await tx.sourceSnapshot.findFirst({
      where: {
        evidenceId,
        // Fetched snapshots only: a pasted text or an attached file is not the page as fetched.
        origin: "FETCHED",
        requestedUrl: row.requestedUrl,
        outcome: { in: ["OK", "CHANGED"] },
        textSha256: { not: null },
      },
      orderBy: { fetchedAt: "asc" },
      select: { textSha256: true },
    });
    if (first && first.textSha256 !== row.textSha256) outcome = "CHANGED";
  }
  const fetchedAt = (row.fetchedAt as Date | undefined) ?? new Date();
  await tx.sourceSnapshot.create({ data: { ...row, fetchedAt, outcome, evidenceId } });
  const before = await tx.evidence.findUniqueOrThrow({
    where: { id: evidenceId },
    select: { linkState: true, claimId: true, addedById: true, removedAt: true },
  });
  await tx.evidence.update({
    where: { id: evidenceId },
    data: { linkState: outcome, linkCheckedAt: fetchedAt },
    select: { id: true },
  });
  // The person who cited the source hears when it changes or vanishes: once per change of state,
  // not at every daily re-check that finds it still so (lib/notifications).
  if ((outcome === "CHANGED" || outcome === "GONE") && before.linkState !== outcome && !before.removedAt) {
    await notify(tx, [
      {
        kind: "SOURCE_CHANGED",
        actorId: null,
        claimId: before.claimId,
        recipientIds: [before.addedById],
        data: { evidenceId, state: outcome },
      },
    ]);
  }
  return { outcome, recorded: true };
}
