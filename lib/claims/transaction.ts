// The steps every curation write shares: who may curate, locking (article first, so ordinals are
// renumbered by one writer at a time), the version check, renumbering and refusing worked claims.
import { can, type Actor } from "@/lib/auth/permissions";
import { type DbTransaction, type Prisma } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { type ClaimWork } from "./data";

export function assertCurator(actor: Actor) {
  if (!can(actor, "claim.curate")) throw forbidden("Only editors and admins can change an article's claims.");
}

export const staleVersion = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this claim after you opened the page. Reload the page to see the current version, then try again.",
  );

export const claimSelect = {
  id: true,
  articleId: true,
  text: true,
  originalText: true,
  start: true,
  end: true,
  ordinal: true,
  version: true,
  score: true,
  reasons: true,
  deletedAt: true,
} as const;

export type ClaimRow = { id: string; text: string; start: number; end: number; ordinal: number; version: number };

export const snapshot = (claim: ClaimRow) => ({
  text: claim.text,
  start: claim.start,
  end: claim.end,
  ordinal: claim.ordinal,
  version: claim.version,
});

/** Serialises curation per article: every curation transaction takes this row lock first. */
export async function lockArticle(tx: DbTransaction, articleId: string) {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, body: true, finalizedAt: true },
  });
  if (!article) throw notFound("The article");
  if (article.finalizedAt) {
    throw new AppError("CONFLICT", "This article is finalized, so its claims can no longer change. Reopen it first.");
  }
  return article;
}

/** Loads a live claim under its article's lock and checks the version the editor saw. */
export async function lockClaim(tx: DbTransaction, claimId: string, version: number) {
  const found = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
  if (!found) throw notFound("The claim");
  const article = await lockArticle(tx, found.articleId);
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: claimSelect });
  if (!claim || claim.deletedAt) throw notFound("The claim");
  if (claim.version !== version) throw staleVersion();
  return { article, claim };
}

/** Scoped write: only the version the editor saw is updated. */
export async function updateAtVersion(
  tx: DbTransaction,
  claim: { id: string; version: number },
  data: Prisma.ClaimUncheckedUpdateManyInput,
) {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw staleVersion();
}

/** Live claims are numbered 0..n-1 in reading order. Renumbering is not a content change: no version bump. */
export async function renumber(tx: DbTransaction, articleId: string) {
  const live = await tx.claim.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
    select: { id: true, ordinal: true },
  });
  for (const [index, claim] of live.entries()) {
    if (claim.ordinal !== index) await tx.claim.update({ where: { id: claim.id }, data: { ordinal: index } });
  }
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
