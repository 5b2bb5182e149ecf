// Reading snapshots: the summaries that travel with each source (claim page, API), and one
// snapshot's stored text for a reader of its claim.
import "server-only";
import { claimFor } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";

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
} as const;

export type SnapshotSummary = Awaited<ReturnType<typeof snapshotSummaries>> extends Map<string, (infer S)[]> ? S : never;

/** Each source's snapshots, oldest first: of these sources, or of every source of one claim. */
export async function snapshotSummaries(client: DbTransaction | typeof db, of: string[] | { claimId: string }) {
  const rows = await client.sourceSnapshot.findMany({
    where: Array.isArray(of) ? { evidenceId: { in: of } } : { evidence: { claimId: of.claimId } },
    select: { ...snapshotSummarySelect, evidenceId: true },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
  });
  const byEvidence = new Map<string, Omit<(typeof rows)[number], "evidenceId">[]>();
  for (const { evidenceId, ...snapshot } of rows) byEvidence.set(evidenceId, [...(byEvidence.get(evidenceId) ?? []), snapshot]);
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

/** One snapshot with its readable text, for someone who may read its claim. */
export async function getSnapshot(actor: Actor, snapshotId: unknown) {
  const id = assertId(snapshotId, "snapshotId");
  const snapshot = await db.sourceSnapshot.findUnique({
    where: { id },
    select: {
      ...snapshotSummarySelect,
      title: true,
      text: true,
      requestedUrl: true,
      evidence: { select: { id: true, claimId: true, title: true, url: true, excerpt: true } },
    },
  });
  if (!snapshot) throw notFound("The snapshot");
  await claimFor(db, actor, snapshot.evidence.claimId, "claim.read");
  return snapshot;
}

/** States a desk should look at: the page changed since it was cited, vanished, or stopped answering. */
export const FLAGGED_LINK_STATES = ["CHANGED", "GONE", "UNREACHABLE"] as const;

/** An article's live sources whose last check flagged them, for its dashboard. */
export async function flaggedSourcesOfArticle(articleId: string) {
  return db.evidence.findMany({
    where: {
      removedAt: null,
      linkState: { in: [...FLAGGED_LINK_STATES] },
      claim: { articleId, deletedAt: null },
    },
    select: {
      id: true,
      title: true,
      url: true,
      linkState: true,
      linkCheckedAt: true,
      claim: { select: { id: true, number: true } },
    },
    orderBy: [{ claim: { number: "asc" } }, { createdAt: "asc" }],
  });
}
