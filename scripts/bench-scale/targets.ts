// What the benchmark times: every page and API call of issue 11, each as an HTTP request to the
// running production server, beside its floor: the minimal SQL that returns the same data, run
// over one pg connection with the same indexes. Floors adapt to the schema (a maintained summary
// or search column is used when the schema has one), so "app ÷ floor" compares like with like.
import type pg from "pg";
import { SEARCH_WORD } from "./text";
import type { Call } from "./measure";

export type Kind = "page" | "api" | "write" | "export" | "import";

export interface Target {
  name: string;
  kind: Kind;
  call: Call;
  floor: Call;
  /** Sequential requests (default: the run's --requests). */
  requests?: number;
  /** Concurrent clients' total requests; 0 skips the concurrent run. */
  concurrentRequests?: number;
}

export interface Fixtures {
  baseUrl: string;
  editorCookie: string;
  reviewerCookie: string;
  editorToken: string;
  reviewerToken: string;
  reviewerId: string;
  editorId: string;
  largeArticleId: string;
  smallArticleId: string;
  /** A claim with sources and a verdict, assigned to the reviewer above. */
  claimId: string;
  /** Assigned, not yet reviewed claims with their versions: sources are added to these. */
  evidenceClaims: { id: string; version: number }[];
  /** Other such claims, one per verdict request. */
  verdictClaims: { id: string; version: number }[];
  /** Claims without an open assignment, one per assign request. */
  unassignedClaims: string[];
  rangeFrom: string;
  rangeTo: string;
  importBodies: () => string;
  schema: { summary: boolean; searchVector: boolean };
}

