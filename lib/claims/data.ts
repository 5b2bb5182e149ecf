// Reads curation needs inside its write transactions. The article page's read model is
// lib/review/article-page.ts.
import "server-only";
import type { DbClient, DbTransaction } from "@/lib/db/client";

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
  const rows = await client.$queryRaw<{ id: string; hasVerdict: boolean; worked: boolean; openAssignees: string[] }[]>`
    SELECT c.id,
      (c.status <> 'PENDING' OR EXISTS (SELECT 1 FROM "StatusChange" h WHERE h."claimId" = c.id)) AS "hasVerdict",
      (EXISTS (SELECT 1 FROM "Assignment" r WHERE r."claimId" = c.id)
        OR EXISTS (SELECT 1 FROM "Evidence" x WHERE x."claimId" = c.id)
        OR EXISTS (SELECT 1 FROM "Comment" m WHERE m."claimId" = c.id)) AS worked,
      coalesce((SELECT array_agg(u.name ORDER BY r."createdAt") FROM "Assignment" r JOIN "User" u ON u.id = r."reviewerId"
        WHERE r."claimId" = c.id AND r.state = 'OPEN'), '{}') AS "openAssignees"
    FROM "Claim" c WHERE c.id = ANY(${claimIds})`;
  return new Map(
    rows.map(({ id, hasVerdict, worked, openAssignees }) => [
      id,
      { hasVerdict, worked: hasVerdict || worked, openAssignees },
    ]),
  );
}
