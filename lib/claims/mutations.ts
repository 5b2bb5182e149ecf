// Claim curation by editors: edit wording, split, merge, delete, add from a selection, re-run
// extraction. Each runs in one transaction that locks the article row first (so ordinals are
// renumbered by one writer at a time), checks the claim's version, writes, renumbers and records
// its AuditEvent. The article body is only read. Rules: docs/curation.md.
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction, type Prisma } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { extractClaims } from "@/lib/extraction";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { claimWork, type ClaimWork } from "./data";
import { addClaimSchema, deleteClaimSchema, editClaimSchema, mergeClaimsSchema, splitClaimSchema } from "./schema";
import { contextOf, mergeSpans, overlaps, spanProblem, splitSpan, trimSpan } from "./spans";

function assertCurator(actor: Actor) {
  if (!can(actor, "claim.curate")) throw forbidden("Only editors and admins can change an article's claims.");
}

const staleVersion = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this claim after you opened the page. Reload the page to see the current version, then try again.",
  );

const claimSelect = {
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

type ClaimRow = { id: string; text: string; start: number; end: number; ordinal: number; version: number };

const snapshot = (claim: ClaimRow) => ({
  text: claim.text,
  start: claim.start,
  end: claim.end,
  ordinal: claim.ordinal,
  version: claim.version,
});

/** Serialises curation per article: every curation transaction takes this row lock first. */
async function lockArticle(tx: DbTransaction, articleId: string) {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, body: true, finalizedAt: true } });
  if (!article) throw notFound("The article");
  if (article.finalizedAt) {
    throw new AppError("CONFLICT", "This article is finalized, so its claims can no longer change. Reopen it first.");
  }
  return article;
}

/** Loads a live claim under its article's lock and checks the version the editor saw. */
async function lockClaim(tx: DbTransaction, claimId: string, version: number) {
  const found = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
  if (!found) throw notFound("The claim");
  const article = await lockArticle(tx, found.articleId);
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: claimSelect });
  if (!claim || claim.deletedAt) throw notFound("The claim");
  if (claim.version !== version) throw staleVersion();
  return { article, claim };
}

/** Scoped write: only the version the editor saw is updated. */
async function updateAtVersion(tx: DbTransaction, claim: { id: string; version: number }, data: Prisma.ClaimUncheckedUpdateManyInput) {
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: claim.version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw staleVersion();
}

/** Live claims are numbered 0..n-1 in reading order. Renumbering is not a content change: no version bump. */
async function renumber(tx: DbTransaction, articleId: string) {
  const live = await tx.claim.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
    select: { id: true, ordinal: true },
  });
  for (const [index, claim] of live.entries()) {
    if (claim.ordinal !== index) await tx.claim.update({ where: { id: claim.id }, data: { ordinal: index } });
  }
}

function refuseWorked(work: ClaimWork | undefined, operation: string) {
  if (work?.hasVerdict) throw new AppError("CONFLICT", `This claim already has a verdict, so you cannot ${operation} it.`);
  if (work?.worked) {
    throw new AppError(
      "CONFLICT",
      `This claim is already being reviewed (assignments, sources or comments), so you cannot ${operation} it.`,
    );
  }
}

export async function editClaimWording(actor: Actor, claimId: string, input: unknown) {
  assertCurator(actor);
  claimId = assertId(claimId, "claim");
  const data = parseInput(editClaimSchema, input);
  return db.$transaction(async (tx) => {
    const { claim } = await lockClaim(tx, claimId, data.version);
    const work = (await claimWork(tx, [claimId])).get(claimId);
    if (work?.hasVerdict) {
      throw new AppError("CONFLICT", "This claim already has a verdict, so its wording can no longer change.");
    }
    if (data.text === claim.text) return { id: claim.id, version: claim.version };
    await updateAtVersion(tx, claim, { text: data.text });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.edited",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, text: claim.text, version: claim.version },
      after: { articleId: claim.articleId, text: data.text, originalText: claim.originalText, version: claim.version + 1 },
    });
    return { id: claim.id, version: claim.version + 1 };
  });
}

/**
 * The claim keeps its id (and so its links) as the first part; the second part is a new claim.
 * Each part is anchored to its own sub-span and worded as the article words it.
 */
