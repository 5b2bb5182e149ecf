// Reading snapshots: the summaries that travel with each source (claim page, API), and one
// snapshot's stored text for a reader of its claim.
import "server-only";
import { claimFor } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, Prisma, type DbTransaction } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { SnapshotOrigin } from "@/lib/db/generated/prisma/enums";
import { assertId } from "@/lib/schemas";
import { isReadableFileType } from "./file-text";
import { storeOf } from "./storage";

export const snapshotSummarySelect = {
  id: true,
  fetchedAt: true,
  httpStatus: true,
  contentType: true,
  sha256: true,
  outcome: true,
  excerptFound: true,
  finalUrl: true,
  error: true,
  bodyBytes: true,
  origin: true,
  fileName: true,
  providedBy: { select: { name: true } },
  fileText: { select: { outcome: true, excerptFound: true, error: true } },
} as const;

/** Whether an attached document's text was read: PENDING while its job runs; null for other snapshots. */
export type FileTextState = "PENDING" | "READ" | "UNREADABLE";

interface SummaryRow {
  origin: SnapshotOrigin;
  contentType: string | null;
  excerptFound: boolean | null;
  fileText: { outcome: FileTextState; excerptFound: boolean | null; error: string | null } | null;
}

/**
 * A snapshot as the claim page and the API show it: an attached document's reading (kept beside
 * the snapshot, file-text-job.ts) folded in, so "does the excerpt occur" reads the same for a
 * fetched page, a pasted text and an attached PDF.
 */
export function toSnapshotSummary<R extends SummaryRow>({ fileText, ...row }: R) {
  const readable = row.origin === "ATTACHED" && isReadableFileType(row.contentType);
  return {
    ...row,
    excerptFound: row.excerptFound ?? fileText?.excerptFound ?? null,
    textState: (readable ? (fileText?.outcome ?? "PENDING") : null) as FileTextState | null,
    textError: fileText?.error ?? null,
  };
}

export type SnapshotSummary = Awaited<ReturnType<typeof snapshotSummaries>> extends Map<string, (infer S)[]> ? S : never;

/** Each source's snapshots, oldest first: of these sources, or of every source of one claim. */
export async function snapshotSummaries(client: DbTransaction | typeof db, of: string[] | { claimId: string }) {
  const rows = await client.sourceSnapshot.findMany({
    where: Array.isArray(of) ? { evidenceId: { in: of } } : { evidence: { claimId: of.claimId } },
    select: { ...snapshotSummarySelect, evidenceId: true },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
  });
  const byEvidence = new Map<string, ReturnType<typeof toSnapshotSummary<Omit<(typeof rows)[number], "evidenceId">>>[]>();
  for (const { evidenceId, ...snapshot } of rows)
    byEvidence.set(evidenceId, [...(byEvidence.get(evidenceId) ?? []), toSnapshotSummary(snapshot)]);
  return byEvidence;
}

/** Sources with their snapshots attached (`snapshots`, oldest first). */
export async function withSnapshots<T extends { id: string }>(client: DbTransaction | typeof db, sources: T[]) {
  const byEvidence = await snapshotSummaries(
    client,
    sources.map((source) => source.id),
  );
  return sources.map((source) => ({ ...source, snapshots: byEvidence.get(source.id) ?? [] }));
}

/** One snapshot with its readable text (an attached document's as read), for someone who may read its claim. */
export async function getSnapshot(actor: Actor, snapshotId: unknown) {
  const id = assertId(snapshotId, "snapshotId");
  const snapshot = await db.sourceSnapshot.findUnique({
    where: { id },
    select: {
      ...snapshotSummarySelect,
      fileText: { select: { outcome: true, excerptFound: true, error: true, text: true, pages: true, truncated: true } },
      title: true,
      text: true,
      requestedUrl: true,
      storage: true,
      evidence: { select: { id: true, claimId: true, title: true, url: true, excerpt: true } },
    },
  });
  if (!snapshot) throw notFound("The snapshot");
  await claimFor(db, actor, snapshot.evidence.claimId, "claim.read");
  const { fileText } = snapshot;
  return {
    ...toSnapshotSummary(snapshot),
    text: snapshot.text ?? fileText?.text ?? null,
    pages: fileText?.pages ?? null,
    truncated: fileText?.truncated ?? false,
  };
}

/** States a desk should look at: the page changed since it was cited, vanished, or stopped answering. */
export const FLAGGED_LINK_STATES = ["CHANGED", "GONE", "UNREACHABLE"] as const;

/** An article's live sources whose last check flagged them, for its dashboard. */
/**
 * The article's live sources whose link a check flagged, by claim number then age. One statement
 * that probes the source index (Evidence.claimId, removedAt) with the article's claim ids: a
 * Prisma relation filter here started from the whole Evidence table (43 ms p50 at 50,000
 * claims), and so did a plain join, the planner guessing the flagged states rare (0.98 ms against
 * 7.2 ms for a 250-claim article in EXPLAIN ANALYZE).
 */
export async function flaggedSourcesOfArticle(articleId: string) {
  const flagged = Prisma.join(FLAGGED_LINK_STATES.map((state) => Prisma.sql`${state}::"LinkState"`));
  const rows = await db.$queryRaw<
    {
      id: string;
      title: string;
      url: string;
      linkState: (typeof FLAGGED_LINK_STATES)[number];
      linkCheckedAt: Date | null;
      claimId: string;
      claimNumber: number;
    }[]
  >`SELECT e.id, e.title, e.url, e."linkState", e."linkCheckedAt", c.id AS "claimId", c.number AS "claimNumber"
    FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
    WHERE e."claimId" = ANY (ARRAY(SELECT id FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL))
      AND e."removedAt" IS NULL AND e."linkState" IN (${flagged})
    ORDER BY c.number, e."createdAt"`;
  return rows.map(({ claimId, claimNumber, ...source }) => ({ ...source, claim: { id: claimId, number: claimNumber } }));
}

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "text/plain": "txt",
  "text/html": "html",
  "application/json": "json",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
};

/**
 * One snapshot's stored content as a file, for someone who may read its claim: an attached file
 * as attached, a pasted text as text, a fetched body as received. Null content: nothing was kept.
 */
export async function getSnapshotFile(actor: Actor, snapshotId: unknown) {
  const id = assertId(snapshotId, "snapshotId");
  const row = await db.sourceSnapshot.findUnique({
    where: { id },
    select: {
      id: true,
      origin: true,
      storage: true,
      body: true,
      text: true,
      sha256: true,
      contentType: true,
      fileName: true,
      evidence: { select: { claimId: true } },
    },
  });
  if (!row) throw notFound("The snapshot");
  await claimFor(db, actor, row.evidence.claimId, "claim.read");
  const bytes =
    row.origin === "PASTED"
      ? row.text === null
        ? null
        : new Uint8Array(Buffer.from(row.text, "utf8"))
      : row.sha256
        ? await storeOf(row.storage).get(row.sha256, row.body)
        : row.body;
  if (!bytes) throw notFound("The snapshot's content");
  const contentType = row.origin === "PASTED" ? "text/plain" : (row.contentType ?? "application/octet-stream");
  const fileName = row.fileName ?? `snapshot-${row.id}.${EXTENSIONS[contentType] ?? "bin"}`;
  return { bytes, contentType, fileName, sha256: row.sha256 };
}
