// Decisions on similar claims and reusing an earlier claim's sources. Each goes through the
// claim-write kernel on the later claim (lock, permission under the lock, finalized check, typed
// audit event in the same transaction). A verdict is never copied: only sources, as new rows.
import "server-only";
import { claimAccess } from "@/lib/access";
import { can, type Actor } from "@/lib/auth/permissions";
import { writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { insertEvidence } from "@/lib/evidence/mutations";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { decideMatchSchema, reuseSourcesSchema } from "./schema";

/**
 * The match on this claim, with its earlier claim, which the actor must be able to read: one they
 * may not read is "not found", as on the page, where it is never shown to them.
 */
async function loadMatch(tx: DbTransaction, actor: Actor, claimId: string, matchId: string) {
  const match = await tx.claimMatch.findFirst({
    where: { id: matchId, claimId },
    select: { id: true, state: true, score: true, earlierClaimId: true },
  });
  if (!match) throw notFound("The similar claim");
  const earlier = await claimAccess(tx, actor, match.earlierClaimId).catch(() => null);
  if (!earlier || !can(actor, "claim.read", earlier.facts)) throw notFound("The similar claim");
  return { match, earlier: earlier.claim };
}

function view(
  context: Pick<ClaimWriteContext, "claim">,
  match: { id: string; score: number },
  earlier: { id: string; number: number },
) {
  return {
    matchId: match.id,
    earlierClaimId: earlier.id,
    earlierNumber: earlier.number,
    number: context.claim.number,
    score: match.score,
  };
}

/** Confirms ("the same claim") or dismisses a suggestion; a decision can be changed the same way. */
export async function decideMatch(actor: Actor, claimId: unknown, matchId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const matchKey = assertId(matchId, "matchId");
  const { decision } = parseInput(decideMatchSchema, input);
  return writeClaim(actor, id, { action: "claim.match", allowFinalized: true }, async (context) => {
    const { match, earlier } = await loadMatch(context.tx, actor, id, matchKey);
    if (match.state === decision) {
      const message =
        decision === "CONFIRMED"
          ? "This claim is already confirmed as the same."
          : "This suggestion is already dismissed.";
      throw new AppError("CONFLICT", message);
    }
    const decidedAt = new Date();
    await context.tx.claimMatch.update({
      where: { id: match.id },
      data: { state: decision, decidedById: actor.id, decidedAt },
    });
    await context.audit({
      action: decision === "CONFIRMED" ? "claim.similar_confirmed" : "claim.similar_dismissed",
      entityType: "Claim",
      entityId: id,
      after: view(context, match, earlier),
    });
    return {
      matchId: match.id,
      claimId: id,
      earlierClaimId: earlier.id,
      state: decision,
      decidedAt: decidedAt.toISOString(),
    };
  });
}

/**
 * Copies the earlier claim's live sources onto this claim as new sources of the acting reviewer,
 * each attributed in its note and in the audit log. Only for a confirmed match; a URL already
 * cited on this claim is skipped, not duplicated.
 */
export async function reuseSources(actor: Actor, claimId: unknown, matchId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const matchKey = assertId(matchId, "matchId");
  const { version } = parseInput(reuseSourcesSchema, input);
  return writeClaim(actor, id, { action: "evidence.write", version }, async (context) => {
    const { match, earlier } = await loadMatch(context.tx, actor, id, matchKey);
    if (match.state !== "CONFIRMED")
      throw new AppError("CONFLICT", "Confirm that the earlier claim is the same claim before reusing its sources.");
    const sources = await context.tx.evidence.findMany({
      where: { claimId: earlier.id, removedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        url: true,
        title: true,
        publisher: true,
        publishedAt: true,
        accessedAt: true,
        stance: true,
        excerpt: true,
        note: true,
      },
    });
    const cited = new Set(
      (await context.tx.evidence.findMany({ where: { claimId: id, removedAt: null }, select: { url: true } })).map(
        (e) => e.url,
      ),
    );
    const earlierArticle = await context.tx.article.findUniqueOrThrow({
      where: { id: earlier.articleId },
      select: { title: true },
    });
    // No address in it: an unbreakable path would push a phone's page sideways; the audit row names the claim.
    const attribution = `Reused from C${earlier.number} of “${earlierArticle.title}” (confirmed as the same claim).`;
    const added = [];
    for (const source of sources) {
      if (cited.has(source.url)) continue;
      cited.add(source.url);
      const note = [attribution, source.note].filter(Boolean).join("\n").slice(0, 2000);
      added.push(await insertEvidence(context, actor, id, { ...source, note }));
    }
    await context.audit({
      action: "claim.sources_reused",
      entityType: "Claim",
      entityId: id,
      after: {
        ...view(context, match, earlier),
        evidenceIds: added.map((e) => e.id),
        skipped: sources.length - added.length,
      },
    });
    return { evidence: added, skipped: sources.length - added.length, claim: { id, version: context.version } };
  });
}