export async function splitClaim(actor: Actor, claimId: string, input: unknown) {
  assertCurator(actor);
  claimId = assertId(claimId, "claim");
  const data = parseInput(splitClaimSchema, input);
  return db.$transaction(async (tx) => {
    const { article, claim } = await lockClaim(tx, claimId, data.version);
    refuseWorked((await claimWork(tx, [claimId])).get(claimId), "split");
    const parts = splitSpan(article.body, claim, data.at);
    if (!parts) {
      throw new AppError("VALIDATION_FAILED", "Choose a split point between two words of the claim.", {
        fields: { at: ["Choose a split point between two words of the claim."] },
      });
    }
    const [first, second] = parts;
    const firstText = article.body.slice(first.start, first.end);
    const secondText = article.body.slice(second.start, second.end);
    await updateAtVersion(tx, claim, { ...first, ...contextOf(article.body, first), text: firstText, originalText: firstText });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        ...second,
        ...contextOf(article.body, second),
        text: secondText,
        originalText: secondText,
        ordinal: claim.ordinal + 1,
        score: claim.score,
        reasons: claim.reasons,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await renumber(tx, claim.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.split",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, ...snapshot(claim) },
      after: {
        articleId: claim.articleId,
        parts: [
          { id: claim.id, text: firstText, start: first.start, end: first.end },
          { id: created.id, text: secondText, start: second.start, end: second.end },
        ],
      },
    });
    return { firstId: claim.id, secondId: created.id };
  });
}

/**
 * Merges a claim with the next live claim in reading order. The first claim keeps its id and
 * covers both spans; the second is soft-deleted. Wording: the article's text of the merged span,
 * unless an editor had reworded either claim, in which case both wordings are joined.
 */
export async function mergeClaims(actor: Actor, claimId: string, input: unknown) {
  assertCurator(actor);
  claimId = assertId(claimId, "claim");
  const data = parseInput(mergeClaimsSchema, input);
  return db.$transaction(async (tx) => {
    const { article, claim } = await lockClaim(tx, claimId, data.version);
    const next = await tx.claim.findFirst({
      where: { articleId: claim.articleId, deletedAt: null, ordinal: { gt: claim.ordinal } },
      orderBy: { ordinal: "asc" },
      select: claimSelect,
    });
    if (!next || next.id !== data.nextId) {
      throw new AppError("CONFLICT", "These claims are no longer next to each other. Reload the page and try again.");
    }
    if (next.version !== data.nextVersion) throw staleVersion();
    const work = await claimWork(tx, [claim.id, next.id]);
    refuseWorked(work.get(claim.id), "merge");
    refuseWorked(work.get(next.id), "merge");

    const span = mergeSpans(claim, next);
    const reworded = claim.text !== claim.originalText || next.text !== next.originalText;
    const spanText = article.body.slice(span.start, span.end);
    const text = reworded ? `${claim.text} ${next.text}` : spanText;
    await updateAtVersion(tx, claim, {
      ...span,
      ...contextOf(article.body, span),
      text,
      originalText: spanText,
      score: claim.score === null || next.score === null ? (claim.score ?? next.score) : Math.max(claim.score, next.score),
      reasons: [...new Set([...claim.reasons, ...next.reasons])],
    });
    await updateAtVersion(tx, next, { deletedAt: new Date(), deletedById: actor.id });
    await renumber(tx, claim.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.merged",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, claims: [snapshot(claim), { id: next.id, ...snapshot(next) }] },
      after: { articleId: claim.articleId, id: claim.id, text, start: span.start, end: span.end, deletedId: next.id },
    });
    return { id: claim.id, deletedId: next.id };
  });
}

/**
 * A deleted claim's open assignments end with it: each is cancelled (state CANCELLED, closedAt)
 * with an "assignment.removed" AuditEvent, so the reviewer loses the queue item and, with no
 * other assignment on the article, access to it. Called after the claim row is soft-deleted:
 * that write holds the claim's row lock, which assigning also takes, so no assignment made
 * meanwhile is missed, and one made later finds the claim deleted.
 */
async function cancelOpenAssignments(tx: DbTransaction, actor: Actor, claimId: string, closedAt: Date) {
  const open = await tx.assignment.findMany({
    where: { claimId, state: "OPEN" },
    select: { id: true, reviewerId: true, dueAt: true, note: true },
  });
  let cancelled = 0;
  for (const assignment of open) {
    const { count } = await tx.assignment.updateMany({
      where: { id: assignment.id, state: "OPEN" },
      data: { state: "CANCELLED", closedAt },
    });
    if (count !== 1) continue;
    cancelled++;
    const view = { claimId, reviewerId: assignment.reviewerId, dueAt: assignment.dueAt?.toISOString() ?? null, note: assignment.note };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.removed",
      entityType: "Assignment",
      entityId: assignment.id,
      before: { ...view, state: "OPEN" },
      after: { ...view, state: "CANCELLED", reason: "claim deleted" },
    });
  }
  return cancelled;
}

/**
 * Soft delete: the row stays (with who and when) for the audit log and reports. Open
 * assignments on the claim are cancelled in the same transaction (see cancelOpenAssignments).
 */
