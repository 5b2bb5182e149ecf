// What curation writes share on top of the claim-write kernel: the curation lock spec (the
// article FOR UPDATE, so one curator changes an article's claims at a time), renumbering the
// reading order, and refusing claims already in review.
import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { FINALIZED_MESSAGE, lockArticles, type ClaimWriteSpec } from "./kernel";
import { type ClaimWork } from "./data";

/** The kernel spec of every curation write on an existing claim. */
export const curation = (version: number): ClaimWriteSpec => ({
  action: "claim.curate",
  version,
  articleLock: "update",
});

/** An extracted candidate's own columns of a new claim: its quote is also its original text. */
export function extractedClaimColumns(candidate: {
  claimant?: string | null;
  text: string;
  statement: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  score?: number | null;
  reasons?: string[];
}) {
  const { claimant, text, statement, start, end, prefix, suffix, score, reasons } = candidate;
  return { claimant, text, originalText: text, statement, start, end, prefix, suffix, score, reasons };
}

export const claimSelect = {
  id: true,
  articleId: true,
  number: true,
  text: true,
  originalText: true,
  statement: true,
  start: true,
  end: true,
  ordinal: true,
  version: true,
  score: true,
  reasons: true,
  claimant: true,
  deletedAt: true,
} as const;

export type ClaimRow = {
  id: string;
  number: number;
  text: string;
  statement: string;
  start: number;
  end: number;
  ordinal: number;
  version: number;
};

export const snapshot = (claim: ClaimRow) => ({
  number: claim.number,
  text: claim.text,
  statement: claim.statement,
  start: claim.start,
  end: claim.end,
  version: claim.version,
});

/** For writes that add claims to an article: its row lock (FOR UPDATE, the curation order) and body. */
export async function lockArticleForCuration(tx: DbTransaction, articleId: string) {
  const [locked] = await lockArticles(tx, [articleId], "update");
  if (!locked) throw notFound("The article");
  if (locked.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
  return tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, body: true, nextClaimNumber: true },
  });
}

/**
 * Live claims keep `ordinal` 0..n-1 in reading order (the order screens list them in). It is not
 * the claim's number (that never changes) and not a content change: no version bump.
 */
export async function renumber(tx: DbTransaction, articleId: string) {
  // One statement for the whole article (not one update per moved claim).
  await tx.$executeRaw`
    UPDATE "Claim" c SET ordinal = n.position, "updatedAt" = now()
    FROM (
      -- Orphans (their text is gone from the current revision, docs/revisions.md) come last.
      SELECT id, (row_number() OVER (ORDER BY ("anchorState" = 'ORPHANED'), start, "end", number) - 1)::int AS position
      FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL
    ) n
    WHERE c.id = n.id AND c.ordinal <> n.position`;
}

export function refuseWorked(work: ClaimWork | undefined, operation: string) {
  if (work?.hasVerdict)
    throw new AppError("CONFLICT", `This claim already has a verdict, so you cannot ${operation} it.`);
  if (work?.worked) {
    throw new AppError(
      "CONFLICT",
      `This claim is already being reviewed (assignments, sources or comments), so you cannot ${operation} it.`,
    );
  }
}
