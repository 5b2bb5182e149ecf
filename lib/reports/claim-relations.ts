// Everything a report shows about a set of claims (of one article or several): sources with their
// snapshots, history with its chain check, assignments, comments, audit events and the people
// they name. Flat reads, one statement per table whatever the number of claims (nested includes
// cost one per relation and level), then one for the people. Shared by the per-article reads
// (data.ts) and the reads batched across articles (range-data.ts), so both give the same claims.
import "server-only";
import { auditEventFields } from "@/lib/audit/record";
import { HISTORY_ACTIONS } from "@/lib/audit/events";
import { db } from "@/lib/db/client";
import type { Claim } from "@/lib/db/generated/prisma/client";
import { parseCitedEvidence, verifyClaimHistory, type ChainRow } from "@/lib/history/chain";
import { witnessesByClaim } from "@/lib/history/data";
import { ratingLabelsOf } from "@/lib/rating-scale/data";
import type { ReportClaim } from "./model";

export const userSelect = { id: true, name: true, email: true } as const;

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
  kind: string;
  ratingLabel: string | null;
}): ChainRow {
  return { ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) };
}

/** Rows grouped by claim, each group in the order the rows came. */
function byClaim<T extends { claimId: string }>(rows: T[]): (claimId: string) => T[] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.claimId);
    if (list) list.push(row);
    else map.set(row.claimId, [row]);
  }
  return (claimId: string) => map.get(claimId) ?? [];
}

/**
 * How much of each claim a report shows: the JSON archive everything ("archive"); the PDF also
 * the sources' snapshots but not the discussion or the claim's audit events ("print"); CSV and
 * ClaimReview neither ("table"). What a report does not show is left empty, not read.
 */
export type ClaimDetail = "archive" | "print" | "table";

/** The claims (as stored) with everything a report shows about them, in the order given. */
export async function reportClaimsOf(claims: Claim[], detail: ClaimDetail = "archive"): Promise<ReportClaim[]> {
  if (claims.length === 0) return [];
  const archive = detail === "archive";
  const claimIds = claims.map((claim) => claim.id);
  const ofClaims = { claimId: { in: claimIds } };
  const [evidenceRows, changeRows, assignmentRows, commentRows] = await Promise.all([
    db.evidence.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.statusChange.findMany({ where: ofClaims, orderBy: [{ claimId: "asc" }, { seq: "asc" }] }),
    db.assignment.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    archive ? db.comment.findMany({ where: ofClaims, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) : [],
  ]);
  const entityIds = [...claimIds, ...evidenceRows.map((item) => item.id), ...assignmentRows.map((item) => item.id), ...commentRows.map((item) => item.id)];
  // Without the claims' audit events, only the verdict events are read: they vouch for the history.
  const eventsWhere = archive
    ? { entityId: { in: entityIds }, entityType: { in: ["Claim", "Evidence", "Assignment", "Comment"] } }
    : { entityId: { in: claimIds }, entityType: "Claim", action: { in: [...HISTORY_ACTIONS] } };
  const [snapshotRows, eventRows, ratingLabels] = await Promise.all([
    evidenceRows.length && detail !== "table"
      ? db.sourceSnapshot.findMany({
          where: { evidenceId: { in: evidenceRows.map((item) => item.id) } },
          select: { evidenceId: true, fetchedAt: true, httpStatus: true, sha256: true, outcome: true, finalUrl: true, error: true, origin: true },
          orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
        })
      : [],
    db.auditEvent.findMany({
      where: eventsWhere,
      select: { ...auditEventFields, actorId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    ratingLabelsOf(claims),
  ]);
  const snapshotsOf = new Map<string, Omit<(typeof snapshotRows)[number], "evidenceId">[]>();
  for (const { evidenceId, ...snapshot } of snapshotRows) {
    const list = snapshotsOf.get(evidenceId);
    if (list) list.push(snapshot);
    else snapshotsOf.set(evidenceId, [snapshot]);
  }
  const userIds = new Set<string>();
  for (const item of evidenceRows) [item.addedById, item.removedById].forEach((id) => id && userIds.add(id));
  for (const item of changeRows) userIds.add(item.actorId);
  for (const item of assignmentRows) [item.reviewerId, item.assignedById].forEach((id) => userIds.add(id));
  for (const item of commentRows) userIds.add(item.authorId);
  for (const item of eventRows) if (item.actorId) userIds.add(item.actorId);
  const users = new Map((await db.user.findMany({ where: { id: { in: [...userIds] } }, select: userSelect })).map((u) => [u.id, u]));
  const person = (id: string) => users.get(id) ?? { id, name: "", email: "" };
  const events = eventRows.map(({ actorId, ...event }) => ({ ...event, actor: actorId ? person(actorId) : null }));
  // Each event belongs to the claim whose claim, source, assignment or comment it is about.
  const claimOfEntity = new Map<string, string>(claimIds.map((id) => [id, id]));
  for (const rows of [evidenceRows, assignmentRows, commentRows]) for (const row of rows) claimOfEntity.set(row.id, row.claimId);
  const eventsOf = byClaim(events.flatMap((event) => {
    const claimId = claimOfEntity.get(event.entityId);
    return claimId ? [{ ...event, claimId }] : [];
  }));
  const [evidenceOf, changesOf, assignmentsOf, commentsOf] = [byClaim(evidenceRows), byClaim(changeRows), byClaim(assignmentRows), byClaim(commentRows)];
  const witnesses = witnessesByClaim(events.filter((event) => (HISTORY_ACTIONS as readonly string[]).includes(event.action) && event.entityType === "Claim"));
  return claims.map((claim) => {
    const statusChanges = changesOf(claim.id).map((item) => ({ ...item, actor: person(item.actorId) }));
    const verdict = verifyClaimHistory({
      claimId: claim.id,
      status: claim.status,
      rows: statusChanges.map(chainRow),
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
      evidence: evidenceOf(claim.id).map(({ claimId: _c, addedById, removedById, updatedAt: _u, ...source }) => ({
        ...source,
        addedBy: person(addedById),
        removedBy: removedById ? person(removedById) : null,
        snapshots: snapshotsOf.get(source.id) ?? [],
      })),
      history: statusChanges.map((change) => ({
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
        kind: change.kind,
      })),
      assignments: assignmentsOf(claim.id).map((a) => ({
        id: a.id,
        reviewer: person(a.reviewerId),
        assignedBy: person(a.assignedById),
        state: a.state,
        dueAt: a.dueAt,
        note: a.note,
        createdAt: a.createdAt,
        closedAt: a.closedAt,
      })),
      comments: commentsOf(claim.id).map((c) => ({ id: c.id, author: person(c.authorId), body: c.body, createdAt: c.createdAt, deletedAt: c.deletedAt })),
      auditEvents: archive ? eventsOf(claim.id).map(({ claimId: _c, ...event }) => event) : [],
      verification: { ok: verdict.ok, checked: statusChanges.length, breaks: verdict.breaks },
      anchor: { state: claim.anchorState, revision: claim.anchorRevision, start: claim.start, end: claim.end },
      ratingLabel: (claim.ratingLabelId && ratingLabels.get(claim.ratingLabelId)) || null,
    };
  });
}