async function get(f: Fixtures, path: string, auth: { cookie?: string; token?: string }) {
  const response = await fetch(f.baseUrl + path, {
    headers: auth.token ? { authorization: `Bearer ${auth.token}` } : { cookie: auth.cookie ?? "" },
    redirect: "manual",
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${Buffer.from(body).toString("utf8").slice(0, 300)}`);
}

async function post(f: Fixtures, path: string, token: string, json: unknown, expected = 201) {
  const response = await fetch(f.baseUrl + path, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(json),
  });
  const text = await response.text();
  if (response.status !== expected && response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
}

const q = (client: pg.ClientBase, sql: string, values: unknown[] = []) => client.query(sql, values);

/** The list page's rows for a set of article ids: status counts, open/overdue, last activity. */
async function listRowsFloor(db: pg.ClientBase, f: Fixtures, ids: string[]) {
  if (!f.schema.summary) {
    await q(db, `SELECT "articleId", status, count(*) FROM "Claim" WHERE "articleId" = ANY($1) AND "deletedAt" IS NULL GROUP BY 1, 2`, [ids]);
    await q(db, `SELECT max(e."createdAt") FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = ANY($1) GROUP BY e."entityId"`, [ids]);
  }
  await q(db, `SELECT c."articleId", count(*), count(*) FILTER (WHERE s."dueAt" < now()) FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId"
    WHERE c."articleId" = ANY($1) AND s.state = 'OPEN' AND c."deletedAt" IS NULL GROUP BY 1`, [ids]);
}

async function listFloor(db: pg.ClientBase, f: Fixtures, where: string, order: string, values: unknown[] = []) {
  const columns = f.schema.summary ? `, s.*` : "";
  const join = f.schema.summary ? `LEFT JOIN "ArticleSummary" s ON s."articleId" = a.id` : "";
  const { rows } = await q(db, `SELECT a.id, a.title, a.publisher, a."publishedAt", a."createdAt", a."finalizedAt", u.name${columns}
    FROM "Article" a JOIN "User" u ON u.id = a."importedById" ${join} ${where} ORDER BY ${order} LIMIT 50`, values);
  await listRowsFloor(db, f, rows.map((row) => row.id));
  await q(db, `SELECT count(*) FROM "Article" a ${join} ${where}`, values);
}

function searchWhere(f: Fixtures) {
  if (f.schema.searchVector) {
    return `WHERE a."searchVector" @@ websearch_to_tsquery('english', $1)
      OR a.id IN (SELECT c."articleId" FROM "Claim" c WHERE c."searchVector" @@ websearch_to_tsquery('english', $1) AND c."deletedAt" IS NULL)
      OR a.id IN (SELECT c."articleId" FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE e."searchVector" @@ websearch_to_tsquery('english', $1) AND e."removedAt" IS NULL AND c."deletedAt" IS NULL)`;
  }
  return `WHERE to_tsvector('english', a.title) @@ websearch_to_tsquery('english', $1)
    OR a.id IN (SELECT c."articleId" FROM "Claim" c WHERE to_tsvector('english', c.text) @@ websearch_to_tsquery('english', $1) AND c."deletedAt" IS NULL)
    OR a.id IN (SELECT c."articleId" FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
      WHERE to_tsvector('english', concat_ws(' ', e.title, e.publisher, e.excerpt, e.note)) @@ websearch_to_tsquery('english', $1) AND e."removedAt" IS NULL AND c."deletedAt" IS NULL)`;
}

async function articleClaimsFloor(db: pg.ClientBase, articleId: string) {
  await q(db, `SELECT id, title, body, "finalizedAt" FROM "Article" WHERE id = $1`, [articleId]);
  await q(db, `SELECT c.*, (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id AND e."removedAt" IS NULL) AS sources,
      s."dueAt", u.name FROM "Claim" c LEFT JOIN "Assignment" s ON s."claimId" = c.id AND s.state = 'OPEN' LEFT JOIN "User" u ON u.id = s."reviewerId"
    WHERE c."articleId" = $1 AND c."deletedAt" IS NULL ORDER BY c.ordinal`, [articleId]);
}

async function claimFloor(db: pg.ClientBase, claimId: string) {
  await q(db, `SELECT c.*, a.title, a.body, a."finalizedAt" FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE c.id = $1`, [claimId]);
  await q(db, `SELECT * FROM "Evidence" WHERE "claimId" = $1 ORDER BY "createdAt"`, [claimId]);
  await q(db, `SELECT s.*, u.name FROM "Assignment" s JOIN "User" u ON u.id = s."reviewerId" WHERE s."claimId" = $1 AND s.state <> 'CANCELLED' ORDER BY s."createdAt" DESC LIMIT 1`, [claimId]);
  await q(db, `SELECT h.*, u.name FROM "StatusChange" h JOIN "User" u ON u.id = h."actorId" WHERE h."claimId" = $1 ORDER BY seq`, [claimId]);
  await q(db, `SELECT * FROM "Comment" WHERE "claimId" = $1 AND "deletedAt" IS NULL ORDER BY "createdAt"`, [claimId]);
}

async function queueFloor(db: pg.ClientBase, reviewerId: string) {
  await q(db, `SELECT s.id, s."dueAt", s.note, s."createdAt", c.id, c.text, c.status, c.number, c.version, a.id, a.title, u.name
    FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId" JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = s."assignedById"
    WHERE s."reviewerId" = $1 AND s.state = 'OPEN' AND c."deletedAt" IS NULL ORDER BY s."dueAt" NULLS LAST, s."createdAt"`, [reviewerId]);
}

/** A write's floor: its transaction with the statements it cannot do without. */
async function writeFloor(db: pg.ClientBase, claimId: string, statement: string, values: unknown[]) {
  await q(db, "BEGIN");
  try {
    await q(db, `SELECT id FROM "Claim" WHERE id = $1 FOR UPDATE`, [claimId]);
    await q(db, `UPDATE "Claim" SET version = version WHERE id = $1`, [claimId]);
    await q(db, statement, values);
    await q(db, `INSERT INTO "AuditEvent" (id, action, "entityType", "entityId", "createdAt") VALUES ('floor' || md5(random()::text), 'floor', 'Floor', $1, now())`, [claimId]);
  } finally {
    await q(db, "ROLLBACK");
  }
}

/** A report's floor (PDF and CSV): the claims with their sources, history and assignments, and the articles' events. */
export async function reportFloor(db: pg.ClientBase, articleIds: string[]) {
  await q(db, `SELECT c.*, (SELECT json_agg(e) FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
      (SELECT json_agg(h ORDER BY h.seq) FROM "StatusChange" h WHERE h."claimId" = c.id) AS history,
      (SELECT json_agg(s) FROM "Assignment" s WHERE s."claimId" = c.id) AS assignments
    FROM "Claim" c WHERE c."articleId" = ANY($1) ORDER BY c."articleId", c.ordinal`, [articleIds]);
  await q(db, `SELECT e.* FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = ANY($1)`, [articleIds]);
}

// The rows of the archive's claims, sources, assignments and comments, for the floors below.
const ARCHIVE_CLAIMS = `SELECT c.id FROM "Claim" c WHERE c."articleId" = ANY($1)`;
const ARCHIVE_EVIDENCE = `SELECT e.id FROM "Evidence" e WHERE e."claimId" IN (${ARCHIVE_CLAIMS})`;

/**
 * The JSON archive's floor: the rows the archive holds, read flat, one statement per table, by
 * the indexes the export uses. The articles (their text included) and their events; every claim,
 * deleted ones too, with its sources and their snapshots, its status changes, assignments and
 * comments; the events of the claims, sources, assignments and comments; the people and the
 * rating labels. reportFloor, this file's floor for every export until the seventh pass, reads
 * neither the articles, the snapshots, the comments, the people nor the claims' events (about
 * 20 MB of stored JSON at 50,000 claims): it did not return the same data.
 */
export async function archiveFloor(db: pg.ClientBase, articleIds: string[]) {
  const values = [articleIds];
  await q(db, `SELECT a.* FROM "Article" a WHERE a.id = ANY($1)`, values);
  await q(db, `SELECT e.* FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = ANY($1)`, values);
  await q(db, `SELECT c.* FROM "Claim" c WHERE c."articleId" = ANY($1) ORDER BY c."articleId", c.ordinal, c.id`, values);
  await q(db, `SELECT e.* FROM "Evidence" e WHERE e."claimId" IN (${ARCHIVE_CLAIMS})`, values);
  await q(db, `SELECT s.* FROM "SourceSnapshot" s WHERE s."evidenceId" IN (${ARCHIVE_EVIDENCE})`, values);
  await q(db, `SELECT h.* FROM "StatusChange" h WHERE h."claimId" IN (${ARCHIVE_CLAIMS}) ORDER BY h."claimId", h.seq`, values);
  await q(db, `SELECT s.* FROM "Assignment" s WHERE s."claimId" IN (${ARCHIVE_CLAIMS})`, values);
  await q(db, `SELECT m.* FROM "Comment" m WHERE m."claimId" IN (${ARCHIVE_CLAIMS})`, values);
  await q(
    db,
    `SELECT v.* FROM "AuditEvent" v WHERE v."entityType" IN ('Claim', 'Evidence', 'Assignment', 'Comment') AND v."entityId" = ANY(ARRAY(
      ${ARCHIVE_CLAIMS} UNION ALL ${ARCHIVE_EVIDENCE}
      UNION ALL SELECT s.id FROM "Assignment" s WHERE s."claimId" IN (${ARCHIVE_CLAIMS})
      UNION ALL SELECT m.id FROM "Comment" m WHERE m."claimId" IN (${ARCHIVE_CLAIMS})))`,
    values,
  );
  await q(db, `SELECT u.id, u.name, u.email FROM "User" u`);
  await q(db, `SELECT r.* FROM "RatingLabel" r`);
}

export function targets(f: Fixtures, db: pg.ClientBase): Target[] {
  const editor = { cookie: f.editorCookie };
  const reviewer = { cookie: f.reviewerCookie };
  let evidenceIndex = 0;
  let verdictIndex = 0;
  const floorClaim = f.evidenceClaims[0].id;
  let assignIndex = 0;
  const range = `from=${f.rangeFrom}&to=${f.rangeTo}`;
  const orderByActivity = f.schema.summary ? `s."lastActivityAt" DESC NULLS LAST, a.id` : `a."updatedAt" DESC, a.id`;
  return [
    {
      name: "articles list, first page",
      kind: "page",
      call: () => get(f, "/articles", editor),
      floor: () => listFloor(db, f, "", `a."createdAt" DESC, a.id`),
    },
    {
      name: "articles list, sorted by last activity",
      kind: "page",
      call: () => get(f, "/articles?sort=activity", editor),
      floor: () => listFloor(db, f, "", orderByActivity),
    },
    {
      name: "articles list, status + overdue filter",
      kind: "page",
      call: () => get(f, "/articles?status=PENDING&overdue=1", editor),
      floor: () =>
        listFloor(db, f, `WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND c.status = 'PENDING')
          AND EXISTS (SELECT 1 FROM "Assignment" s JOIN "Claim" c ON c.id = s."claimId" WHERE c."articleId" = a.id AND c."deletedAt" IS NULL AND s.state = 'OPEN' AND s."dueAt" < now())`, `a."createdAt" DESC, a.id`),
    },
    {
      name: "articles search over claim text",
      kind: "page",
      call: () => get(f, `/articles?q=${SEARCH_WORD}`, editor),
      floor: () => listFloor(db, f, searchWhere(f), `a."createdAt" DESC, a.id`, [SEARCH_WORD]),
    },
    {
      name: "article dashboard, 250 claims",
      kind: "page",
      call: () => get(f, `/articles/${f.largeArticleId}/dashboard`, editor),
      floor: async () => {
        await articleClaimsFloor(db, f.largeArticleId);
        await q(db, `SELECT e.* FROM "AuditEvent" e WHERE e."entityType" = 'Article' AND e."entityId" = $1 ORDER BY "createdAt" DESC LIMIT 25`, [f.largeArticleId]);
      },
    },
    {
      name: "article page, 250 claims",
      kind: "page",
      call: () => get(f, `/articles/${f.largeArticleId}`, editor),
      floor: () => articleClaimsFloor(db, f.largeArticleId),
    },
    {
      name: "article page, 25 claims",
      kind: "page",
      call: () => get(f, `/articles/${f.smallArticleId}`, editor),
      floor: () => articleClaimsFloor(db, f.smallArticleId),
    },
    {
      name: "reviewer queue page",
      kind: "page",
      call: () => get(f, "/queue", reviewer),
      floor: () => queueFloor(db, f.reviewerId),
    },
    {
      name: "claim page",
      kind: "page",
      call: () => get(f, `/claims/${f.claimId}`, reviewer),
      floor: () => claimFloor(db, f.claimId),
    },
    {
      name: "API: claim",
      kind: "api",
      call: () => get(f, `/api/v1/claims/${f.claimId}`, { token: f.reviewerToken }),
      floor: () => claimFloor(db, f.claimId),
    },
    {
      name: "API: my queue",
      kind: "api",
      call: () => get(f, "/api/v1/me/queue", { token: f.reviewerToken }),
      floor: () => queueFloor(db, f.reviewerId),
    },
    {
      name: "write: add evidence",
      kind: "write",
      call: async () => {
        const claim = f.evidenceClaims[evidenceIndex++ % f.evidenceClaims.length];
        await post(f, `/api/v1/claims/${claim.id}/evidence`, f.editorToken, {
          url: `https://bench.example/${claim.id}/${claim.version}`,
          title: "A source added by the benchmark",
          stance: "CONTEXT",
          version: claim.version,
        });
        claim.version++;
      },
      floor: () => writeFloor(db, floorClaim, `INSERT INTO "Evidence" (id, "claimId", url, title, stance, "addedById", "updatedAt") VALUES ('floor' || md5(random()::text), $1, 'https://x.example', 't', 'CONTEXT', $2, now())`, [floorClaim, f.editorId]),
    },
    {
      name: "write: verdict",
      kind: "write",
      call: async () => {
        const claim = f.verdictClaims[verdictIndex++];
        if (!claim) throw new Error("The benchmark ran out of pending claims for verdicts.");
        await post(f, `/api/v1/claims/${claim.id}/verdict`, f.editorToken, {
          status: "UNVERIFIED",
          rationale: "Checked by the benchmark; nothing confirms or refutes it.",
          version: claim.version,
        }, 200);
      },
      floor: () => writeFloor(db, floorClaim, `INSERT INTO "StatusChange" (id, "claimId", seq, "fromStatus", "toStatus", "actorId", rationale, hash) VALUES ('floor' || md5(random()::text), $1, 100000, 'PENDING', 'UNVERIFIED', $2, 'r', 'h')`, [floorClaim, f.editorId]),
    },
    {
      name: "write: assign",
      kind: "write",
      call: async () => {
        const claimId = f.unassignedClaims[assignIndex++ % f.unassignedClaims.length];
        await post(f, `/api/v1/claims/${claimId}/assignments`, f.editorToken, { reviewerId: f.reviewerId, dueAt: null });
      },
      floor: () => writeFloor(db, floorClaim, `INSERT INTO "Assignment" (id, "claimId", "reviewerId", "assignedById", "updatedAt") VALUES ('floor' || md5(random()::text), $1, $2, $2, now())`, [floorClaim, f.reviewerId]),
    },
    {
      name: "export: one article's PDF (250 claims)",
      kind: "export",
      requests: 5,
      concurrentRequests: 0,
      call: () => get(f, `/api/v1/articles/${f.largeArticleId}/report?format=pdf`, { token: f.editorToken }),
      floor: () => reportFloor(db, [f.largeArticleId]),
    },
    {
      name: "export: all articles, JSON",
      kind: "export",
      requests: 1,
      concurrentRequests: 0,
      call: () => get(f, `/api/v1/reports?${range}&format=json`, { token: f.editorToken }),
      floor: async () => archiveFloor(db, (await q(db, `SELECT id FROM "Article"`)).rows.map((row) => row.id)),
    },
    {
      name: "export: all articles, CSV",
      kind: "export",
      requests: 1,
      concurrentRequests: 0,
      call: () => get(f, `/api/v1/reports?${range}&format=csv`, { token: f.editorToken }),
      floor: async () => reportFloor(db, (await q(db, `SELECT id FROM "Article"`)).rows.map((row) => row.id)),
    },
    {
      name: "import: 20,000 words",
      kind: "import",
      requests: 3,
      concurrentRequests: 0,
      call: () => post(f, "/api/v1/articles", f.editorToken, { title: "Benchmark import", body: f.importBodies() }),
      floor: async () => {
        await q(db, "BEGIN");
        try {
          await q(db, `INSERT INTO "Article" (id, title, body, "bodySha256", "importedById", "updatedAt") VALUES ('floor1', 't', 'b', md5(random()::text), $1, now())`, [f.editorId]);
          await q(db, `INSERT INTO "Claim" (id, "articleId", text, "originalText", statement, start, "end", prefix, suffix, ordinal, number, "updatedAt")
            SELECT 'floorc' || g, 'floor1', repeat('x', 150), repeat('x', 150), repeat('x', 150), g, g + 1, '', '', g, g + 1, now() FROM generate_series(0, 799) g`);
        } finally {
          await q(db, "ROLLBACK");
        }
      },
    },
  ];
}
