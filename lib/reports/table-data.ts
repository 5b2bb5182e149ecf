// The claims of a chunk of articles as CSV and ClaimReview show them ("table" detail in
// claim-relations.ts: no snapshots, comments or audit events), read in one statement that has
// PostgreSQL build each claim with its sources, history and assignments as JSON, instead of one
// Prisma read per table mapped to objects and joined here: that mapping was most of the CSV
// export's time at 50,000 claims (docs/performance.md, "The all-articles export"). The result is
// the ReportClaim the object path gives (dates as Dates, people as they are shown, citations
// read by parseCitedEvidence, the history checked here against the verdict events that vouch for
// it), so the renderers are unchanged; tests/integration/reports-range-batched.test.ts holds the
// two paths to the same bytes.
import "server-only";
import { HISTORY_ACTIONS } from "@/lib/audit/events";
import { db, Prisma } from "@/lib/db/client";
import { parseCitedEvidence, verifyClaimHistory, witnessFromAudit, type RowWitness } from "@/lib/history/chain";
import type { CsvKind } from "./schema";
import type { ReportAnchor, ReportAssignment, ReportClaim, ReportEvidence, ReportRatingLabel, ReportStatusChange } from "./model";

const person = (idColumn: string) =>
  `coalesce((SELECT json_build_object('id', u.id, 'name', u.name, 'email', u.email) FROM "User" u WHERE u.id = ${idColumn}),
    json_build_object('id', ${idColumn}, 'name', '', 'email', ''))`;

const historyActions = HISTORY_ACTIONS.map((action) => `'${action}'`).join(", ");

/** A timestamp(3) column as ISO text in UTC, as Date#toJSON writes it. */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The statement. For a CSV file, what the file does not show is left empty, not read: the claims
 * file shows the quote and statement but not the original text, prefix or suffix, and of sources
 * their stance, URL and removal only (not title, publisher, excerpt or note), of assignments not
 * the note; the history file shows each claim's id, number and history, not its text, sources
 * or assignments.
 */
const tableClaimsSql = (csv: CsvKind | undefined) => {
  const historyOnly = csv === "history";
  const claimsOnly = csv === "claims";
  return `
SELECT json_build_object(
  'id', c.id, 'articleId', c."articleId", 'ordinal', c.ordinal, 'number', c.number, 'claimant', c.claimant,
  ${historyOnly ? `'text', '', 'statement', ''` : `'text', c.text, 'statement', c.statement`},
  ${historyOnly || claimsOnly ? `'originalText', '', 'prefix', '', 'suffix', ''` : `'originalText', c."originalText", 'prefix', c.prefix, 'suffix', c.suffix`},
  'start', c.start, 'end', c."end", 'status', c.status,
  'score', CASE WHEN c.score IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN NULL ELSE c.score END, 'createdAt', ${iso('c."createdAt"')}, 'updatedAt', ${iso('c."updatedAt"')},
  'deletedAt', ${iso('c."deletedAt"')}, 'anchorState', c."anchorState", 'anchorRevision', c."anchorRevision",
  'evidence', ${historyOnly ? "NULL" : `(SELECT json_agg(json_build_object(
      'id', e.id, 'url', e.url, 'publishedAt', ${iso('e."publishedAt"')}, 'accessedAt', ${iso('e."accessedAt"')}, 'stance', e.stance,
      ${claimsOnly ? `'title', '', 'publisher', NULL, 'excerpt', NULL, 'note', NULL` : `'title', e.title, 'publisher', e.publisher, 'excerpt', e.excerpt, 'note', e.note`},
      'removedAt', ${iso('e."removedAt"')},
      'createdAt', ${iso('e."createdAt"')}, 'linkState', e."linkState", 'linkCheckedAt', ${iso('e."linkCheckedAt"')},
      'addedBy', ${person('e."addedById"')},
      'removedBy', CASE WHEN e."removedById" IS NULL THEN NULL ELSE ${person('e."removedById"')} END) ORDER BY e."createdAt", e.id)
    FROM "Evidence" e WHERE e."claimId" = c.id)`},
  'history', (SELECT json_agg(json_build_object(
      'id', h.id, 'seq', h.seq, 'fromStatus', h."fromStatus", 'toStatus', h."toStatus", 'actor', ${person('h."actorId"')},
      'rationale', h.rationale, 'citedEvidence', h."citedEvidence", 'createdAt', ${iso('h."createdAt"')}, 'prevHash', h."prevHash",
      'hash', h.hash, 'kind', h.kind, 'ratingLabel', h."ratingLabel") ORDER BY h.seq)
    FROM "StatusChange" h WHERE h."claimId" = c.id),
  'assignments', ${historyOnly ? "NULL" : `(SELECT json_agg(json_build_object(
      'id', a.id, 'reviewer', ${person('a."reviewerId"')}, 'assignedBy', ${person('a."assignedById"')}, 'state', a.state,
      'dueAt', ${iso('a."dueAt"')}, 'note', ${claimsOnly ? "NULL" : "a.note"}, 'createdAt', ${iso('a."createdAt"')}, 'closedAt', ${iso('a."closedAt"')}) ORDER BY a."createdAt", a.id)
    FROM "Assignment" a WHERE a."claimId" = c.id)`},
  'witnesses', (SELECT json_agg(v.after ORDER BY v."createdAt", v.id) FROM "AuditEvent" v
    WHERE v."entityType" = 'Claim' AND v."entityId" = c.id AND v.action IN (${historyActions})),
  'ratingLabel', (SELECT json_build_object('id', r.id, 'name', r.name, 'color', r.color, 'verdict', r.verdict,
      'ratingValue', r."ratingValue", 'retiredAt', ${iso('r."retiredAt"')}) FROM "RatingLabel" r WHERE r.id = c."ratingLabelId")
)::text AS doc
FROM "Claim" c`;
};
const STATEMENTS = { table: tableClaimsSql(undefined), claims: tableClaimsSql("claims"), history: tableClaimsSql("history") };

