// Claim curation by editors: edit wording and claimant, split, merge, delete (adding claims:
// additions.ts). Each goes through the claim-write kernel (lock, permission, version, audit in
// one transaction), then renumbers the reading order. Claim numbers never change: a split's
// second part takes the article's next number. The article body is only read. Split, merge and
// delete leave an undo ticket in the same transaction (undo.ts). Rules: docs/curation.md.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assignmentRowSelect, moveAssignment } from "@/lib/assignments/transitions";
import { claimWork } from "./data";
import { takeClaimNumbers, takeClaimVersion, writeClaim, type ClaimWriteContext } from "./kernel";
import { claimantSchema, deleteClaimSchema, editClaimSchema, mergeClaimsSchema, splitClaimSchema } from "./schema";
import { contextOf, mergeSpans, snapSplitPoint, splitSpan } from "./spans";
import { statementOf } from "./statement";
import { claimSelect, curation, refuseWorked, renumber, snapshot } from "./transaction";
import { offerUndo, restoreRow } from "./undo";
import { scheduleSimilarityCheck } from "@/lib/similar/schedule";

/** The claim row and article body a curation body works on, read under the kernel's locks. */
async function curated({ tx, claim }: ClaimWriteContext) {
  const [row, article] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect }),
    tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { id: true, body: true } }),
  ]);
  // The kernel already took the version: the row as the editor saw it had the one before.
  return { row: { ...row, version: claim.version }, article };
}

export async function editClaimWording(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(editClaimSchema, input);
  const edited = await writeClaim(actor, claimId, curation(data.version), async (context) => {
    const { tx, audit } = context;
    const { row: claim } = await curated(context);
    const work = (await claimWork(tx, [claim.id])).get(claim.id);
    if (work?.hasVerdict) {
      throw new AppError("CONFLICT", "This claim already has a verdict, so its wording can no longer change.");
    }
    // The wording is the statement a reviewer reads; the quote at the anchor never changes.
    if (data.text === claim.statement) return { id: claim.id, version: context.version, reworded: false };
    await tx.claim.update({ where: { id: claim.id }, data: { statement: data.text } });
    await audit({
      action: "claim.edited",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, number: claim.number, statement: claim.statement, version: claim.version },
      after: {
        articleId: claim.articleId,
        number: claim.number,
        statement: data.text,
        text: claim.text,
        version: claim.version + 1,
      },
    });
    return { id: claim.id, version: context.version, reworded: true };
  });
  // New wording, new similar earlier claims: looked for after the commit (lib/similar).
  if (edited.reworded) await scheduleSimilarityCheck([edited.id]);
  return { id: edited.id, version: edited.version };
}

/** Who made the claim: editable at any time (it is not part of the verdict's history). */
export async function setClaimant(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(claimantSchema, input);
  return writeClaim(actor, claimId, { ...curation(data.version), allowFinalized: true }, async (context) => {
    const { row: claim } = await curated(context);
    await context.tx.claim.update({ where: { id: claim.id }, data: { claimant: data.claimant } });
    await context.audit({
      action: "claim.claimant_changed",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, number: claim.number, claimant: claim.claimant },
      after: { articleId: claim.articleId, number: claim.number, claimant: data.claimant },
    });
    return { id: claim.id, claimant: data.claimant, version: context.version };
  });
}

/**
 * The claim keeps its id (and so its links) as the first part; the second part is a new claim.
 * Each part is anchored to its own sub-span and worded as the article words it. `at` is where the
 * editor clicked or selected in the claim's text (an offset into the body within the claim's
 * span): the split happens at the word start nearest to it (snapSplitPoint, as the page's preview).
 */
