// Reads for the revisions screens and API: an article's revisions, what changed between two of
// them (with the claims the change touched), and the claims whose anchor needs an editor.
import "server-only";
import { assertMayReadArticle } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { readAuditEvent } from "@/lib/audit/events";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { revisionClaimSelect, toRevisionClaim, type RevisionClaimRow } from "./claims";
import { diffTexts, type DiffPart } from "./diff";

/** Past this many characters a side, the view shows no word diff (it would not be read anyway). */
const MAX_DIFF_CHARS = 400_000;

export async function listRevisions(actor: Actor, articleId: unknown) {
  const id = assertId(articleId, "article");
  const article = await db.article.findUnique({ where: { id }, select: { id: true, revision: true } });
  if (!article) throw notFound("The article");
  await assertMayReadArticle(db, actor, id);
  const revisions = await db.articleRevision.findMany({
    where: { articleId: id },
    orderBy: { number: "desc" },
    select: {
      number: true,
      bodySha256: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      sourceUrl: true,
      fetchedAt: true,
    },
  });
  return { current: article.revision, revisions };
}

export interface TouchedClaim {
  id: string;
  number: number;
  statement: string;
  /** What happened to it between the two revisions. */
  change: "NEEDS_RECHECK" | "ORPHANED" | "NEW" | "EXACT";
}

