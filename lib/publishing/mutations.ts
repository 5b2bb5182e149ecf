// Publishing an article's fact-check: an editor names its public URL; every live claim must be
// approved or explicitly excluded. Each included claim gets a PUBLISHED row in its hash chain
// (rationale: its public anchor) and a public copy (PublishedClaim) that the ClaimReview feed and
// the public page read; the article records where, when and by whom.
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { lockArticles } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { appendStatusChange } from "@/lib/history/append";
import { parseCitedEvidence } from "@/lib/history/chain";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { emitArticlePublished } from "@/lib/webhooks/emit";
import { publishPlan, type PublishCandidate } from "./rules";
import { claimAnchorUrl, publishArticleSchema } from "./schema";
import { publicRating } from "./corrections";
import { publicSources } from "./sources";

export const NOT_APPROVED_MESSAGE =
  "Some claims are not approved yet. Approve them (sign-off queue) or exclude them from publication, then publish.";

async function lockLiveClaims(tx: DbTransaction, articleId: string) {
  return tx.$queryRaw<PublishCandidate[]>`
    SELECT id, number, status::text AS status, signoff::text AS signoff, "excludedFromPublication"
    FROM "Claim" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL ORDER BY id FOR UPDATE`;
}

/** Sets which claims are left out (by number), recording each change. */
async function applyExclusions(tx: DbTransaction, actor: Actor, claims: PublishCandidate[], exclude: number[]) {
  const wanted = new Set(exclude);
  const unknown = exclude.filter((number) => !claims.some((claim) => claim.number === number));
  if (unknown.length) {
    const message = `There is no live claim ${unknown.map((number) => `C${number}`).join(", ")} in this article.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { exclude: [message] } });
  }
  for (const claim of claims) {
    const excluded = wanted.has(claim.number);
    if (excluded === claim.excludedFromPublication) continue;
    await tx.claim.update({ where: { id: claim.id }, data: { excludedFromPublication: excluded } });
    await recordAudit(tx, {
      action: "claim.publication_excluded",
      entityType: "Claim",
      entityId: claim.id,
      actorId: actor.id,
      after: { excluded, number: claim.number },
    });
    claim.excludedFromPublication = excluded;
  }
}

export async function publishArticle(actor: Actor, articleId: unknown, input: unknown) {
  const id = assertId(articleId, "articleId");
  const data = parseInput(publishArticleSchema, input);
  const done = await writeTransaction(async (tx) => {
    const [article] = await lockArticles(tx, [id], "update");
    if (!article) throw notFound("The article");
    assertCan(actor, "article.publish");
    const claims = await lockLiveClaims(tx, id);
    if (data.exclude) await applyExclusions(tx, actor, claims, data.exclude);
    const plan = publishPlan(claims);
    if (plan.blocking.length) {
      throw new AppError("CONFLICT", NOT_APPROVED_MESSAGE, {
        claims: plan.blocking.map(({ id: claimId, number, status, signoff }) => ({
          id: claimId,
          number,
          status,
          signoff,
        })),
      });
    }
    if (!plan.included.length)
      throw new AppError("CONFLICT", "Nothing to publish: no claim of this article is approved.");
    const before = await tx.articlePublication.findUnique({ where: { articleId: id } });
    const now = new Date();
    const publication = before
      ? await tx.articlePublication.update({
          where: { articleId: id },
          data: { url: data.url, ...(before.url === data.url ? {} : { modifiedAt: now }) },
        })
      : await tx.articlePublication.create({
          data: { articleId: id, url: data.url, publishedAt: now, publishedById: actor.id },
        });
    const already = new Map(
      (await tx.publishedClaim.findMany({ where: { articleId: id }, select: { claimId: true } })).map((row) => [
        row.claimId,
        true,
      ]),
    );
    const published: { id: string; number: number; url: string }[] = [];
    for (const claim of [...plan.included].sort((a, b) => a.number - b.number)) {
      const anchor = claimAnchorUrl(data.url, claim.number);
      // A claim already public at this address has nothing new to record.
      if (already.has(claim.id) && before?.url === data.url) continue;
      await publishClaim(tx, actor, claim, anchor, now, !already.has(claim.id));
      published.push({ id: claim.id, number: claim.number, url: anchor });
    }
    await recordAudit(tx, {
      action: "article.published",
      entityType: "Article",
      entityId: id,
      actorId: actor.id,
      before: { url: before?.url ?? null },
      after: { url: data.url, claims: published.length, republished: Boolean(before) },
    });
    return {
      publication: {
        articleId: id,
        url: publication.url,
        publishedAt: publication.publishedAt.toISOString(),
        modifiedAt: publication.modifiedAt?.toISOString() ?? null,
      },
      published,
      excluded: claims.filter((claim) => claim.excludedFromPublication).map((claim) => claim.number),
    };
  });
  // Webhooks hear of it after the commit, when something became public (never throws).
  if (done.published.length) await emitArticlePublished(done.publication.articleId);
  return done;
}

/** One claim's PUBLISHED row, its public copy (when new) and its audit event. */
async function publishClaim(
  tx: DbTransaction,
  actor: Actor,
  claim: PublishCandidate,
  anchor: string,
  now: Date,
  isNew: boolean,
) {
  const verdictRow = await tx.statusChange.findFirst({
    where: { claimId: claim.id, kind: "VERDICT" },
    orderBy: { seq: "desc" },
    select: { rationale: true, ratingLabel: true, citedEvidence: true },
  });
  const cited = parseCitedEvidence(verdictRow?.citedEvidence);
  const statusChange = await appendStatusChange(tx, {
    claimId: claim.id,
    kind: "PUBLISHED",
    fromStatus: claim.status,
    toStatus: claim.status,
    actorId: actor.id,
    rationale: anchor,
    citedEvidence: cited,
    ratingLabel: verdictRow?.ratingLabel ?? null,
  });
  if (isNew) {
    const rating = await publicRating(tx, claim.id, claim.status, verdictRow?.ratingLabel ?? null);
    const row = await tx.claim.findUniqueOrThrow({
      where: { id: claim.id },
      select: { statement: true, claimant: true, articleId: true },
    });
    await tx.publishedClaim.create({
      data: {
        claimId: claim.id,
        articleId: row.articleId,
        number: claim.number,
        statement: row.statement,
        claimant: row.claimant,
        status: claim.status,
        ratingLabel: rating.ratingLabel,
        ratingValue: rating.ratingValue,
        rationale: verdictRow?.rationale ?? "",
        sources: JSON.parse(JSON.stringify(await publicSources(tx, cited))),
        publishedAt: now,
      },
    });
  }
  await recordAudit(tx, {
    action: "claim.published",
    entityType: "Claim",
    entityId: claim.id,
    actorId: actor.id,
    after: { status: claim.status, url: anchor, statusChangeId: statusChange.id, seq: statusChange.seq },
  });
}