export async function deleteClaim(actor: Actor, claimId: string, input: unknown) {
  assertCurator(actor);
  claimId = assertId(claimId, "claim");
  const data = parseInput(deleteClaimSchema, input);
  return db.$transaction(async (tx) => {
    const { claim } = await lockClaim(tx, claimId, data.version);
    const work = (await claimWork(tx, [claimId])).get(claimId);
    if (work?.hasVerdict) throw new AppError("CONFLICT", "This claim already has a verdict, so it cannot be deleted.");
    const deletedAt = new Date();
    await updateAtVersion(tx, claim, { deletedAt, deletedById: actor.id });
    const cancelledAssignments = await cancelOpenAssignments(tx, actor, claim.id, deletedAt);
    await renumber(tx, claim.articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.deleted",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, ...snapshot(claim) },
      after: { articleId: claim.articleId, deleted: true, version: claim.version + 1, cancelledAssignments },
    });
    return { id: claim.id, cancelledAssignments };
  });
}

/** A claim anchored to text the editor selected; it may not overlap a live claim. */
export async function addClaim(actor: Actor, articleId: string, input: unknown) {
  assertCurator(actor);
  articleId = assertId(articleId, "article");
  const data = parseInput(addClaimSchema, input);
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const problem = spanProblem(article.body, data);
    if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { text: [problem] } });
    const span = trimSpan(article.body, data);
    if (!span) throw new AppError("VALIDATION_FAILED", "Select some text in the article first.");
    const clash = await tx.claim.findFirst({
      where: { articleId, deletedAt: null, start: { lt: span.end }, end: { gt: span.start } },
      select: { ordinal: true },
    });
    if (clash) {
      throw new AppError(
        "CONFLICT",
        `The selection overlaps claim ${clash.ordinal + 1}. Select text outside it, or edit or split that claim instead.`,
      );
    }
    const text = article.body.slice(span.start, span.end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        ...span,
        ...contextOf(article.body, span),
        text,
        originalText: text,
        ordinal: 0,
        score: null,
        reasons: [],
        createdById: actor.id,
      },
      select: { id: true },
    });
    await renumber(tx, articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.created",
      entityType: "Claim",
      entityId: claim.id,
      after: { articleId, text, start: span.start, end: span.end },
    });
    return { id: claim.id };
  });
}

/**
 * Re-runs extraction on the article's (unchanged) body. A found span is "already there" when it
 * overlaps any existing claim, live or deleted: live ones are kept as curated, deleted ones stay
 * deleted. Otherwise it is added. An existing claim with exactly the found span is refreshed
 * (score and reasons only) if it is untouched: extracted, never reworded and not worked on.
 */
export async function rerunExtraction(actor: Actor, articleId: string) {
  assertCurator(actor);
  articleId = assertId(articleId, "article");
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { body: true } });
  if (!exists) throw notFound("The article");
  // The body never changes, so the (CPU-heavy) extraction runs outside the transaction.
  const found = extractClaims(exists.body);

  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const existing = await tx.claim.findMany({ where: { articleId }, select: claimSelect });
    const work = await claimWork(
      tx,
      existing.filter((c) => !c.deletedAt).map((c) => c.id),
    );
    let added = 0;
    let refreshed = 0;
    let kept = 0;
    for (const candidate of found) {
      const same = existing.find((c) => c.start === candidate.start && c.end === candidate.end && !c.deletedAt);
      if (same) {
        kept++;
        const untouched = same.score !== null && same.text === same.originalText && !work.get(same.id)?.worked;
        const changed = same.score !== candidate.score || same.reasons.join("\n") !== candidate.reasons.join("\n");
        if (untouched && changed) {
          await updateAtVersion(tx, same, { score: candidate.score, reasons: candidate.reasons });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "claim.extracted",
            entityType: "Claim",
            entityId: same.id,
            before: { articleId, score: same.score, reasons: same.reasons },
            after: { articleId, score: candidate.score, reasons: candidate.reasons, refreshed: true },
          });
          refreshed++;
        }
        continue;
      }
      if (existing.some((c) => overlaps(c, candidate))) {
        kept++;
        continue;
      }
      const claim = await tx.claim.create({
        data: {
          articleId,
          text: candidate.text,
          originalText: candidate.text,
          start: candidate.start,
          end: candidate.end,
          prefix: candidate.prefix,
          suffix: candidate.suffix,
          ordinal: candidate.ordinal,
          score: candidate.score,
          reasons: candidate.reasons,
          createdById: actor.id,
        },
        select: { id: true },
      });
      existing.push({ ...candidate, id: claim.id, articleId, originalText: candidate.text, version: 1, deletedAt: null });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.extracted",
        entityType: "Claim",
        entityId: claim.id,
        after: { articleId, text: candidate.text, start: candidate.start, end: candidate.end, score: candidate.score },
      });
      added++;
    }
    await renumber(tx, articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.extracted",
      entityType: "Article",
      entityId: article.id,
      after: { found: found.length, added, refreshed, kept },
    });
    return { found: found.length, added, refreshed, kept };
  });
}
