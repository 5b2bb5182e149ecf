// The access module: every page, action, route, list and export asks here. It answers "may this
// actor do X to this claim or article" (facts loaded from the database, decided by the one
// policy in lib/auth/permissions.ts) and "which rows may this actor see" (a filter derived from
// the same rule). See docs/architecture.md.
import "server-only";
import { can, ruleFor, RELATIONS, type Action, type Actor, type Facts, type Relation } from "@/lib/auth/permissions";
import { Prisma, type DbClient, type DbTransaction } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import type { ClaimStatus } from "@/lib/workflow/states";
import {
  articleRelationSql,
  articleRelationWhere,
  claimRelationSql,
  claimRelationWhere,
  type RelatedPerson,
} from "./relations";

export { activeAssignmentOf } from "./relations";

type Client = DbClient | DbTransaction;

export interface ClaimAccess {
  claim: {
    id: string;
    articleId: string;
    number: number;
    claimant: string | null;
    status: ClaimStatus;
    version: number;
    article: { finalizedAt: Date | null };
  };
  facts: Facts;
}

/** A claim row as claimAccess reads it, with the actor's relations beside it (see claimFactsSql). */
export type ClaimAccessRow = Omit<ClaimAccess["claim"], "article"> &
  ClaimAccess["claim"]["article"] &
  Record<Relation, boolean>;

/**
 * The actor's relations to a claim row aliased `c`, as output columns named after each relation.
 * For statements that read the claim for another purpose too (the claim-write kernel's version
 * update), so the permission is still decided in the query, by the one rule.
 */
export function claimFactsSql(actor: RelatedPerson): Prisma.Sql {
  const self = Prisma.raw("c");
  return Prisma.join(
    RELATIONS.map(
      (relation) => Prisma.sql`${claimRelationSql(actor, relation, self)} AS ${Prisma.raw(`"${relation}"`)}`,
    ),
  );
}

/** A ClaimAccessRow as the access answer. */
export function claimAccessOf(row: ClaimAccessRow): ClaimAccess {
  const facts: Facts = Object.fromEntries(RELATIONS.map((relation) => [relation, row[relation] === true]));
  return {
    claim: {
      id: row.id,
      articleId: row.articleId,
      number: row.number,
      claimant: row.claimant,
      status: row.status,
      version: row.version,
      article: { finalizedAt: row.finalizedAt },
    },
    facts,
  };
}

/** A live claim and the actor's relations to it, in one query. NOT_FOUND when missing or deleted. */
export async function claimAccess(client: Client, actor: Actor, claimId: unknown): Promise<ClaimAccess> {
  const id = assertId(claimId, "claimId");
  const [row] = await client.$queryRaw<ClaimAccessRow[]>`
    SELECT c.id, c."articleId", c.number, c.claimant, c.status, c.version, a."finalizedAt", ${claimFactsSql(actor)}
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c.id = ${id} AND c."deletedAt" IS NULL`;
  if (!row) throw notFound("The claim");
  return claimAccessOf(row);
}

/** The actor's relations to an article. NOT_FOUND when there is no such article. */
export async function articleFacts(client: Client, actor: Actor, articleId: unknown): Promise<Facts> {
  const id = assertId(articleId, "articleId");
  const [row] = await client.$queryRaw<{ reviewsArticle: boolean }[]>`
    SELECT ${articleRelationSql(actor, "reviewsArticle", Prisma.sql`a.id`)} AS "reviewsArticle"
    FROM "Article" a WHERE a.id = ${id}`;
  if (!row) throw notFound("The article");
  return { reviewsArticle: row.reviewsArticle };
}

const REFUSALS: Partial<Record<Action, string>> = {
  "user.manage": "Only admins manage users.",
  "article.import": "Only editors and admins import articles.",
  "article.finalize": "Only editors and admins finalize or reopen articles.",
  "claim.curate": "Only editors and admins can change an article's claims.",
  "claim.assign": "Only editors and admins assign claims.",
  "report.export": "Only editors and admins export reports.",
  "article.read": "You can read only the articles you review.",
  "claim.read": "You can open only the claims of articles you review, or claims you were consulted on.",
  "claim.verdict": "Only the reviewer assigned to this claim, editors and admins can give a verdict.",
  "claim.reopen": "Only editors and admins can take a verdict back.",
  "claim.signoff": "Only editors and admins sign off verdicts.",
  "article.publish": "Only editors and admins publish fact-checks.",
  "publicPage.manage": "Only admins turn the public fact-check pages on or off.",
  "evidence.write": "Only the reviewer assigned to this claim, editors and admins can change its sources.",
  "claim.match": "Only the reviewer assigned to this claim, editors and admins can confirm or dismiss similar claims.",
  "comment.write":
    "Only the reviewer assigned to this claim, people consulted on it, editors and admins can comment on it.",
  "consultation.end": "Only editors and admins end a consultation.",
};

