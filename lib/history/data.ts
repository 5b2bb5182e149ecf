import "server-only";
import { HISTORY_ACTIONS } from "@/lib/audit/events";
import { db } from "@/lib/db/client";
import { assertId } from "@/lib/schemas";
import {
  parseCitedEvidence,
  verifyClaimHistory,
  witnessFromAudit,
  type ChainBreak,
  type ChainRow,
  type RowWitness,
} from "./chain";
import { REVIEW_STATE_ACTIONS, reviewStateEvents } from "./review-state";

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
  kind: true,
  ratingLabel: true,
} as const;

const CLAIM_BATCH_SIZE = 200;

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

/** The rows each claim's verdict.set audit events say were appended, by claim id. */
export async function auditWitnesses(claimIds: string[]): Promise<Map<string, RowWitness[]>> {
  const events = await db.auditEvent.findMany({
    where: { action: { in: [...HISTORY_ACTIONS] }, entityType: "Claim", entityId: { in: claimIds } },
    select: { entityId: true, after: true },
  });
  return witnessesByClaim(events);
}

export function witnessesByClaim(events: { entityId: string; after: unknown }[]): Map<string, RowWitness[]> {
  const byClaim = new Map<string, RowWitness[]>();
  for (const event of events) {
    const witness = witnessFromAudit(event.after);
    if (!witness) continue;
    byClaim.set(event.entityId, [...(byClaim.get(event.entityId) ?? []), witness]);
  }
  return byClaim;
}

/**
 * Checks the history of every claim (of one article, or all; deleted claims too), a batch of
 * claims at a time: the hash chain, its head against the claim's current status, and the rows
 * the verdict audit events name. Claims without rows count as checked: a PENDING claim
 * with no history is fine, any other status means its rows are gone.
 */
export async function verifyHistories(options: { articleId?: string; batchSize?: number } = {}) {
  const articleId = options.articleId === undefined ? undefined : assertId(options.articleId, "articleId");
  const batchSize = options.batchSize ?? CLAIM_BATCH_SIZE;
  const claims: ClaimHistoryResult[] = [];
  let checkedRows = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.claim.findMany({
      where: articleId ? { articleId } : {},
      select: { id: true, articleId: true, status: true },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) break;
    const ids = batch.map((claim) => claim.id);
    const [rows, witnesses] = await Promise.all([
      db.statusChange.findMany({
        where: { claimId: { in: ids } },
        select: chainRowSelect,
        orderBy: [{ claimId: "asc" }, { seq: "asc" }],
      }),
      auditWitnesses(ids),
    ]);
    checkedRows += rows.length;
    const rowsByClaim = new Map<string, ChainRow[]>();
    for (const row of rows) rowsByClaim.set(row.claimId, [...(rowsByClaim.get(row.claimId) ?? []), toChainRow(row)]);
    for (const claim of batch) {
      const claimRows = rowsByClaim.get(claim.id) ?? [];
      const result = verifyClaimHistory({
        claimId: claim.id,
        status: claim.status,
        rows: claimRows,
        witnesses: witnesses.get(claim.id),
      });
      claims.push({ claimId: claim.id, articleId: claim.articleId, rows: claimRows.length, ...result });
    }
    if (batch.length < batchSize) break;
    cursor = batch[batch.length - 1].id;
  }
  return {
    ok: claims.every((claim) => claim.ok),
    checkedClaims: claims.length,
    checkedRows,
    claims,
    breaks: claims.flatMap((claim) => claim.breaks),
  };
}

/** One claim's history, oldest first, with whether it verifies (chain, head and audit witnesses). Actors by name only. */
export async function getClaimHistory(claimId: string) {
  const id = assertId(claimId, "claimId");
  const [claim, rows, witnesses] = await Promise.all([
    db.claim.findUniqueOrThrow({ where: { id }, select: { status: true } }),
    db.statusChange.findMany({
      where: { claimId: id },
      select: { ...chainRowSelect, actor: { select: { name: true } } },
      orderBy: { seq: "asc" },
    }),
    auditWitnesses([id]),
  ]);
  const verification = verifyClaimHistory({
    claimId: id,
    status: claim.status,
    rows: rows.map(({ actor: _actor, ...row }) => toChainRow(row)),
    witnesses: witnesses.get(id),
  });
  return {
    entries: rows.map((row) => ({ ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) })),
    verification,
  };
}

/** The article's finalize/reopen events, oldest first, actors by name only (shown with each claim's history). */
export async function getReviewStateHistory(articleId: string) {
  const events = await db.auditEvent.findMany({
    where: {
      entityType: "Article",
      entityId: assertId(articleId, "articleId"),
      action: { in: [...REVIEW_STATE_ACTIONS] },
    },
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return reviewStateEvents(events);
}
