// Reads for reports. Claims come in batches by cursor (ordinal, then id) with everything a
// report shows about them, so memory holds one batch at a time, however large the article.
import { auditEventFields } from "@/lib/audit/record";
import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseCitedEvidence, verifyClaimHistory, type ChainRow } from "@/lib/history/chain";
import { verifyHistories, witnessesByClaim } from "@/lib/history/data";
import { HISTORY_ACTIONS } from "@/lib/audit/events";
import { STATUSES, type ReportArticle, type ReportClaim, type Status, type Verification } from "./model";

export const CLAIM_BATCH_SIZE = 100;

const userSelect = { id: true, name: true, email: true } as const;

const auditSelect = { ...auditEventFields, actor: { select: userSelect } } as const;

function chainRow(row: {
  id: string;
  claimId: string;
  seq: number;
  fromStatus: string;
  toStatus: string;
  actorId: string;
  rationale: string;
  citedEvidence: unknown;
  createdAt: Date;
  prevHash: string | null;
  hash: string;
}): ChainRow {
  return { ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) };
}

/**
 * Verifies every claim's history (deleted claims too), a batch of claims at a time, exactly as
 * `claimledger verify --article` does: chain, head against the current status, audit witnesses.
 */
export async function verifyArticleHistory(articleId: string, batchSize = CLAIM_BATCH_SIZE): Promise<Verification> {
  const result = await verifyHistories({ articleId, batchSize });
  return { ok: result.ok, checked: result.checkedRows, breaks: result.breaks };
}

export async function loadReportArticle(articleId: string): Promise<ReportArticle> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      createdAt: true,
      body: true,
      bodySha256: true,
      finalizedAt: true,
      importedBy: { select: userSelect },
      finalizedBy: { select: userSelect },
    },
  });
  if (!article) throw notFound("The article");
  const [counts, auditEvents, verification] = await Promise.all([
    // Every count of the summary in one statement (index probes on the article's claims).
    db.$queryRaw<{ status: Status | null; claims: number; deleted: number; evidence: number; removed: number; changes: number }[]>`
      SELECT c.status, count(*) FILTER (WHERE c."deletedAt" IS NULL)::int AS claims,
        count(*) FILTER (WHERE c."deletedAt" IS NOT NULL)::int AS deleted,
        coalesce(sum(x.evidence) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS evidence,
        coalesce(sum(x.removed) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS removed,
        coalesce(sum(x.changes) FILTER (WHERE c."deletedAt" IS NULL), 0)::int AS changes
      FROM "Claim" c
      CROSS JOIN LATERAL (SELECT
        (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id AND e."removedAt" IS NULL) AS evidence,
        (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id AND e."removedAt" IS NOT NULL) AS removed,
        (SELECT count(*) FROM "StatusChange" h WHERE h."claimId" = c.id) AS changes) x
      WHERE c."articleId" = ${articleId}
      GROUP BY c.status`,
    db.auditEvent.findMany({ where: { entityType: "Article", entityId: articleId }, select: auditSelect, orderBy: { createdAt: "asc" } }),
    verifyArticleHistory(articleId),
  ]);
  const byStatusRows = counts.filter((row) => row.claims > 0).map((row) => ({ status: row.status as Status, _count: { _all: row.claims } }));
  const total = (key: "deleted" | "evidence" | "removed" | "changes") => counts.reduce((sum, row) => sum + row[key], 0);
  const [deletedClaims, evidence, removedEvidence, statusChanges] = [total("deleted"), total("evidence"), total("removed"), total("changes")];
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of byStatusRows) byStatus[row.status] = row._count._all;
  const claims = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  return {
    ...article,
    summary: { claims, deletedClaims, byStatus, evidence, removedEvidence, statusChanges },
    verification,
    auditEvents,
  };
}

