// The claim-write kernel: the one door every claim mutation goes through. It fixes the lock
// order (articles before claims, each in id order, so no two writers deadlock), runs the write
// in a transaction with the shared options, checks permission through lib/access under the
// locks, refuses finalized articles, takes the optimistic version, and hands the body a typed
// audit writer so the change and its history commit together.
import "server-only";
import { assertCan, claimAccessOf, claimFactsSql, claimFor, type ClaimAccess, type ClaimAccessRow } from "@/lib/access";
import type { Action, Actor } from "@/lib/auth/permissions";
import { recordAudit, type AuditEventInput } from "@/lib/audit/record";
import { Prisma, type DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { allocateNumbers } from "./numbering";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";

export type { ClaimSnapshot };

export const FINALIZED_MESSAGE = "This article is finalized; an editor must reopen it first.";

type LockMode = "update" | "share";

/** Row locks on articles, in id order. "share" blocks finalize/reopen; "update" also serialises curation. */
export async function lockArticles(tx: DbTransaction, articleIds: string[], mode: LockMode) {
  const ids = [...new Set(articleIds)].sort();
  if (!ids.length) return [];
  return mode === "update"
    ? tx.$queryRaw<{ id: string; finalizedAt: Date | null }[]>`
        SELECT id, "finalizedAt" FROM "Article" WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`
    : tx.$queryRaw<{ id: string; finalizedAt: Date | null }[]>`
        SELECT id, "finalizedAt" FROM "Article" WHERE id = ANY(${ids}) ORDER BY id FOR SHARE`;
}

/**
 * Locks claims and their articles in the one order: articles first, then claims, each by id.
 * Returns the live claims found (deleted ones are not locked). Two statements: the articles of
 * the live claims, found and locked in one; then the claims, locked and re-read (a claim deleted
 * while we waited for its article is dropped here).
 */
export async function lockClaims(tx: DbTransaction, claimIds: string[], modes: { article: LockMode; claim: LockMode }) {
  const ids = [...new Set(claimIds)].sort();
  if (!ids.length) return { claims: [], articles: [] };
  type ArticleRow = { id: string; finalizedAt: Date | null };
  // Only the articles are locked here (OF "Article"): the claims follow, in their own order.
  const owners = Prisma.sql`SELECT "articleId" FROM "Claim" WHERE id = ANY(${ids}) AND "deletedAt" IS NULL`;
  const articles =
    modes.article === "update"
      ? await tx.$queryRaw<ArticleRow[]>`
          SELECT id, "finalizedAt" FROM "Article" WHERE id IN (${owners}) ORDER BY id FOR UPDATE OF "Article"`
      : await tx.$queryRaw<ArticleRow[]>`
          SELECT id, "finalizedAt" FROM "Article" WHERE id IN (${owners}) ORDER BY id FOR SHARE OF "Article"`;
  type ClaimRow = { id: string; articleId: string };
  const claims =
    modes.claim === "update"
      ? await tx.$queryRaw<ClaimRow[]>`
          SELECT id, "articleId" FROM "Claim" WHERE id = ANY(${ids}) AND "deletedAt" IS NULL ORDER BY id FOR UPDATE`
      : await tx.$queryRaw<ClaimRow[]>`
          SELECT id, "articleId" FROM "Claim" WHERE id = ANY(${ids}) AND "deletedAt" IS NULL ORDER BY id FOR SHARE`;
  return { claims, articles };
}

export async function claimSnapshot(tx: DbTransaction, claimId: string): Promise<ClaimSnapshot | null> {
  const claim = await tx.claim.findUnique({
    where: { id: assertId(claimId, "claimId") },
    select: {
      id: true,
      number: true,
      version: true,
      status: true,
      updatedAt: true,
      evidence: {
        where: { removedAt: null },
        select: { id: true, url: true, title: true, stance: true },
        orderBy: { createdAt: "asc" },
      },
      // The verdict in force: approvals, send-backs and publications are chain rows too, but a
      // conflict shows whose verdict the claim now carries.
      statusChanges: {
        where: { kind: "VERDICT" },
        orderBy: { seq: "desc" },
        take: 1,
        select: { seq: true, toStatus: true, rationale: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!claim) return null;
  const last = claim.statusChanges[0];
  return {
    id: claim.id,
    number: claim.number,
    version: claim.version,
    status: claim.status,
    updatedAt: claim.updatedAt.toISOString(),
    evidence: claim.evidence,
    lastChange: last
      ? {
          seq: last.seq,
          toStatus: last.toStatus,
          rationale: last.rationale,
          actorName: last.actor.name,
          createdAt: last.createdAt.toISOString(),
        }
      : null,
  };
}

export function staleVersion(current: ClaimSnapshot | null): AppError {
  return new AppError(
    "CONFLICT",
    "Someone changed this claim since you loaded it. Reload the page (or review the current state below) and apply your change again.",
    { current },
  );
}

/**
 * Bumps the claim's version if it is still the one the writer saw (`where { id, version }`), else
 * CONFLICT with the claim as it is now. Under the claim's row lock, so exactly one of two
 * writers on the same version wins.
 */
export async function takeClaimVersion(tx: DbTransaction, claimId: string, version: number): Promise<number> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version, deletedAt: null },
    data: { version: { increment: 1 } },
  });
  if (count !== 1) throw staleVersion(await claimSnapshot(tx, claimId));
  return version + 1;
}

/**
 * The permission check and takeClaimVersion in one statement, under the kernel's locks: bumps the
 * version if it is still `seen` and returns the claim as it was, with the actor's relations to it
 * (lib/access's rule, in the query). A refusal after this throws, so the transaction rolls the bump
 * back. When the version moved (`bumped` false), the claim is read as claimFor reads it, so the
 * answers and their order are those of the separate steps: NOT_FOUND or FORBIDDEN, then finalized,
 * then CONFLICT.
 */
async function claimForVersion(tx: DbTransaction, actor: Actor, id: string, action: Action, seen: number) {
  const [row] = await tx.$queryRaw<ClaimAccessRow[]>`
    UPDATE "Claim" c SET version = c.version + 1, "updatedAt" = clock_timestamp()
    FROM "Article" a
    WHERE c.id = ${id} AND c."deletedAt" IS NULL AND c.version = ${seen} AND a.id = c."articleId"
    RETURNING c.id, c."articleId", c.number, c.claimant, c.status, c.version - 1 AS version, a."finalizedAt", ${claimFactsSql(actor)}`;
  if (!row) return { ...(await claimFor(tx, actor, id, action)), bumped: false };
  const access = claimAccessOf(row);
  assertCan(actor, action, access.facts);
  return { ...access, bumped: true };
}

export interface ClaimWriteSpec {
  /** The permission the write needs on this claim (decided by lib/access under the locks). */
  action: Action;
  /** The version the writer saw; omitted for writes that do not change the claim (comments). */
  version?: number;
  /** "update" for curation (one curator per article at a time); "share" otherwise. */
  articleLock?: LockMode;
  /** "share" lets readers-and-commenters proceed side by side; "update" for everything else. */
  claimLock?: LockMode;
  /** Whether the write is allowed on a finalized article (discussion is; sources and verdicts are not). */
  allowFinalized?: boolean;
}

export interface ClaimWriteContext {
  tx: DbTransaction;
  /** The claim as locked, before this write. */
  claim: ClaimAccess["claim"];
  facts: ClaimAccess["facts"];
  /** The claim's version after this write (the same as before when spec.version was omitted). */
  version: number;
  audit: (event: AuditEventByKernel) => Promise<void>;
}

/** An audit event as a kernel write records it: the acting user is filled in (distributes over the union). */
export type AuditEventByKernel = AuditEventInput extends infer Event
  ? Event extends unknown
    ? Omit<Event, "actorId">
    : never
  : never;

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Runs one write on one claim through the kernel (see the file comment for the steps). */
export async function writeClaim<T>(
  actor: Actor,
  claimId: unknown,
  spec: ClaimWriteSpec,
  body: (context: ClaimWriteContext) => Promise<T>,
): Promise<T> {
  const id = assertId(claimId, "claimId");
  try {
    return await writeTransaction(async (tx) => {
      const { claims } = await lockClaims(tx, [id], {
        article: spec.articleLock ?? "share",
        claim: spec.claimLock ?? "update",
      });
      if (!claims.length) throw notFound("The claim");
      // Who may write, and the version taken: one statement when the write carries a version.
      const { claim, facts, bumped } =
        spec.version === undefined
          ? { ...(await claimFor(tx, actor, id, spec.action)), bumped: false }
          : await claimForVersion(tx, actor, id, spec.action, spec.version);
      if (claim.article.finalizedAt && !spec.allowFinalized) throw new AppError("CONFLICT", FINALIZED_MESSAGE);
      if (spec.version !== undefined && !bumped) throw staleVersion(await claimSnapshot(tx, id));
      const version = bumped ? claim.version + 1 : claim.version;
      const audit = (event: AuditEventByKernel) => recordAudit(tx, { ...event, actorId: actor.id });
      return body({ tx, claim, facts, version, audit });
    });
  } catch (error) {
    // Only reachable if something appended history outside the version protocol: no lost update.
    if (isUniqueViolation(error)) throw staleVersion(null);
    throw error;
  }
}

/** Allocates the next permanent claim numbers of an article (call under its row lock). */
export async function takeClaimNumbers(tx: DbTransaction, articleId: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { nextClaimNumber } = await tx.article.update({
    where: { id: articleId },
    data: { nextClaimNumber: { increment: count } },
    select: { nextClaimNumber: true },
  });
  return allocateNumbers(nextClaimNumber - count, count).numbers;
}
