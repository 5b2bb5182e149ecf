// How each relation of the policy (lib/auth/permissions.ts) is found in the database, in the
// two shapes callers need, side by side so they cannot drift: a Prisma filter (for lists) and a
// SQL predicate (for the facts of one row and for raw-SQL lists). Tests check the two agree.
import "server-only";
import type { Actor, Relation } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/db/client";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/workflow/states";

/**
 * An assignment that ties its reviewer to its claim: open or done, or cancelled only because the
 * article was finalized (the reviewer keeps reading and discussing what they worked on; the
 * finalized article itself refuses sources and verdicts).
 */
export const activeAssignmentOf = (userId: string): Prisma.AssignmentWhereInput => ({
  reviewerId: userId,
  OR: [{ state: { in: [...ACTIVE_ASSIGNMENT_STATES] } }, { state: "CANCELLED", closeReason: "FINALIZED" }],
});

const activeStatesSql = Prisma.join(ACTIVE_ASSIGNMENT_STATES.map((state) => Prisma.sql`${state}::"AssignmentState"`));
/** The same rule as SQL over an assignment aliased `rs`. */
const activeAssignmentSql = Prisma.sql`(rs.state IN (${activeStatesSql}) OR (rs.state = 'CANCELLED' AND rs."closeReason" = 'FINALIZED'))`;

const NONE = { id: { in: [] as string[] } };

/** Claims the actor has this relation to, as a Prisma filter. */
export function claimRelationWhere(actor: Actor, relation: Relation): Prisma.ClaimWhereInput {
  switch (relation) {
    case "assignedToClaim":
      return { assignments: { some: activeAssignmentOf(actor.id) } };
    case "reviewsArticle":
      return { article: articleRelationWhere(actor, relation) };
    case "consultedOnClaim":
      return { consultations: { some: { userId: actor.id, endedAt: null } } };
    case "owner":
      return NONE;
  }
}

/** Articles the actor has this relation to, as a Prisma filter. */
export function articleRelationWhere(actor: Actor, relation: Relation): Prisma.ArticleWhereInput {
  switch (relation) {
    case "reviewsArticle":
      return { claims: { some: { deletedAt: null, assignments: { some: activeAssignmentOf(actor.id) } } } };
    case "assignedToClaim":
    case "consultedOnClaim":
    case "owner":
      return NONE;
  }
}

/** The same relations as SQL over a claim row aliased `claim` (a Prisma.raw alias). */
/** A relation depends only on who the person is, never on their role: the role decides afterwards (can). */
export type RelatedPerson = Pick<Actor, "id">;

export function claimRelationSql(actor: RelatedPerson, relation: Relation, claim: Prisma.Sql): Prisma.Sql {
  switch (relation) {
    case "assignedToClaim":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" rs WHERE rs."claimId" = ${claim}.id
        AND rs."reviewerId" = ${actor.id} AND ${activeAssignmentSql})`;
    case "reviewsArticle":
      return articleRelationSql(actor, relation, Prisma.sql`${claim}."articleId"`);
    case "consultedOnClaim":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Consultation" rk WHERE rk."claimId" = ${claim}.id
        AND rk."userId" = ${actor.id} AND rk."endedAt" IS NULL)`;
    case "owner":
      return Prisma.sql`false`;
  }
}

/** The article relations as SQL, given an expression for the article's id. */
export function articleRelationSql(actor: RelatedPerson, relation: Relation, articleId: Prisma.Sql): Prisma.Sql {
  if (relation !== "reviewsArticle") return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" rs JOIN "Claim" rc ON rc.id = rs."claimId"
    WHERE rc."articleId" = ${articleId} AND rc."deletedAt" IS NULL
    AND rs."reviewerId" = ${actor.id} AND ${activeAssignmentSql})`;
}
