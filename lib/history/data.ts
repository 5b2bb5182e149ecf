import { db } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";
import { parseCitedEvidence, verifyChain, type ChainBreak, type ChainRow } from "./chain";

const chainRowSelect = {
  id: true,
  claimId: true,
  seq: true,
  fromStatus: true,
  toStatus: true,
  actorId: true,
  rationale: true,
  citedEvidence: true,
  createdAt: true,
  prevHash: true,
  hash: true,
} as const;

type StoredRow = { citedEvidence: unknown } & Omit<ChainRow, "citedEvidence">;

export function toChainRow(row: StoredRow): ChainRow {
  return { ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) };
}

export interface ClaimHistoryResult {
  claimId: string;
  articleId: string;
  rows: number;
  ok: boolean;
  breaks: ChainBreak[];
}

/** Recomputes the hash chain of every claim (of one article, or all) that has a history. */
export async function verifyHistories(options: { articleId?: string } = {}) {
  const articleId = options.articleId === undefined ? undefined : assertId(options.articleId, "articleId");
  const rows = await db.statusChange.findMany({
    where: articleId ? { claim: { articleId } } : {},
    select: { ...chainRowSelect, claim: { select: { articleId: true } } },
    orderBy: [{ claimId: "asc" }, { seq: "asc" }],
  });
  const byClaim = new Map<string, { articleId: string; rows: ChainRow[] }>();
  for (const { claim, ...row } of rows) {
    const entry = byClaim.get(row.claimId) ?? { articleId: claim.articleId, rows: [] };
    entry.rows.push(toChainRow(row));
    byClaim.set(row.claimId, entry);
  }
  const claims: ClaimHistoryResult[] = [...byClaim].map(([claimId, entry]) => {
    const result = verifyChain(entry.rows);
    return { claimId, articleId: entry.articleId, rows: entry.rows.length, ...result };
  });
  return {
    ok: claims.every((claim) => claim.ok),
    checkedClaims: claims.length,
    checkedRows: rows.length,
    claims,
    breaks: claims.flatMap((claim) => claim.breaks),
  };
}

/** One claim's history, oldest first, with whether its chain verifies. Actors by name only. */
export async function getClaimHistory(claimId: string) {
  const rows = await db.statusChange.findMany({
    where: { claimId: assertId(claimId, "claimId") },
    select: { ...chainRowSelect, actor: { select: { name: true } } },
    orderBy: { seq: "asc" },
  });
  const verification = verifyChain(rows.map(({ actor: _actor, ...row }) => toChainRow(row)));
  return {
    entries: rows.map((row) => ({ ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) })),
    verification,
  };
}
