// A source's content given by a person rather than fetched: the text of a page that cannot be
// fetched (a paywall), pasted; or a file (a PDF statement, an image, a document), attached. Each
// is one more append-only SourceSnapshot of the source, marked with how it was obtained and who
// gave it, hashed like a fetched one. Written through the claim-write kernel ("evidence.write":
// the assigned reviewer, editors and admins; never on a finalized article) with its audit event.
//
// A given snapshot leaves the source's link state alone: that state says what its URL answers,
// which a pasted text or an attached file does not tell. Re-checks go on fetching the URL, and
// "changed since cited" compares fetched snapshots only (snapshot.ts).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { writeClaim } from "@/lib/claims/kernel";
import { db } from "@/lib/db/client";
import type { SnapshotOrigin } from "@/lib/db/generated/prisma/enums";
import { AppError, notFound } from "@/lib/errors";
import { fetchSettings } from "@/lib/fetch/safe-fetch";
import { enqueue } from "@/lib/jobs/enqueue";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { ATTACHMENT_TYPES_MESSAGE, attachmentTypeOf, safeFileName } from "./attachment-type";
import { snapshotSummarySelect, toSnapshotSummary } from "./data";
import { comparable } from "./decode";
import { isReadableFileType } from "./file-text";
import { pasteSourceTextSchema } from "./schema";
import { configuredStore, sha256Hex } from "./storage";

/** Largest file that may be attached: the fetcher's cap (CLAIMLEDGER_FETCH_MAX_BYTES, default 10 MB). */
export const attachmentMaxBytes = () => fetchSettings().maxBytes;

const fileFieldError = (code: "VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE", message: string) =>
  new AppError(code, message, { fields: { file: [message] } });

/** 413 with the cap in the message (megabytes, to three decimals: a small test cap still reads right). */
export function attachmentTooLarge(maxBytes = attachmentMaxBytes()) {
  const size = Math.round((maxBytes / 1024 / 1024) * 1000) / 1000;
  return fileFieldError("PAYLOAD_TOO_LARGE", `The file is larger than the ${size} MB that can be attached.`);
}

interface Given {
  origin: Exclude<SnapshotOrigin, "FETCHED">;
  text: string | null;
  sha256: string;
  bodyBytes: number;
  contentType: string;
  fileName: string | null;
  bytes: Uint8Array<ArrayBuffer> | null;
}

async function recordGiven(actor: Actor, evidenceId: string, given: Given) {
  const { claimId } = await sourceOf(evidenceId);
  return writeClaim(actor, claimId, { action: "evidence.write" }, async ({ tx, audit }) => {
    const source = await tx.evidence.findUnique({
      where: { id: evidenceId },
      select: { url: true, excerpt: true, removedAt: true },
    });
    if (!source) throw notFound("The source");
    if (source.removedAt) throw new AppError("CONFLICT", "This source was removed; add it again to keep its content.");
    // Under the claim's lock and after the permission check: nobody without the right writes a file.
    const store = configuredStore();
    const body = given.bytes ? await store.put(given.sha256, given.bytes) : null;
    const snapshot = await tx.sourceSnapshot.create({
      data: {
        evidenceId,
        origin: given.origin,
        providedById: actor.id,
        requestedUrl: source.url,
        contentType: given.contentType,
        text: given.text,
        textSha256: given.text === null ? null : sha256Hex(given.text),
        excerptFound: source.excerpt && given.text ? comparable(given.text).includes(comparable(source.excerpt)) : null,
        sha256: given.sha256,
        bodyBytes: given.bodyBytes,
        body,
        storage: given.bytes ? store.kind : "DATABASE",
        fileName: given.fileName,
        outcome: "OK",
      },
      select: snapshotSummarySelect,
    });
    // A document's text is read in the background (it can take seconds): the job exists exactly
    // when the file does. A queue that cannot be reached leaves it to the daily re-check.
    if (given.origin === "ATTACHED" && isReadableFileType(given.contentType))
      await enqueue("snapshot_file_text", { snapshotId: snapshot.id }, { tx, singletonKey: snapshot.id, optional: true });
    await audit({
      action: "evidence.content_added",
      entityType: "Evidence",
      entityId: evidenceId,
      after: {
        claimId,
        snapshotId: snapshot.id,
        origin: given.origin,
        sha256: given.sha256,
        bytes: given.bodyBytes,
        contentType: given.contentType,
        fileName: given.fileName,
      },
    });
    return { snapshot: toSnapshotSummary(snapshot), claim: { id: claimId } };
  });
}

async function sourceOf(evidenceId: string) {
  const source = await db.evidence.findUnique({ where: { id: evidenceId }, select: { claimId: true } });
  if (!source) throw notFound("The source");
  return source;
}

/** Keeps the pasted text of a source (`{ text }`) as a snapshot marked as pasted. */
export async function pasteSourceText(actor: Actor, evidenceId: unknown, input: unknown) {
  const id = assertId(evidenceId, "evidenceId");
  const { text } = parseInput(pasteSourceTextSchema, input);
  const bytes = Buffer.byteLength(text, "utf8");
  return recordGiven(actor, id, {
    origin: "PASTED",
    text,
    // The pasted text is its own body: the same hash names both.
    sha256: sha256Hex(text),
    bodyBytes: bytes,
    contentType: "text/plain",
    fileName: null,
    bytes: null,
  });
}

/** Keeps an attached file: its type told by its content, refused past the cap or when of another kind. */
export async function attachSourceFile(
  actor: Actor,
  evidenceId: unknown,
  file: { name: string; bytes: Uint8Array } | null,
) {
  const id = assertId(evidenceId, "evidenceId");
  if (!file) throw fileFieldError("VALIDATION_FAILED", "Choose a file to attach.");
  if (file.bytes.length === 0) throw fileFieldError("VALIDATION_FAILED", "The file is empty.");
  if (file.bytes.length > attachmentMaxBytes()) throw attachmentTooLarge();
  const contentType = await attachmentTypeOf(file.bytes);
  if (!contentType)
    throw fileFieldError("VALIDATION_FAILED", `This kind of file cannot be attached. ${ATTACHMENT_TYPES_MESSAGE}`);
  const text = contentType === "text/plain" ? new TextDecoder().decode(file.bytes) : null;
  return recordGiven(actor, id, {
    origin: "ATTACHED",
    text,
    sha256: sha256Hex(file.bytes),
    bodyBytes: file.bytes.length,
    contentType,
    fileName: safeFileName(file.name),
    bytes: new Uint8Array(file.bytes),
  });
}