/** The article's claims in reading order, a batch at a time, with their sources, history and events. */
export async function* claimBatches(
  articleId: string,
  options: { includeDeleted?: boolean; batchSize?: number } = {},
): AsyncGenerator<ReportClaim[]> {
  const batchSize = options.batchSize ?? CLAIM_BATCH_SIZE;
  let cursor: string | undefined;
  for (;;) {
    // Flat reads, one statement per table (nested includes cost one per relation and level),
    // then the people they name in one more.
    const claims = await db.claim.findMany({
      where: { articleId, ...(options.includeDeleted ? {} : { deletedAt: null }) },
      orderBy: [{ ordinal: "asc" }, { id: "asc" }],
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (claims.length === 0) return;
    const claimIds = claims.map((claim) => claim.id);
    const ofClaims = { claimId: { in: claimIds } };
    const [evidenceRows, changeRows, assignmentRows, commentRows] = await Promise.all([
      db.evidence.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      db.statusChange.findMany({ where: ofClaims, orderBy: [{ claimId: "asc" }, { seq: "asc" }] }),
      db.assignment.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      db.comment.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    ]);
    const snapshotRows = await db.sourceSnapshot.findMany({
      where: { evidenceId: { in: evidenceRows.map((item) => item.id) } },
      select: { evidenceId: true, fetchedAt: true, httpStatus: true, sha256: true, outcome: true, finalUrl: true, error: true, origin: true },
      orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    });
    const snapshotsOf = new Map<string, Omit<(typeof snapshotRows)[number], "evidenceId">[]>();
    for (const { evidenceId, ...snapshot } of snapshotRows) snapshotsOf.set(evidenceId, [...(snapshotsOf.get(evidenceId) ?? []), snapshot]);
    const entityIds = [...claimIds, ...evidenceRows.map((item) => item.id), ...assignmentRows.map((item) => item.id), ...commentRows.map((item) => item.id)];
    const eventRows = await db.auditEvent.findMany({
      where: { entityId: { in: entityIds }, entityType: { in: ["Claim", "Evidence", "Assignment", "Comment"] } },
      select: { ...auditEventFields, actorId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const userIds = new Set<string>();
    for (const item of evidenceRows) [item.addedById, item.removedById].forEach((id) => id && userIds.add(id));
    for (const item of changeRows) userIds.add(item.actorId);
    for (const item of assignmentRows) [item.reviewerId, item.assignedById].forEach((id) => userIds.add(id));
    for (const item of commentRows) userIds.add(item.authorId);
    for (const item of eventRows) if (item.actorId) userIds.add(item.actorId);
    const users = new Map((await db.user.findMany({ where: { id: { in: [...userIds] } }, select: userSelect })).map((u) => [u.id, u]));
    const person = (id: string) => users.get(id) ?? { id, name: "", email: "" };
    const events = eventRows.map(({ actorId, ...event }) => ({ ...event, actor: actorId ? person(actorId) : null }));
    const byClaim = <T extends { claimId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.claimId, [...(map.get(row.claimId) ?? []), row]);
      return (claimId: string) => map.get(claimId) ?? [];
    };
    const [evidenceOf, changesOf, assignmentsOf, commentsOf] = [byClaim(evidenceRows), byClaim(changeRows), byClaim(assignmentRows), byClaim(commentRows)];
    const claimsWithRelations = claims.map((claim) => ({
      ...claim,
      evidence: evidenceOf(claim.id).map((item) => ({ ...item, addedBy: person(item.addedById), removedBy: item.removedById ? person(item.removedById) : null, snapshots: snapshotsOf.get(item.id) ?? [] })),
      statusChanges: changesOf(claim.id).map((item) => ({ ...item, actor: person(item.actorId) })),
      assignments: assignmentsOf(claim.id).map((item) => ({ ...item, reviewer: person(item.reviewerId), assignedBy: person(item.assignedById) })),
      comments: commentsOf(claim.id).map((item) => ({ ...item, author: person(item.authorId) })),
    }));
    const witnesses = witnessesByClaim(events.filter((event) => (HISTORY_ACTIONS as readonly string[]).includes(event.action) && event.entityType === "Claim"));
    yield claimsWithRelations.map((claim) => {
      const own = new Set([claim.id, ...claim.evidence.map((e) => e.id), ...claim.assignments.map((a) => a.id), ...claim.comments.map((c) => c.id)]);
      const verdict = verifyClaimHistory({
        claimId: claim.id,
        status: claim.status,
        rows: claim.statusChanges.map(chainRow),
        witnesses: witnesses.get(claim.id),
      });
      return {
        id: claim.id,
        articleId: claim.articleId,
        ordinal: claim.ordinal,
        number: claim.number,
        claimant: claim.claimant,
        text: claim.text,
        originalText: claim.originalText,
        statement: claim.statement,
        start: claim.start,
        end: claim.end,
        prefix: claim.prefix,
        suffix: claim.suffix,
        status: claim.status,
        score: claim.score,
        createdAt: claim.createdAt,
        updatedAt: claim.updatedAt,
        deletedAt: claim.deletedAt,
        evidence: claim.evidence.map(({ claimId: _c, addedById: _a, removedById: _r, updatedAt: _u, ...source }) => source),
        history: claim.statusChanges.map((change) => ({
          id: change.id,
          seq: change.seq,
          fromStatus: change.fromStatus,
          toStatus: change.toStatus,
          actor: change.actor,
          rationale: change.rationale,
          citedEvidence: parseCitedEvidence(change.citedEvidence),
          createdAt: change.createdAt,
          prevHash: change.prevHash,
          hash: change.hash,
        })),
        assignments: claim.assignments.map((a) => ({
          id: a.id,
          reviewer: a.reviewer,
          assignedBy: a.assignedBy,
          state: a.state,
          dueAt: a.dueAt,
          note: a.note,
          createdAt: a.createdAt,
          closedAt: a.closedAt,
        })),
        comments: claim.comments.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.createdAt, deletedAt: c.deletedAt })),
        auditEvents: events.filter((event) => own.has(event.entityId)),
        verification: { ok: verdict.ok, checked: claim.statusChanges.length, breaks: verdict.breaks },
      };
    });
    if (claims.length < batchSize) return;
    cursor = claims[claims.length - 1].id;
  }
}

/**
 * Articles for a date-range report: imported in the range, or with a verdict (status change)
 * recorded in it. `to` is exclusive here; callers pass the day after the last day.
 */
export async function articleIdsInRange(from: Date, toExclusive: Date): Promise<string[]> {
  const inRange = { gte: from, lt: toExclusive };
  const rows = await db.article.findMany({
    where: { OR: [{ createdAt: inRange }, { claims: { some: { statusChanges: { some: { createdAt: inRange } } } } }] },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => row.id);
}
