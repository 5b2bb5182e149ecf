// The sign-off queue's read model: every verdict awaiting a second person, oldest verdict first,
// with what an editor needs on one screen (the claim, the verdict, its rationale and sources).
import "server-only";
import { claimsWhere } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";
import type { Stance, Verdict } from "@/lib/workflow/states";

/** More than a desk signs off in a sitting; the page says when there are more. */
export const SIGNOFF_QUEUE_LIMIT = 200;

export interface SignoffItem {
  claimId: string;
  number: number;
  statement: string;
  claimant: string | null;
  status: Verdict;
  ratingLabel: string | null;
  article: { id: string; title: string; language: string };
  verdict: { rationale: string; setById: string; setByName: string; at: string };
  sources: { id: string; url: string; title: string; stance: Stance }[];
}

/** Every verdict awaiting sign-off that the actor may sign off; one article's when `articleId` is given. */
export async function listSignoffQueue(actor: Actor, articleId?: string): Promise<{ items: SignoffItem[]; total: number }> {
  const where = {
    AND: [
      claimsWhere(actor, "claim.signoff"),
      { signoff: "AWAITING" as const, deletedAt: null, ...(articleId ? { articleId: assertId(articleId, "articleId") } : {}) },
    ],
  };
  const [claims, total] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        number: true,
        statement: true,
        claimant: true,
        status: true,
        article: { select: { id: true, title: true, language: true } },
        evidence: {
          where: { removedAt: null },
          select: { id: true, url: true, title: true, stance: true },
          orderBy: { createdAt: "asc" },
        },
        statusChanges: {
          where: { kind: "VERDICT" },
          orderBy: { seq: "desc" },
          take: 1,
          select: { rationale: true, ratingLabel: true, createdAt: true, actorId: true, actor: { select: { name: true } } },
        },
      },
      // Oldest first: the claim was last touched by its verdict (approvals are what clears it).
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: SIGNOFF_QUEUE_LIMIT,
    }),
    db.claim.count({ where }),
  ]);
  const items = claims.flatMap((claim): SignoffItem[] => {
    const verdict = claim.statusChanges[0];
    if (!verdict || claim.status === "PENDING") return [];
    return [
      {
        claimId: claim.id,
        number: claim.number,
        statement: claim.statement,
        claimant: claim.claimant,
        status: claim.status,
        ratingLabel: verdict.ratingLabel,
        article: claim.article,
        verdict: { rationale: verdict.rationale, setById: verdict.actorId, setByName: verdict.actor.name, at: verdict.createdAt.toISOString() },
        sources: claim.evidence,
      },
    ];
  });
  // The verdict's own time decides the order (a claimant edit must not jump the queue).
  items.sort((a, b) => a.verdict.at.localeCompare(b.verdict.at) || a.claimId.localeCompare(b.claimId));
  return { items, total };
}

/** How many verdicts await sign-off among the given articles (the dashboard's count). */
export async function awaitingSignoffCounts(articleIds: string[]): Promise<Map<string, number>> {
  if (!articleIds.length) return new Map();
  const rows = await db.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articleIds }, deletedAt: null, signoff: "AWAITING" },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.articleId, row._count._all]));
}