function parseRevision(value: unknown, fallback: number, latest: number, field: string): number {
  if (value === undefined || value === null || value === "") return fallback;
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(number) || number < 1 || number > latest) {
    const message = `Choose a revision from 1 to ${latest}.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { [field]: [message] } });
  }
  return number;
}

/**
 * What changed from revision `from` to revision `to` (by default the one before the current, and
 * the current): the word diff, and the claims re-anchored or added in the revisions between.
 */
export async function compareRevisions(actor: Actor, articleId: unknown, query: { from?: unknown; to?: unknown }) {
  const id = assertId(articleId, "article");
  const article = await db.article.findUnique({ where: { id }, select: { id: true, revision: true, language: true } });
  if (!article) throw notFound("The article");
  await assertMayReadArticle(db, actor, id);
  const to = parseRevision(query.to, article.revision, article.revision, "to");
  const from = parseRevision(query.from, Math.max(1, to - 1), article.revision, "from");
  const rows = await db.articleRevision.findMany({
    where: { articleId: id, number: { in: [from, to] } },
    select: { number: true, body: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const older = rows.find((row) => row.number === from);
  const newer = rows.find((row) => row.number === to);
  if (!older || !newer) throw notFound("That revision");
  const tooLarge = older.body.length > MAX_DIFF_CHARS || newer.body.length > MAX_DIFF_CHARS;
  const parts: DiffPart[] | null = from === to || tooLarge ? null : diffTexts(older.body, newer.body).parts;

  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const events = await db.auditEvent.findMany({
    where: { articleId: id, action: { in: ["claim.reanchored", "claim.extracted"] }, entityType: "Claim" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, entityType: true, entityId: true, actorId: true, before: true, after: true },
  });
  const change = new Map<string, TouchedClaim["change"]>();
  for (const row of events) {
    const stored = readAuditEvent(row);
    if (!stored.parsed) continue;
    const event = stored.event;
    const after: unknown = event.after;
    const revision =
      typeof after === "object" && after !== null && "revision" in after ? Number(after.revision) : Number.NaN;
    if (!(revision > low && revision <= high)) continue;
    if (event.action === "claim.extracted") change.set(event.entityId, "NEW");
    else if (event.action === "claim.reanchored" && change.get(event.entityId) !== "NEW")
      change.set(event.entityId, event.after?.anchorState ?? "EXACT");
  }
  const claims = change.size
    ? await db.claim.findMany({
        where: { id: { in: [...change.keys()] }, deletedAt: null },
        select: { id: true, number: true, statement: true },
        orderBy: { number: "asc" },
      })
    : [];
  return {
    article,
    from: { number: from, createdAt: older.createdAt, createdBy: older.createdBy.name },
    to: { number: to, createdAt: newer.createdAt, createdBy: newer.createdBy.name },
    parts,
    tooLarge,
    touched: claims.map((claim): TouchedClaim => ({ ...claim, change: change.get(claim.id) ?? "EXACT" })),
  };
}

/**
 * The article's claims whose anchor an editor should look at: those to re-check (with the quote
 * they had before the revision that moved them) and the orphans (with the revision they were
 * last found in).
 */
export async function anchorsToSettle(actor: Actor, articleId: unknown) {
  const id = assertId(articleId, "article");
  await assertMayReadArticle(db, actor, id);
  const claims = await db.claim.findMany({
    where: { articleId: id, deletedAt: null, anchorState: { in: ["NEEDS_RECHECK", "ORPHANED"] } },
    select: revisionClaimSelect,
    orderBy: { number: "asc" },
  });
  const recheckIds = claims.filter((claim) => claim.anchorState === "NEEDS_RECHECK").map((claim) => claim.id);
  const events = recheckIds.length
    ? await db.auditEvent.findMany({
        where: { action: "claim.reanchored", entityType: "Claim", entityId: { in: recheckIds } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { action: true, entityType: true, entityId: true, actorId: true, before: true, after: true },
      })
    : [];
  // The quote a reviewer last read before the first re-anchoring that asked for a re-check.
  const previousQuote = new Map<string, string>();
  for (const row of events) {
    const stored = readAuditEvent(row);
    if (!stored.parsed || stored.event.action !== "claim.reanchored") continue;
    const before = stored.event.before;
    if (before?.anchorState === "EXACT" && typeof before.text === "string") previousQuote.set(row.entityId, before.text);
  }
  return {
    recheck: claims
      .filter((claim) => claim.anchorState === "NEEDS_RECHECK")
      .map((claim) => ({ ...toRevisionClaim(claim), previousText: previousQuote.get(claim.id) ?? null })),
    orphans: claims.filter((claim) => claim.anchorState === "ORPHANED").map(toRevisionClaim),
  };
}

/** The article's live claims with their anchor state, by number (the API's answer after a revision). */
export async function revisionClaims(articleId: string) {
  const claims = await db.claim.findMany({
    where: { articleId, deletedAt: null },
    select: revisionClaimSelect,
    orderBy: { number: "asc" },
  });
  return claims.map(toRevisionClaim);
}

/** The revisions page (/articles/[id]/revisions): the versions, what changed, what is to settle. */
export async function revisionsPage(actor: Actor, articleId: unknown, query: { from?: unknown; to?: unknown }) {
  const id = assertId(articleId, "article");
  const article = await db.article.findUnique({
    where: { id },
    select: { id: true, title: true, language: true, finalizedAt: true, revision: true },
  });
  if (!article) throw notFound("The article");
  // An address with a revision that is not there shows the default comparison, not an error page.
  const valid = (value: unknown) =>
    typeof value === "string" && /^[1-9][0-9]{0,8}$/.test(value) && Number(value) <= article.revision ? value : undefined;
  const [list, comparison, settle] = await Promise.all([
    listRevisions(actor, id),
    compareRevisions(actor, id, { from: valid(query.from), to: valid(query.to) }),
    anchorsToSettle(actor, id),
  ]);
  return { article, revisions: list.revisions, comparison, ...settle };
}

/** Each live claim's anchor state, for the pages that mark claims in the text (orphans are not in it). */
export async function anchorStates(articleId: string): Promise<Map<string, RevisionClaimRow["anchorState"]>> {
  const rows = await db.claim.findMany({
    where: { articleId: assertId(articleId, "article"), deletedAt: null, anchorState: { not: "EXACT" } },
    select: { id: true, anchorState: true },
  });
  return new Map(rows.map((row) => [row.id, row.anchorState]));
}

/** One claim's anchor (the claim page's notice); null when it is in place. */
export async function claimAnchor(claimId: string) {
  const claim = await db.claim.findUnique({
    where: { id: assertId(claimId, "claimId") },
    select: { anchorState: true, anchorRevision: true },
  });
  return claim && claim.anchorState !== "EXACT" ? claim : null;
}

/** The re-select page: the claim (by its permanent number) and the article's current text. */
export async function reselectPage(actor: Actor, articleId: unknown, number: unknown) {
  const id = assertId(articleId, "article");
  await assertMayReadArticle(db, actor, id);
  const parsed = typeof number === "string" && /^[1-9][0-9]{0,8}$/.test(number) ? Number(number) : null;
  if (parsed === null) throw notFound("That claim");
  const claim = await db.claim.findUnique({
    where: { articleId_number: { articleId: id, number: parsed } },
    select: { id: true, number: true, statement: true, text: true, version: true, deletedAt: true, anchorState: true },
  });
  if (!claim || claim.deletedAt) throw notFound("That claim");
  const article = await db.article.findUniqueOrThrow({
    where: { id },
    select: { id: true, title: true, body: true, language: true, finalizedAt: true },
  });
  return { article, claim };
}
