// Reads curation needs inside its write transactions, and the texts behind a claim card's
// curation forms. The article page's read model is lib/review/article-page.ts.
import "server-only";
import { claimFactsSql, type ClaimAccessRow } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma, type DbClient, type DbTransaction } from "@/lib/db/client";

export interface ClaimWork {
  /** A verdict was given (the status moved, or the history has an entry). */
  hasVerdict: boolean;
  /** Someone works or worked on it: a verdict, an assignment (any state), a source or a comment. */
  worked: boolean;
  /** Reviewers with an open assignment on it (deleting the claim cancels those assignments). */
  openAssignees: string[];
}

/**
 * Which of these claims are already in the review workflow; see docs/curation.md. One statement,
 * with an index probe per claim (no relation counts, which aggregate whole tables).
 */
export async function claimWork(client: DbClient | DbTransaction, claimIds: string[]): Promise<Map<string, ClaimWork>> {
  if (!claimIds.length) return new Map();
  return claimWorkWhere(client, Prisma.sql`c.id = ANY(${claimIds})`);
}

/**
 * claimWork of an article's live claims, by the article's id: the article page asks it beside the
 * article's own read instead of after it.
 */
export function articleClaimWork(client: DbClient | DbTransaction, articleId: string): Promise<Map<string, ClaimWork>> {
  return claimWorkWhere(client, Prisma.sql`c."articleId" = ${articleId} AND c."deletedAt" IS NULL`);
}

async function claimWorkWhere(client: DbClient | DbTransaction, where: Prisma.Sql): Promise<Map<string, ClaimWork>> {
  const rows = await client.$queryRaw<{ id: string; hasVerdict: boolean; worked: boolean; openAssignees: string[] }[]>`
    SELECT c.id,
      (c.status <> 'PENDING' OR EXISTS (SELECT 1 FROM "StatusChange" h WHERE h."claimId" = c.id)) AS "hasVerdict",
      (EXISTS (SELECT 1 FROM "Assignment" r WHERE r."claimId" = c.id)
        OR EXISTS (SELECT 1 FROM "Evidence" x WHERE x."claimId" = c.id)
        OR EXISTS (SELECT 1 FROM "Comment" m WHERE m."claimId" = c.id)) AS worked,
      coalesce((SELECT array_agg(u.name ORDER BY r."createdAt") FROM "Assignment" r JOIN "User" u ON u.id = r."reviewerId"
        WHERE r."claimId" = c.id AND r.state = 'OPEN'), '{}') AS "openAssignees"
    FROM "Claim" c WHERE ${where}`;
  return new Map(
    rows.map(({ id, hasVerdict, worked, openAssignees }) => [
      id,
      { hasVerdict, worked: hasVerdict || worked, openAssignees },
    ]),
  );
}

/** A claim as claimAccess reads it (with the actor's relations), its texts, and the next live claim in reading order. */
export interface CurationTextsRow extends ClaimAccessRow {
  statement: string;
  text: string;
  start: number;
  end: number;
  /** The article body, only when the next claim was asked for (the merge preview's gap). */
  body: string | null;
  next: { id: string; number: number; version: number; text: string; start: number } | null;
}

/**
 * One live claim for a curation form (lib/review/curation-preview.ts), with the actor's relations
 * to it in the same statement (lib/access's rule), and with `withNext` the next live claim by
 * ordinal (as a merge takes it) and the body. Null when the claim is missing or deleted.
 */
export async function curationTexts(
  client: DbClient | DbTransaction,
  actor: Actor,
  claimId: string,
  { withNext }: { withNext: boolean },
): Promise<CurationTextsRow | null> {
  const next = withNext
    ? Prisma.sql`(SELECT json_build_object('id', n.id, 'number', n.number, 'version', n.version, 'text', n.text, 'start', n.start)
        FROM "Claim" n WHERE n."articleId" = c."articleId" AND n."deletedAt" IS NULL AND n.ordinal > c.ordinal
        ORDER BY n.ordinal LIMIT 1)`
    : Prisma.sql`NULL::json`;
  const [row] = await client.$queryRaw<CurationTextsRow[]>`
    SELECT c.id, c."articleId", c.number, c.claimant, c.status, c.version, a."finalizedAt", ${claimFactsSql(actor)},
      c.statement, c.text, c.start, c."end", ${withNext ? Prisma.sql`a.body` : Prisma.sql`NULL::text`} AS body, ${next} AS next
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c.id = ${claimId} AND c."deletedAt" IS NULL`;
  return row ?? null;
}
