// Importing a new revision of an article's text, and settling a claim's anchor in it. Rules:
// docs/revisions.md. Both write through the claim-write kernel's lock order (the article, then
// its claims, each by id) in a write transaction, with their audit events in the same one.
import "server-only";
import { assertCan } from "@/lib/access";
import { bodySha256, normaliseBody } from "@/lib/articles/body";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit, recordAudits, type AuditEventInput } from "@/lib/audit/record";
import { claimWork } from "@/lib/claims/data";
import { FINALIZED_MESSAGE, lockArticles, lockClaims, takeClaimNumbers, writeClaim } from "@/lib/claims/kernel";
import { contextOf, overlaps, spanProblem, trimSpan, type Span } from "@/lib/claims/spans";
import { statementOf } from "@/lib/claims/statement";
import { extractedClaimColumns, renumber } from "@/lib/claims/transaction";
import { extractClaimsOffLoop } from "@/lib/compute";
import { db, type DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { scheduleSimilarityCheck } from "@/lib/similar/schedule";
import { parseInput } from "@/lib/validation";
import { revisionClaimSelect, toRevisionClaim } from "./claims";
import { diffTexts } from "./diff";
import { newClaimSpans } from "./new-claims";
import { reanchorClaims, type Reanchored } from "./reanchor";
import { importRevisionSchema, resolveAnchorSchema } from "./schema";

export const IDENTICAL_MESSAGE = "This text is the same as the article's current version; there is nothing to import.";
const RACED_MESSAGE =
  "Another version of this article was imported while yours was being prepared. Reload the article and import yours again.";

const anchorSelect = {
  id: true,
  number: true,
  text: true,
  start: true,
  end: true,
  prefix: true,
  suffix: true,
  version: true,
  anchorState: true,
  anchorRevision: true,
} as const;

type AnchorRow = {
  id: string;
  number: number;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  version: number;
  anchorState: "EXACT" | "NEEDS_RECHECK" | "ORPHANED";
  anchorRevision: number;
};

interface AnchorUpdate {
  row: AnchorRow;
  state: AnchorRow["anchorState"];
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  anchorRevision: number;
  score?: number;
}

/** What a claim's row becomes in the new revision (an orphan keeps its last anchor and its revision). */
function anchorUpdate(row: AnchorRow, result: Reanchored, body: string, revision: number): AnchorUpdate {
  if (result.state === "ORPHANED") return { ...row, row, state: "ORPHANED" };
  const span = { start: result.start, end: result.end };
  // A claim an editor has not yet re-checked stays to be re-checked, wherever its anchor went.
  const state = result.state === "EXACT" && row.anchorState !== "NEEDS_RECHECK" ? "EXACT" : "NEEDS_RECHECK";
  return {
    row,
    state,
    ...span,
    text: body.slice(span.start, span.end),
    ...contextOf(body, span),
    anchorRevision: revision,
    ...(result.state === "NEEDS_RECHECK" ? { score: result.score } : {}),
  };
}

/** All anchors in one statement, however many claims (a 2,500-word article has about 100). */
async function writeAnchors(tx: DbTransaction, updates: AnchorUpdate[]) {
  if (!updates.length) return;
  // The version moves only when what a reviewer reads at the anchor changed: a claim carried over
  // exactly does not make its open forms stale.
  const bump = updates.map((u) => (u.state !== u.row.anchorState || u.text !== u.row.text ? 1 : 0));
  await tx.$executeRaw`
    UPDATE "Claim" c SET
      start = u.start, "end" = u."end", text = u.text, prefix = u.prefix, suffix = u.suffix,
      "anchorState" = u.state::"AnchorState", "anchorRevision" = u.revision,
      version = c.version + u.bump, "updatedAt" = now()
    FROM unnest(
      ${updates.map((u) => u.row.id)}::text[], ${updates.map((u) => u.start)}::int[],
      ${updates.map((u) => u.end)}::int[], ${updates.map((u) => u.text)}::text[],
      ${updates.map((u) => u.prefix)}::text[], ${updates.map((u) => u.suffix)}::text[],
      ${updates.map((u) => u.state)}::text[], ${updates.map((u) => u.anchorRevision)}::int[], ${bump}::int[]
    ) AS u(id, start, "end", text, prefix, suffix, state, revision, bump)
    WHERE c.id = u.id`;
}

const anchorView = (u: Pick<AnchorUpdate, "start" | "end" | "text" | "state">, number: number, revision: number) => ({
  number,
  text: u.text,
  start: u.start,
  end: u.end,
  anchorState: u.state,
  revision,
});

/**
 * Adds a revision of an article's text (editors and admins): every live claim is re-anchored onto
 * it (lib/revisions/reanchor.ts), claims extraction finds in inserted text are added with new
 * numbers, and the revision becomes the article's body. Refused on a finalized article (reopen it
 * first), for a text identical to the current one, and for another article's current text.
 */
export async function importRevision(actor: Actor, articleId: unknown, input: unknown) {
  assertCan(actor, "article.import");
  const id = assertId(articleId, "article");
  const data = parseInput(importRevisionSchema, input);
  const body = normaliseBody(data.body);
  const sha = bodySha256(body);
  const current = await db.article.findUnique({
    where: { id },
    select: { body: true, bodySha256: true, revision: true, finalizedAt: true },
  });
  if (!current) throw notFound("The article");
  if (current.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
  if (current.bodySha256 === sha)
    throw new AppError("VALIDATION_FAILED", IDENTICAL_MESSAGE, { fields: { body: [IDENTICAL_MESSAGE] } });
  // The CPU-heavy parts run before the transaction: extraction (on a worker thread for a large
  // body) and the diff. Both depend only on the two texts, which the revision check below pins.
  const found = await extractClaimsOffLoop(body);
  const diff = diffTexts(current.body, body);

  const outcome = await writeTransaction(async (tx) => {
    const [locked] = await lockArticles(tx, [id], "update");
    if (!locked) throw notFound("The article");
    if (locked.finalizedAt) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
    const article = await tx.article.findUniqueOrThrow({ where: { id }, select: { revision: true, title: true } });
    if (article.revision !== current.revision) throw new AppError("CONFLICT", RACED_MESSAGE);
    const other = await tx.article.findFirst({ where: { bodySha256: sha, id: { not: id } }, select: { id: true, title: true } });
    if (other) {
      throw new AppError("CONFLICT", `This text is already the current version of “${other.title}”.`, {
        articleId: other.id,
      });
    }
    const revision = article.revision + 1;
    const live = await tx.claim.findMany({ where: { articleId: id, deletedAt: null }, select: { id: true } });
    // The kernel's order: the article (held FOR UPDATE above), then its claims by id. A verdict or
    // source being written on one of them waits for this revision, or this revision for it.
    if (live.length) {
      await lockClaims(
        tx,
        live.map((claim) => claim.id),
        { article: "update", claim: "update" },
      );
    }
    const rows: AnchorRow[] = await tx.claim.findMany({
      where: { articleId: id, deletedAt: null },
      select: anchorSelect,
      orderBy: { id: "asc" },
    });
    const results = reanchorClaims(
      current.body,
      body,
      diff,
      rows.map((row) => ({ ...row, orphaned: row.anchorState === "ORPHANED" })),
    );
    const updates = rows.map((row, index) => anchorUpdate(row, results[index], body, revision));
    await writeAnchors(tx, updates);

    const anchored = updates.filter((u) => u.state !== "ORPHANED");
    const fresh = newClaimSpans(found, diff, anchored);
    const numbers = await takeClaimNumbers(tx, id, fresh.length);
    const created = fresh.length
      ? await tx.claim.createManyAndReturn({
          data: fresh.map((candidate, index) => ({
            articleId: id,
            number: numbers[index],
            ...extractedClaimColumns(candidate),
            ordinal: 0,
            createdById: actor.id,
            revision,
            anchorRevision: revision,
          })),
          select: { id: true, number: true },
        })
      : [];

    await tx.article.update({ where: { id }, data: { body, bodySha256: sha, revision } });
    await tx.articleRevision.create({
      data: {
        articleId: id,
        number: revision,
        body,
        bodySha256: sha,
        createdById: actor.id,
        sourceUrl: data.url ?? null,
        fetchedAt: data.url ? (data.fetchedAt ?? null) : null,
      },
    });
    await renumber(tx, id);

    const counts = {
      exact: updates.filter((u) => u.state === "EXACT").length,
      needsRecheck: updates.filter((u) => u.state === "NEEDS_RECHECK").length,
      orphaned: updates.filter((u) => u.state === "ORPHANED").length,
      added: created.length,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.revised",
      entityType: "Article",
      entityId: id,
      before: { revision: current.revision, bodySha256: current.bodySha256 },
      after: { revision, bodySha256: sha, ...counts, ...(data.url ? { url: data.url } : {}) },
    });
    // A claim whose anchor state or quote changed gets its own event; one carried over exactly
    // (only its offsets moved) is counted in the article's event, silently for its reviewers.
    const changed = updates.filter(
      (u) => u.state !== u.row.anchorState || u.text !== u.row.text || u.state !== "EXACT",
    );
    const events: AuditEventInput[] = changed
      .filter((u) => !(u.state === "ORPHANED" && u.row.anchorState === "ORPHANED"))
      .map((u) => ({
        actorId: actor.id,
        action: "claim.reanchored" as const,
        entityType: "Claim" as const,
        entityId: u.row.id,
        before: { articleId: id, ...anchorView({ ...u.row, state: u.row.anchorState }, u.row.number, u.row.anchorRevision) },
        after: {
          articleId: id,
          ...anchorView(u, u.row.number, revision),
          ...(u.score !== undefined ? { score: u.score } : {}),
        },
      }));
    const byNumber = new Map(created.map((claim) => [claim.number, claim.id]));
    for (const [index, candidate] of fresh.entries()) {
      events.push({
        actorId: actor.id,
        action: "claim.extracted",
        entityType: "Claim",
        entityId: byNumber.get(numbers[index]) ?? "",
        after: {
          articleId: id,
          number: numbers[index],
          text: candidate.text,
          start: candidate.start,
          end: candidate.end,
          score: candidate.score,
          revision,
        },
      });
    }
    await recordAudits(tx, events);

    const claims = await tx.claim.findMany({
      where: { articleId: id, deletedAt: null },
      select: revisionClaimSelect,
      orderBy: { number: "asc" },
    });
    return {
      revision: { number: revision, bodySha256: sha },
      counts,
      claims: claims.map(toRevisionClaim),
      newClaimIds: created.map((claim) => claim.id),
    };
  });
  await afterRevision(outcome.newClaimIds);
  return outcome;
}

/** Side effects after commit: new claims are checked against earlier articles' claims (a background job). */
async function afterRevision(newClaimIds: string[]) {
  if (newClaimIds.length) await scheduleSimilarityCheck(newClaimIds);
}

/**
 * The statement a claim takes when an editor confirms its new anchor: extraction's wording of the
 * new quote, when the statement is still extraction's (no editor reworded it) and no verdict was
 * given on it. null when it stays as it is (the same wording, an editor's, or a verdict's).
 */
async function statementOfNewAnchor(tx: DbTransaction, claimId: string, body: string, span: Span, current: string) {
  const derived = statementOf(body, span);
  if (derived === current) return null;
  const [work, reworded] = await Promise.all([
    claimWork(tx, [claimId]),
    tx.auditEvent.count({ where: { entityType: "Claim", entityId: claimId, action: "claim.edited" } }),
  ]);
  return work.get(claimId)?.hasVerdict || reworded > 0 ? null : derived;
}

/**
 * An editor settles one claim's anchor in the current revision: accepts the proposed anchor of a
 * "needs re-check" claim, marks it orphaned, or re-selects its quote in the current text (also
 * how an orphan is anchored again). Through the kernel: curation lock, version, audit.
 */
export async function resolveAnchor(actor: Actor, claimId: unknown, input: unknown, scope: { articleId?: string } = {}) {
  const data = parseInput(resolveAnchorSchema, input);
  if (scope.articleId !== undefined) {
    // Addressed through its article (the API path): a claim of another article is not found there.
    const owned = await db.claim.findFirst({
      where: { id: assertId(claimId, "claimId"), articleId: assertId(scope.articleId, "article") },
      select: { id: true },
    });
    if (!owned) throw notFound("The claim");
  }
  const settled = await writeClaim(
    actor,
    claimId,
    { action: "claim.curate", version: data.version, articleLock: "update" },
    async ({ tx, claim, version, audit }) => {
      const { statement: currentStatement, ...row } = await tx.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { ...anchorSelect, statement: true },
      });
      const article = await tx.article.findUniqueOrThrow({
        where: { id: claim.articleId },
        select: { body: true, revision: true },
      });
      let next: Pick<AnchorUpdate, "start" | "end" | "text" | "prefix" | "suffix" | "state" | "anchorRevision">;
      if (data.resolution === "accepted") {
        if (row.anchorState !== "NEEDS_RECHECK")
          throw new AppError("CONFLICT", "This claim has no new anchor to accept; reload the page.");
        next = { ...row, state: "EXACT" };
      } else if (data.resolution === "orphaned") {
        if (row.anchorState === "ORPHANED") throw new AppError("CONFLICT", "This claim is already orphaned.");
        next = { ...row, state: "ORPHANED" };
      } else {
        const problem = spanProblem(article.body, data);
        if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { text: [problem] } });
        const span = trimSpan(article.body, data);
        if (!span) throw new AppError("VALIDATION_FAILED", "Select some text in the article first.");
        const others = await tx.claim.findMany({
          where: { articleId: claim.articleId, deletedAt: null, id: { not: claim.id }, anchorState: { not: "ORPHANED" } },
          select: { number: true, start: true, end: true },
        });
        const clash = others.find((other) => overlaps(other, span));
        if (clash) {
          throw new AppError(
            "CONFLICT",
            `The selection overlaps claim C${clash.number}. Select the text of this claim only.`,
          );
        }
        next = {
          ...span,
          text: article.body.slice(span.start, span.end),
          ...contextOf(article.body, span),
          state: "EXACT",
          anchorRevision: article.revision,
        };
      }
      // Confirmed in the text: what reviewers read follows the quote (see statementOfNewAnchor).
      const statement =
        next.state === "EXACT" ? await statementOfNewAnchor(tx, claim.id, article.body, next, currentStatement) : null;
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          start: next.start,
          end: next.end,
          text: next.text,
          prefix: next.prefix,
          suffix: next.suffix,
          anchorState: next.state,
          anchorRevision: next.anchorRevision,
          ...(statement !== null ? { statement } : {}),
        },
      });
      await renumber(tx, claim.articleId);
      await audit({
        action: "claim.anchor_resolved",
        entityType: "Claim",
        entityId: claim.id,
        before: {
          articleId: claim.articleId,
          ...anchorView({ ...row, state: row.anchorState }, row.number, row.anchorRevision),
          version: data.version,
          ...(statement !== null ? { statement: currentStatement } : {}),
        },
        after: {
          articleId: claim.articleId,
          ...anchorView(next, row.number, next.anchorRevision),
          version,
          resolution: data.resolution,
          ...(statement !== null ? { statement } : {}),
        },
      });
      return {
        id: claim.id,
        number: row.number,
        version,
        anchorState: next.state,
        statement: statement ?? currentStatement,
        reworded: statement !== null,
      };
    },
  );
  // New wording, new similar earlier claims: looked for after the commit (lib/similar).
  if (settled.reworded) await scheduleSimilarityCheck([settled.id]);
  return settled;
}