export const refusal = (action: Action) => forbidden(REFUSALS[action]);

/** Throws FORBIDDEN (with the action's message) unless the actor may do this. */
export function assertCan(actor: Actor, action: Action, facts: Facts = {}): void {
  if (!can(actor, action, facts)) throw refusal(action);
}

/** Loads a claim for an action on it, or throws NOT_FOUND / FORBIDDEN. */
export async function claimFor(client: Client, actor: Actor, claimId: unknown, action: Action): Promise<ClaimAccess> {
  const access = await claimAccess(client, actor, claimId);
  assertCan(actor, action, access.facts);
  return access;
}

/** Checks that the actor may read the article (NOT_FOUND first, then FORBIDDEN). */
export async function assertMayReadArticle(client: Client, actor: Actor, articleId: unknown): Promise<void> {
  assertCan(actor, "article.read", await articleFacts(client, actor, articleId));
}

/** Claims the actor may do this action on, as a Prisma filter (everything, nothing, or by relation). */
export function claimsWhere(actor: Actor, action: Action = "claim.read"): Prisma.ClaimWhereInput {
  const rule = ruleFor(actor, action);
  if (rule === true) return {};
  if (rule === false || rule.length === 0) return { id: { in: [] } };
  return { OR: rule.map((relation) => claimRelationWhere(actor, relation)) };
}

/** The same claim filter as SQL, over a claim row aliased `claim` (for raw-SQL reads). */
export function claimsSql(actor: Actor, action: Action = "claim.read", claim: Prisma.Sql = Prisma.raw("c")): Prisma.Sql {
  const rule = ruleFor(actor, action);
  if (rule === true) return Prisma.sql`true`;
  if (rule === false || rule.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(${Prisma.join(
    rule.map((relation) => claimRelationSql(actor, relation, claim)),
    " OR ",
  )})`;
}

/**
 * The facts an open assignment of the actor's on a live claim proves by itself: by the relations'
 * own definitions (relations.ts) that assignment is the row "assigned to the claim" looks for, and
 * the claim's article is one the actor "reviews". A list of the actor's own work (their queue)
 * lets the policy decide once with these instead of proving them again for every row.
 */
const OWN_OPEN_WORK: Facts = { assignedToClaim: true, reviewsArticle: true };

/** claimsWhere for claims the actor holds an open assignment on (their queue): all of them when the policy allows on those facts. */
export function ownWorkClaimsWhere(actor: Actor, action: Action = "claim.read"): Prisma.ClaimWhereInput {
  return can(actor, action, OWN_OPEN_WORK) ? {} : claimsWhere(actor, action);
}

/** ownWorkClaimsWhere as SQL, over a claim row aliased `claim`. */
export function ownWorkClaimsSql(actor: Actor, action: Action = "claim.read", claim: Prisma.Sql = Prisma.raw("c")): Prisma.Sql {
  return can(actor, action, OWN_OPEN_WORK) ? Prisma.sql`true` : claimsSql(actor, action, claim);
}

/** Articles the actor may do this action on, as a Prisma filter. */
export function articlesWhere(actor: Actor, action: Action = "article.read"): Prisma.ArticleWhereInput {
  const rule = ruleFor(actor, action);
  if (rule === true) return {};
  if (rule === false || rule.length === 0) return { id: { in: [] } };
  return { OR: rule.map((relation) => articleRelationWhere(actor, relation)) };
}

/** The same article filter as SQL, over an article row aliased `a` (for raw-SQL lists). */
export function articlesSql(actor: Actor, action: Action = "article.read"): Prisma.Sql {
  const rule = ruleFor(actor, action);
  if (rule === true) return Prisma.sql`true`;
  if (rule === false || rule.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(${Prisma.join(
    rule.map((relation) => articleRelationSql(actor, relation, Prisma.sql`a.id`)),
    " OR ",
  )})`;
}