export async function splitClaim(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(splitClaimSchema, input);
  const split = await writeClaim(actor, claimId, curation(data.version), async (context) => {
    const { tx, audit } = context;
    const { row: claim, article } = await curated(context);
    refuseWorked((await claimWork(tx, [claim.id])).get(claim.id), "split");
    if (data.at < claim.start || data.at > claim.end) {
      const message = "Choose the place to split inside the claim's text.";
      throw new AppError("VALIDATION_FAILED", message, { fields: { at: [message] } });
    }
    const at = snapSplitPoint(article.body, claim, data.at);
    const parts = at === null ? null : splitSpan(article.body, claim, at);
    if (!parts) {
      const message = "This claim cannot be split: each part needs at least one word.";
      throw new AppError("VALIDATION_FAILED", message, { fields: { at: [message] } });
    }
    const [first, second] = parts;
    const firstText = article.body.slice(first.start, first.end);
    const secondText = article.body.slice(second.start, second.end);
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        ...first,
        ...contextOf(article.body, first),
        text: firstText,
        originalText: firstText,
        statement: statementOf(article.body, first),
      },
    });
    const [number] = await takeClaimNumbers(tx, claim.articleId, 1);
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        number,
        claimant: claim.claimant,
        ...second,
        ...contextOf(article.body, second),
        text: secondText,
        originalText: secondText,
        statement: statementOf(article.body, second),
        ordinal: claim.ordinal + 1,
        score: claim.score,
        reasons: claim.reasons,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await renumber(tx, claim.articleId);
    await audit({
      action: "claim.split",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, ...snapshot(claim) },
      after: {
        articleId: claim.articleId,
        parts: [
          { id: claim.id, number: claim.number, text: firstText, start: first.start, end: first.end },
          { id: created.id, number, text: secondText, start: second.start, end: second.end },
        ],
      },
    });
    const undo = await offerUndo(tx, {
      articleId: claim.articleId,
      actorId: actor.id,
      action: "claim.split",
      entityId: claim.id,
      produced: [
        { id: claim.id, number: claim.number, version: context.version, deleted: false },
        { id: created.id, number, version: 1, deleted: false },
      ],
      plan: { restore: [restoreRow(claim)], remove: [created.id] },
    });
    return { firstId: claim.id, secondId: created.id, secondNumber: number, at, undo };
  });
  // Both parts are worded anew: their similar earlier claims are looked for after the commit (lib/similar).
  await scheduleSimilarityCheck([split.firstId, split.secondId]);
  return split;
}

/**
 * Merges a claim with the next live claim in reading order. The first claim keeps its id and
 * covers both spans; the second is soft-deleted. Statement: the merged span's, unless an editor
 * had reworded either claim, in which case both wordings are joined.
 */
export async function mergeClaims(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(mergeClaimsSchema, input);
  const merged = await writeClaim(actor, claimId, curation(data.version), async (context) => {
    const { tx, audit } = context;
    const { row: claim, article } = await curated(context);
    const next = await tx.claim.findFirst({
      where: { articleId: claim.articleId, deletedAt: null, ordinal: { gt: claim.ordinal } },
      orderBy: { ordinal: "asc" },
      select: claimSelect,
    });
    if (!next || next.id !== data.nextId) {
      throw new AppError("CONFLICT", "These claims are no longer next to each other. Reload the page and try again.");
    }
    // The article's FOR UPDATE lock (curation) keeps every other writer off the next claim too.
    await takeClaimVersion(tx, next.id, data.nextVersion);
    const work = await claimWork(tx, [claim.id, next.id]);
    refuseWorked(work.get(claim.id), "merge");
    refuseWorked(work.get(next.id), "merge");

    const span = mergeSpans(claim, next);
    const spanText = article.body.slice(span.start, span.end);
    // An editor's rewording of either claim is kept (both joined); otherwise the merged span's
    // statement is derived again, as extraction would give it.
    const reworded = [claim, next].some((part) => part.statement !== statementOf(article.body, part));
    const statement = reworded ? `${claim.statement} ${next.statement}` : statementOf(article.body, span);
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        ...span,
        ...contextOf(article.body, span),
        text: spanText,
        originalText: spanText,
        statement,
        score:
          claim.score === null || next.score === null ? (claim.score ?? next.score) : Math.max(claim.score, next.score),
        reasons: [...new Set([...claim.reasons, ...next.reasons])],
        claimant: claim.claimant ?? next.claimant,
      },
    });
    await tx.claim.update({ where: { id: next.id }, data: { deletedAt: new Date(), deletedById: actor.id } });
    await renumber(tx, claim.articleId);
    await audit({
      action: "claim.merged",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, claims: [snapshot(claim), { id: next.id, ...snapshot(next) }] },
      after: {
        articleId: claim.articleId,
        id: claim.id,
        number: claim.number,
        text: spanText,
        statement,
        start: span.start,
        end: span.end,
        deletedId: next.id,
        deletedNumber: next.number,
      },
    });
    const undo = await offerUndo(tx, {
      articleId: claim.articleId,
      actorId: actor.id,
      action: "claim.merged",
      entityId: claim.id,
      produced: [
        { id: claim.id, number: claim.number, version: context.version, deleted: false },
        { id: next.id, number: next.number, version: data.nextVersion + 1, deleted: true },
      ],
      plan: { restore: [restoreRow(claim), restoreRow(next)], remove: [] },
    });
    return { id: claim.id, deletedId: next.id, undo };
  });
  // The merged claim says more than either part did: looked for again after the commit (lib/similar).
  await scheduleSimilarityCheck([merged.id]);
  return merged;
}

