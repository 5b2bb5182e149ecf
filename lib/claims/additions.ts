// Claims that curation adds: one from an editor's text selection, and the new ones a re-run of
// extraction finds (never touching claims someone already works on). Rules: docs/curation.md.
// Both write under the article's curation lock; new claims take the article's next permanent numbers.
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { extractClaimsOffLoop } from "@/lib/compute";
import { suggestClaimant } from "@/lib/extraction/claimant";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { claimWork } from "./data";
import { takeClaimNumbers } from "./kernel";
import { allocateNumbers } from "./numbering";
import { addClaimSchema } from "./schema";
import { contextOf, overlaps, spanProblem, trimSpan } from "./spans";
import { statementOf } from "./statement";
import { claimSelect, extractedClaimColumns, lockArticleForCuration, renumber } from "./transaction";
import { scheduleSimilarityCheck } from "@/lib/similar/schedule";

/**
 * A claim anchored to text the editor selected; it may not overlap a live claim. `extracted` is
 * the score and reasons of a candidate the editor promoted (found again on the server, never
 * taken from the client).
 */
export async function addClaim(
  actor: Actor,
  articleId: string,
  input: unknown,
  extracted?: { score: number; reasons: string[] },
) {
  assertCan(actor, "claim.curate");
  articleId = assertId(articleId, "article");
  const data = parseInput(addClaimSchema, input);
  const added = await writeTransaction(async (tx) => {
    const article = await lockArticleForCuration(tx, articleId);
    const problem = spanProblem(article.body, data);
    if (problem) throw new AppError("VALIDATION_FAILED", problem, { fields: { text: [problem] } });
    const span = trimSpan(article.body, data);
    if (!span) throw new AppError("VALIDATION_FAILED", "Select some text in the article first.");
    const clash = await tx.claim.findFirst({
      where: { articleId, deletedAt: null, start: { lt: span.end }, end: { gt: span.start } },
      select: { number: true },
    });
    if (clash) {
      throw new AppError(
        "CONFLICT",
        `The selection overlaps claim C${clash.number}. Select text outside it, or edit or split that claim instead.`,
      );
    }
    const text = article.body.slice(span.start, span.end);
    const [number] = await takeClaimNumbers(tx, articleId, 1);
    const claim = await tx.claim.create({
      data: {
        articleId,
        number,
        claimant: suggestClaimant(text),
        ...span,
        ...contextOf(article.body, span),
        text,
        originalText: text,
        statement: statementOf(article.body, span),
        ordinal: 0,
        score: extracted?.score ?? null,
        reasons: extracted?.reasons ?? [],
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
      after: {
        articleId,
        number,
        text,
        start: span.start,
        end: span.end,
        ...(extracted ? { promoted: true, score: extracted.score } : {}),
      },
    });
    return { id: claim.id, number };
  });
  // After the commit: the new claim is compared with earlier articles' claims (lib/similar).
  await scheduleSimilarityCheck([added.id]);
  return added;
}

/**
 * Re-runs extraction on the article's (unchanged) body. A found span is "already there" when it
 * overlaps any existing claim, live or deleted: live ones are kept as curated, deleted ones stay
 * deleted. Otherwise it is added. An existing claim with exactly the found span is refreshed
 * (score and reasons only) if it is untouched: extracted, never reworded and not worked on.
 */
export async function rerunExtraction(actor: Actor, articleId: string) {
  assertCan(actor, "claim.curate");
  articleId = assertId(articleId, "article");
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { body: true } });
  if (!exists) throw notFound("The article");
  // The body never changes, so the (CPU-heavy) extraction runs outside the transaction, and for a
  // large body on a worker thread within the time budget (lib/compute).
  const found = await extractClaimsOffLoop(exists.body);

  const { recheck, ...result } = await writeTransaction(async (tx) => {
    const article = await lockArticleForCuration(tx, articleId);
    const existing = await tx.claim.findMany({ where: { articleId }, select: claimSelect });
    const work = await claimWork(
      tx,
      existing.filter((c) => !c.deletedAt).map((c) => c.id),
    );
    let added = 0;
    let refreshed = 0;
    let kept = 0;
    const rewordedIds: string[] = [];
    let nextNumber = article.nextClaimNumber;
    const additions: { candidate: (typeof found)[number]; number: number }[] = [];
    for (const candidate of found) {
      const same = existing.find((c) => c.start === candidate.start && c.end === candidate.end && !c.deletedAt);
      if (same) {
        kept++;
        // A statement equal to its quote or to what extraction now gives is no editor's rewording.
        const reworded = same.statement !== same.text && same.statement !== candidate.statement;
        const untouched =
          same.score !== null && same.text === same.originalText && !reworded && !work.get(same.id)?.worked;
        const changed =
          same.score !== candidate.score ||
          same.statement !== candidate.statement ||
          same.reasons.join("\n") !== candidate.reasons.join("\n");
        if (untouched && changed) {
          await tx.claim.update({
            where: { id: same.id },
            data: {
              score: candidate.score,
              reasons: candidate.reasons,
              statement: candidate.statement,
              version: { increment: 1 },
            },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "claim.extracted",
            entityType: "Claim",
            entityId: same.id,
            before: { articleId, score: same.score, reasons: same.reasons },
            after: { articleId, score: candidate.score, reasons: candidate.reasons, refreshed: true },
          });
          refreshed++;
          if (same.statement !== candidate.statement) rewordedIds.push(same.id);
        }
        continue;
      }
      if (existing.some((c) => overlaps(c, candidate))) {
        kept++;
        continue;
      }
      // Numbered from the counter read under the article's lock; stored once after the loop.
      const allocated = allocateNumbers(nextNumber, 1);
      const [number] = allocated.numbers;
      nextNumber = allocated.next;
      additions.push({ candidate, number });
      // Later candidates must see this one as present (overlap check), before it is written.
      existing.push({
        ...candidate,
        id: "",
        number,
        articleId,
        originalText: candidate.text,
        version: 1,
        deletedAt: null,
      });
    }
    // The new claims and their audit events, each in one statement however many there are.
    const created = additions.length
      ? await tx.claim.createManyAndReturn({
          data: additions.map(({ candidate, number }) => ({
            articleId,
            number,
            ...extractedClaimColumns(candidate),
            ordinal: candidate.ordinal,
            createdById: actor.id,
          })),
          select: { id: true, number: true },
        })
      : [];
    const idByNumber = new Map(created.map((claim) => [claim.number, claim.id]));
    await recordAudits(
      tx,
      additions.map(({ candidate, number }) => ({
        actorId: actor.id,
        action: "claim.extracted" as const,
        entityType: "Claim" as const,
        entityId: idByNumber.get(number) ?? "",
        after: {
          articleId,
          number,
          text: candidate.text,
          start: candidate.start,
          end: candidate.end,
          score: candidate.score,
        },
      })),
    );
    added = additions.length;
    if (nextNumber !== article.nextClaimNumber) {
      await tx.article.update({ where: { id: articleId }, data: { nextClaimNumber: nextNumber } });
    }
    await renumber(tx, articleId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.extracted",
      entityType: "Article",
      entityId: article.id,
      after: { found: found.length, added, refreshed, kept },
    });
    return {
      found: found.length,
      added,
      refreshed,
      kept,
      recheck: [...rewordedIds, ...created.map((claim) => claim.id)],
    };
  });
  // New and reworded claims, new similar earlier claims: looked for after the commit (lib/similar).
  await scheduleSimilarityCheck(recheck);
  return result;
}
