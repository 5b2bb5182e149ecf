// Claim curation by editors: edit wording, split, merge, delete (adding claims: additions.ts).
// Each runs in one transaction (see transaction.ts) that locks, checks the claim's version,
// writes, renumbers and records its AuditEvent. The article body is only read. Rules:
// docs/curation.md.
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { claimWork } from "./data";
import { deleteClaimSchema, editClaimSchema, mergeClaimsSchema, splitClaimSchema } from "./schema";
import { contextOf, mergeSpans, splitSpan } from "./spans";
import {
  assertCurator,
  staleVersion,
  claimSelect,
  snapshot,
  lockClaim,
  updateAtVersion,
  renumber,
  refuseWorked,
} from "./transaction";

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
      after: {
        articleId: claim.articleId,
        text: data.text,
        originalText: claim.originalText,
        version: claim.version + 1,
      },
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
    await updateAtVersion(tx, claim, {
      ...first,
      ...contextOf(article.body, first),
      text: firstText,
      originalText: firstText,
    });
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
      score:
        claim.score === null || next.score === null ? (claim.score ?? next.score) : Math.max(claim.score, next.score),
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
    const view = {
      claimId,
      reviewerId: assignment.reviewerId,
      dueAt: assignment.dueAt?.toISOString() ?? null,
      note: assignment.note,
    };
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