/**
 * A deleted claim's open assignments end with it: each is cancelled (state CANCELLED, closedAt)
 * with an "assignment.removed" AuditEvent, so the reviewer loses the queue item and, with no
 * other assignment on the article, access to it. Called after the claim row is soft-deleted:
 * that write holds the claim's row lock, which assigning also takes, so no assignment made
 * meanwhile is missed, and one made later finds the claim deleted.
 */
async function cancelOpenAssignments(
  { tx }: Pick<ClaimWriteContext, "tx">,
  actorId: string,
  claimId: string,
  closedAt: Date,
) {
  const open = await tx.assignment.findMany({ where: { claimId, state: "OPEN" }, select: assignmentRowSelect });
  let cancelled = 0;
  for (const assignment of open) {
    const move = { to: "CANCELLED", closeReason: "CLAIM_DELETED", reason: "claim deleted", at: closedAt } as const;
    if (await moveAssignment(tx, actorId, assignment, move)) cancelled++;
  }
  return cancelled;
}

/**
 * Soft delete: the row stays (with who and when) for the audit log and reports. Open
 * assignments on the claim are cancelled in the same transaction (see cancelOpenAssignments).
 */
export async function deleteClaim(actor: Actor, claimId: string, input: unknown) {
  const data = parseInput(deleteClaimSchema, input);
  return writeClaim(actor, claimId, curation(data.version), async (context) => {
    const { tx, audit } = context;
    const { row: claim } = await curated(context);
    const work = (await claimWork(tx, [claim.id])).get(claim.id);
    if (work?.hasVerdict) throw new AppError("CONFLICT", "This claim already has a verdict, so it cannot be deleted.");
    const deletedAt = new Date();
    await tx.claim.update({ where: { id: claim.id }, data: { deletedAt, deletedById: actor.id } });
    const cancelledAssignments = await cancelOpenAssignments(context, actor.id, claim.id, deletedAt);
    await renumber(tx, claim.articleId);
    await audit({
      action: "claim.deleted",
      entityType: "Claim",
      entityId: claim.id,
      before: { articleId: claim.articleId, ...snapshot(claim) },
      after: {
        articleId: claim.articleId,
        number: claim.number,
        deleted: true,
        version: context.version,
        cancelledAssignments,
      },
    });
    // Cancelled assignments are not given back by an undo, so such a delete offers none.
    const undo =
      cancelledAssignments === 0
        ? await offerUndo(tx, {
            articleId: claim.articleId,
            actorId: actor.id,
            action: "claim.deleted",
            entityId: claim.id,
            produced: [{ id: claim.id, number: claim.number, version: context.version, deleted: true }],
            plan: { restore: [restoreRow(claim)], remove: [] },
          })
        : null;
    return { id: claim.id, cancelledAssignments, undo };
  });
}
