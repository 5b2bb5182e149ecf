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

/** Which of these claims are already in the review workflow; see docs/curation.md. */
export async function claimWork(client: DbClient | DbTransaction, claimIds: string[]): Promise<Map<string, ClaimWork>> {
  const rows = await client.claim.findMany({
    where: { id: { in: claimIds } },
    select: {
      id: true,
      status: true,
      _count: { select: { statusChanges: true, assignments: true, evidence: true, comments: true } },
      assignments: {
        where: { state: "OPEN" },
        orderBy: { createdAt: "asc" },
        select: { reviewer: { select: { name: true } } },
      },
    },
  });
  return new Map(
    rows.map(({ id, status, _count, assignments }) => {
      const hasVerdict = status !== "PENDING" || _count.statusChanges > 0;
      const worked = hasVerdict || _count.assignments + _count.evidence + _count.comments > 0;
      return [id, { hasVerdict, worked, openAssignees: assignments.map((a) => a.reviewer.name) }];
    }),
  );
}
