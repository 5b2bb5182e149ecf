// The JSON archive's claims for a chunk of articles (range-data.ts), written by PostgreSQL as the
// text JSON.stringify would write, instead of Prisma rows mapped to objects per table, joined in
// JS and serialised (claim-relations.ts): at 50,000 claims that mapping, its garbage and the
// serialising were most of the export's time (docs/performance.md, "The all-articles export").
//
// Most of a claim is never an object here: its columns, sources (with snapshots and people),
// assignments and comments come as compact JSON text, each string escaped by to_json (the same
// escapes as JSON.stringify), timestamps as Date#toJSON writes them, members in ReportClaim's
// order. What needs this process stays in it: the history is parsed, its hash chain checked
// (never taken from the database) and its citations read as parseCitedEvidence reads them; the
// audit events are parsed (they witness the history, and their stored JSON is written as
// JSON.stringify writes what JSON.parse gave, exactly as through Prisma); the score is a number
// here, since PostgreSQL writes small floats with an exponent where JavaScript does not.
// One article's archive keeps the object path (data.ts); tests/integration/reports-range-batched
// .test.ts holds the two to the same bytes.
import "server-only";
import { HISTORY_ACTIONS } from "@/lib/audit/events";
import { db, Prisma } from "@/lib/db/client";
import { parseCitedEvidence, verifyClaimHistory, type ChainRow } from "@/lib/history/chain";
import { witnessesByClaim } from "@/lib/history/data";
import { userSelect } from "./claim-relations";
import type { ReportUser, Status, Verification } from "./model";

// SQL building the JSON text of a value; NULL becomes null.
/** A text column as a JSON string. */
const str = (column: string) => `coalesce(to_json(${column})::text, 'null')`;
/** An integer (or enum, quoted) column. */
const int = (column: string) => `coalesce(${column}::text, 'null')`;
const enumeration = (column: string) => `coalesce('"' || ${column}::text || '"', 'null')`;
/** A timestamp(3) column as Date#toJSON writes it (UTC, milliseconds, "Z"). */
const time = (column: string) => `coalesce('"' || to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')`;
/** An object with these members in this order (each value SQL giving JSON text). */
const object = (members: [string, string][]) =>
  `concat('{', ${members.map(([key, value], index) => `'${index ? "," : ""}"${key}":', ${value}`).join(", ")}, '}')`;
/** A person as reports show one (claim-relations.ts's person(): a missing user is named by id only). */
const person = (idColumn: string) =>
  `coalesce((SELECT ${object([["id", str("u.id")], ["name", str("u.name")], ["email", str("u.email")]])} FROM "User" u WHERE u.id = ${idColumn}),
    ${object([["id", str(idColumn)], ["name", `'""'`], ["email", `'""'`]])})`;

const SNAPSHOTS = `concat('[', (SELECT string_agg(${object([
  ["fetchedAt", time('s."fetchedAt"')],
  ["httpStatus", int('s."httpStatus"')],
  ["sha256", str("s.sha256")],
  ["outcome", enumeration("s.outcome")],
  ["finalUrl", str('s."finalUrl"')],
  ["error", str("s.error")],
  ["origin", enumeration("s.origin")],
])}, ',' ORDER BY s."fetchedAt", s.id) FROM "SourceSnapshot" s WHERE s."evidenceId" = e.id), ']')`;

// Evidence's columns in Prisma's order less the ids and updatedAt, then the people and snapshots
// (claim-relations.ts spreads the row the same way).
const EVIDENCE = object([
  ["id", str("e.id")],
  ["url", str("e.url")],
  ["title", str("e.title")],
  ["publisher", str("e.publisher")],
  ["publishedAt", time('e."publishedAt"')],
  ["accessedAt", time('e."accessedAt"')],
  ["stance", enumeration("e.stance")],
  ["excerpt", str("e.excerpt")],
  ["note", str("e.note")],
  ["removedAt", time('e."removedAt"')],
  ["createdAt", time('e."createdAt"')],
  ["linkState", enumeration('e."linkState"')],
  ["linkCheckedAt", time('e."linkCheckedAt"')],
  ["addedBy", person('e."addedById"')],
  ["removedBy", `CASE WHEN e."removedById" IS NULL THEN 'null' ELSE ${person('e."removedById"')} END`],
  ["snapshots", SNAPSHOTS],
]);

const ASSIGNMENT = object([
  ["id", str("a.id")],
  ["reviewer", person('a."reviewerId"')],
  ["assignedBy", person('a."assignedById"')],
  ["state", enumeration("a.state")],
  ["dueAt", time('a."dueAt"')],
  ["note", str("a.note")],
  ["createdAt", time('a."createdAt"')],
  ["closedAt", time('a."closedAt"')],
]);

const COMMENT = object([
  ["id", str("m.id")],
  ["author", person('m."authorId"')],
  ["body", str("m.body")],
  ["createdAt", time('m."createdAt"')],
  ["deletedAt", time('m."deletedAt"')],
]);