type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

interface ClaimDocument extends Stored<Omit<ReportClaim, "evidence" | "history" | "assignments" | "comments" | "auditEvents" | "verification" | "anchor" | "ratingLabel">> {
  anchorState: ReportAnchor["state"];
  anchorRevision: number;
  evidence: Stored<Omit<ReportEvidence, "snapshots">>[] | null;
  history: (Stored<Omit<ReportStatusChange, "citedEvidence">> & { citedEvidence: unknown; ratingLabel: string | null })[] | null;
  assignments: Stored<ReportAssignment>[] | null;
  witnesses: unknown[] | null;
  ratingLabel: Stored<ReportRatingLabel> | null;
}

function utc(value: string): Date {
  return new Date(value);
}
const utcOrNull = (value: string | null) => (value === null ? null : utc(value));

function reportClaim(doc: ClaimDocument): ReportClaim {
  const stored = doc.history ?? [];
  const rows = stored.map((change) => ({
    id: change.id,
    claimId: doc.id,
    seq: change.seq,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    actorId: change.actor.id,
    rationale: change.rationale,
    citedEvidence: parseCitedEvidence(change.citedEvidence),
    createdAt: utc(change.createdAt),
    prevHash: change.prevHash,
    hash: change.hash,
    kind: change.kind ?? "VERDICT",
    ratingLabel: change.ratingLabel,
  }));
  const witnesses = (doc.witnesses ?? []).map(witnessFromAudit).filter((witness): witness is RowWitness => witness !== null);
  const verdict = verifyClaimHistory({ claimId: doc.id, status: doc.status, rows, witnesses });
  const evidence: ReportEvidence[] = (doc.evidence ?? []).map((source) => ({
    ...source,
    publishedAt: utcOrNull(source.publishedAt),
    accessedAt: utc(source.accessedAt),
    removedAt: utcOrNull(source.removedAt),
    createdAt: utc(source.createdAt),
    linkCheckedAt: utcOrNull(source.linkCheckedAt),
    snapshots: [],
  }));
  const history: ReportStatusChange[] = rows.map((row, index) => ({
    id: row.id,
    seq: row.seq,
    fromStatus: stored[index].fromStatus,
    toStatus: stored[index].toStatus,
    actor: stored[index].actor,
    rationale: row.rationale,
    citedEvidence: row.citedEvidence,
    createdAt: row.createdAt,
    prevHash: row.prevHash,
    hash: row.hash,
    kind: stored[index].kind,
  }));
  return {
    id: doc.id,
    articleId: doc.articleId,
    ordinal: doc.ordinal,
    number: doc.number,
    claimant: doc.claimant,
    text: doc.text,
    originalText: doc.originalText,
    statement: doc.statement,
    start: doc.start,
    end: doc.end,
    prefix: doc.prefix,
    suffix: doc.suffix,
    status: doc.status,
    score: doc.score,
    createdAt: utc(doc.createdAt),
    updatedAt: utc(doc.updatedAt),
    deletedAt: utcOrNull(doc.deletedAt),
    evidence,
    history,
    assignments: (doc.assignments ?? []).map((assignment) => ({
      ...assignment,
      dueAt: utcOrNull(assignment.dueAt),
      createdAt: utc(assignment.createdAt),
      closedAt: utcOrNull(assignment.closedAt),
    })),
    comments: [],
    auditEvents: [],
    verification: { ok: verdict.ok, checked: rows.length, breaks: verdict.breaks },
    anchor: { state: doc.anchorState, revision: doc.anchorRevision, start: doc.start, end: doc.end },
    ratingLabel: doc.ratingLabel ? { ...doc.ratingLabel, retiredAt: utcOrNull(doc.ratingLabel.retiredAt) } : null,
  };
}

/**
 * The claims of these articles as CSV and ClaimReview show them, in reading order by article;
 * given `csv`, with only what that CSV file shows (the rest empty).
 */
export async function tableClaimsOf(articleIds: string[], options: { includeDeleted: boolean; csv?: CsvKind }): Promise<ReportClaim[]> {
  const rows = await db.$queryRaw<{ doc: string }[]>`
    ${Prisma.raw(STATEMENTS[options.csv ?? "table"])} WHERE c."articleId" = ANY(${articleIds}) ${options.includeDeleted ? Prisma.empty : Prisma.sql`AND c."deletedAt" IS NULL`}
    ORDER BY c."articleId", c.ordinal, c.id`;
  return rows.map((row) => reportClaim(JSON.parse(row.doc) as ClaimDocument));
}