const RATING_LABEL = object([
  ["id", str("r.id")],
  ["name", str("r.name")],
  ["color", str("r.color")],
  ["verdict", enumeration("r.verdict")],
  ["ratingValue", int('r."ratingValue"')],
  ["retiredAt", time('r."retiredAt"')],
]);

// A claim in pieces around what this process writes: head, then the score; middle, then the
// history; discussion, then the audit events and the verification; then the tail. Lists in the
// order claim-relations.ts reads them. The history comes as JSON to parse, the counts feed the
// article's summary.
const ARCHIVE_CLAIMS = `
SELECT c.id, c."articleId", c.status::text AS status, c."deletedAt" IS NOT NULL AS deleted,
  CASE WHEN c.score IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN NULL ELSE c.score END AS score,
  concat('{"id":', ${str("c.id")}, ',"articleId":', ${str('c."articleId"')}, ',"ordinal":', ${int("c.ordinal")},
    ',"number":', ${int("c.number")}, ',"claimant":', ${str("c.claimant")}, ',"text":', ${str("c.text")},
    ',"originalText":', ${str('c."originalText"')}, ',"statement":', ${str("c.statement")}, ',"start":', ${int("c.start")},
    ',"end":', ${int('c."end"')}, ',"prefix":', ${str("c.prefix")}, ',"suffix":', ${str("c.suffix")},
    ',"status":', ${enumeration("c.status")}, ',"score":') AS head,
  concat(',"createdAt":', ${time('c."createdAt"')}, ',"updatedAt":', ${time('c."updatedAt"')}, ',"deletedAt":', ${time('c."deletedAt"')},
    ',"evidence":[', ev.items, '],"history":') AS middle,
  ev.current::int AS evidence, ev.removed::int AS "removedEvidence",
  (SELECT json_agg(json_build_object('id', h.id, 'seq', h.seq, 'fromStatus', h."fromStatus", 'toStatus', h."toStatus",
      'actorId', h."actorId", 'rationale', h.rationale, 'citedEvidence', h."citedEvidence", 'createdAt', ${time('h."createdAt"')}::json,
      'prevHash', h."prevHash", 'hash', h.hash, 'kind', h.kind, 'ratingLabel', h."ratingLabel") ORDER BY h.seq)
    FROM "StatusChange" h WHERE h."claimId" = c.id)::text AS history,
  concat(',"assignments":[', (SELECT string_agg(${ASSIGNMENT}, ',' ORDER BY a."createdAt", a.id) FROM "Assignment" a WHERE a."claimId" = c.id),
    '],"comments":[', (SELECT string_agg(${COMMENT}, ',' ORDER BY m."createdAt", m.id) FROM "Comment" m WHERE m."claimId" = c.id),
    '],"auditEvents":') AS discussion,
  concat(',"anchor":{"state":', ${enumeration('c."anchorState"')}, ',"revision":', ${int('c."anchorRevision"')},
    ',"start":', ${int("c.start")}, ',"end":', ${int('c."end"')}, '},"ratingLabel":',
    coalesce((SELECT ${RATING_LABEL} FROM "RatingLabel" r WHERE r.id = c."ratingLabelId"), 'null'), '}') AS tail
FROM "Claim" c
CROSS JOIN LATERAL (
  SELECT string_agg(${EVIDENCE}, ',' ORDER BY e."createdAt", e.id) AS items,
    count(*) FILTER (WHERE e."removedAt" IS NULL) AS current, count(*) FILTER (WHERE e."removedAt" IS NOT NULL) AS removed
  FROM "Evidence" e WHERE e."claimId" = c.id) ev`;

// The events about the claims, their sources, assignments and comments (what claim-relations.ts
// reads), oldest first, each with the claim it belongs to: an id that names several entities
// goes to the last of claim, source, assignment, comment, as there. The ids go in as an array so
// that each is an index probe. Follows the caller's WITH chunk (the chunk's claim ids).
const ARCHIVE_EVENTS = `
entity AS MATERIALIZED (
  SELECT DISTINCT ON (id) id, "claimId" FROM (
    SELECT unnest(chunk.claims) AS id, unnest(chunk.claims) AS "claimId", 0 AS rank FROM chunk
    UNION ALL SELECT e.id, e."claimId", 1 FROM chunk, "Evidence" e WHERE e."claimId" = ANY(chunk.claims)
    UNION ALL SELECT a.id, a."claimId", 2 FROM chunk, "Assignment" a WHERE a."claimId" = ANY(chunk.claims)
    UNION ALL SELECT m.id, m."claimId", 3 FROM chunk, "Comment" m WHERE m."claimId" = ANY(chunk.claims)) named
  ORDER BY id, rank DESC)
SELECT entity."claimId", json_build_object(
  'id', v.id, 'action', v.action, 'entityType', v."entityType", 'entityId', v."entityId", 'before', v.before,
  'after', v.after, 'createdAt', ${time('v."createdAt"')}::json, 'actor', v."actorId")::text AS doc
FROM "AuditEvent" v JOIN entity ON entity.id = v."entityId"
WHERE v."entityType" IN ('Claim', 'Evidence', 'Assignment', 'Comment') AND v."entityId" = ANY(ARRAY(SELECT id FROM entity))
ORDER BY v."createdAt", v.id`;

interface ClaimRow {
  id: string;
  articleId: string;
  status: Status;
  deleted: boolean;
  score: number | null;
  head: string;
  middle: string;
  evidence: number;
  removedEvidence: number;
  history: string | null;
  discussion: string;
  tail: string;
}

/** A status change as PostgreSQL wrote it: the chain's row, the person by id. */
interface HistoryDocument {
  id: string;
  seq: number;
  fromStatus: string;
  toStatus: string;
  actorId: string;
  rationale: string;
  citedEvidence: unknown;
  createdAt: string;
  prevHash: string | null;
  hash: string;
  kind: string;
  ratingLabel: string | null;
}

/** An audit event as PostgreSQL wrote it, the person by id (null when none). */
interface EventDocument {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
  actor: string | null;
}

/** One claim of the archive: its JSON as the archive writes it, and what the article's summary and verification need. */
export interface ArchiveClaim {
  id: string;
  articleId: string;
  status: Status;
  deleted: boolean;
  /** Its sources, current and removed, and its status changes. */
  evidence: number;
  removedEvidence: number;
  statusChanges: number;
  verification: Verification;
  json: string;
}

const historyActions: readonly string[] = HISTORY_ACTIONS;

/** The claim's JSON, its history checked and written with its events as the object path writes them. */
function archiveClaim(row: ClaimRow, stored: HistoryDocument[], events: EventDocument[], person: (id: string) => ReportUser): ArchiveClaim {
  const rows: ChainRow[] = stored.map((change) => ({ ...change, claimId: row.id, citedEvidence: parseCitedEvidence(change.citedEvidence) }));
  // ReportStatusChange's members, in its order (claim-relations.ts).
  const history = rows.map((change) => ({
    id: change.id,
    seq: change.seq,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    actor: person(change.actorId),
    rationale: change.rationale,
    citedEvidence: change.citedEvidence,
    createdAt: change.createdAt,
    prevHash: change.prevHash,
    hash: change.hash,
    kind: change.kind,
  }));
  const auditEvents = events.map((event) => ({ ...event, actor: event.actor === null ? null : person(event.actor) }));
  const witnesses = witnessesByClaim(events.filter((event) => event.entityType === "Claim" && historyActions.includes(event.action)));
  const verdict = verifyClaimHistory({ claimId: row.id, status: row.status, rows, witnesses: witnesses.get(row.id) });
  const verification = { ok: verdict.ok, checked: rows.length, breaks: verdict.breaks };
  return {
    id: row.id,
    articleId: row.articleId,
    status: row.status,
    deleted: row.deleted,
    evidence: row.evidence,
    removedEvidence: row.removedEvidence,
    statusChanges: rows.length,
    verification,
    json:
      row.head +
      JSON.stringify(row.score) +
      row.middle +
      JSON.stringify(history) +
      row.discussion +
      JSON.stringify(auditEvents) +
      ',"verification":' +
      JSON.stringify(verification) +
      row.tail,
  };
}

/** Every claim of these articles, deleted ones too (the archive keeps them), in reading order by article. */
export async function archiveClaimsOf(articleIds: string[]): Promise<ArchiveClaim[]> {
  // Two statements side by side: the database may work on both at once.
  const [claimRows, eventRows] = await Promise.all([
    db.$queryRaw<ClaimRow[]>`${Prisma.raw(ARCHIVE_CLAIMS)} WHERE c."articleId" = ANY(${articleIds}) ORDER BY c."articleId", c.ordinal, c.id`,
    db.$queryRaw<{ claimId: string; doc: string }[]>`
      WITH chunk AS MATERIALIZED (SELECT ARRAY(SELECT c.id FROM "Claim" c WHERE c."articleId" = ANY(${articleIds})) AS claims),
      ${Prisma.raw(ARCHIVE_EVENTS)}`,
  ]);
  const eventsOf = new Map<string, EventDocument[]>();
  const people = new Set<string>();
  for (const row of eventRows) {
    const event = JSON.parse(row.doc) as EventDocument;
    if (event.actor !== null) people.add(event.actor);
    const list = eventsOf.get(row.claimId);
    if (list) list.push(event);
    else eventsOf.set(row.claimId, [event]);
  }
  const histories = claimRows.map((row) => (row.history ? (JSON.parse(row.history) as HistoryDocument[]) : []));
  for (const history of histories) for (const change of history) people.add(change.actorId);
  const ids = [...people];
  const users = new Map((ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: userSelect }) : []).map((user) => [user.id, user]));
  // As claim-relations.ts's person(): someone no longer there is named by id only.
  const person = (id: string): ReportUser => users.get(id) ?? { id, name: "", email: "" };
  return claimRows.map((row, index) => archiveClaim(row, histories[index], eventsOf.get(row.id) ?? [], person));
}

