// Seeds the benchmark's throwaway database to a given size, in steps (5,000 claims, then
// 50,000). Rows without a hash chain (users, articles, claims, assignments, sources and their
// audit events) are written in bulk with SQL, with the same columns and audit payloads the app's
// own writes produce; verdicts, whose StatusChange rows form the hash chain, go through the app's
// own write path (lib/verdicts setVerdict → the claim-write kernel), so the chain is the app's.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { setVerdict } from "@/lib/verdicts/mutations";
import { articleText, randomSource, vocabulary, type Random } from "./text";

export const REVIEWERS = 40;
/** Articles with this many claims feed the "250 claims" page timings. */
export const LARGE_ARTICLE_CLAIMS = 250;
const LARGE_ARTICLES = 4;

export interface SeedShape {
  claims: number;
  articles: number;
  assignedShare: number;
  evidenceShare: number;
  verdictShare: number;
}

export interface SeedState {
  random: Random;
  words: string[];
  editorId: string;
  reviewerIds: string[];
  articles: number;
  claims: number;
  verdicts: number;
  largeArticleIds: string[];
}

export const newId = () => `b${randomBytes(12).toString("hex")}`;
const DAY = 86_400_000;

/** Inserts rows through unnest() in chunks: one statement per few thousand rows. */
async function insertRows(client: pg.PoolClient, table: string, columns: [string, string][], rows: unknown[][]) {
  const CHUNK = 4000;
  for (let offset = 0; offset < rows.length; offset += CHUNK) {
    const chunk = rows.slice(offset, offset + CHUNK);
    const arrays = columns.map((_, i) => chunk.map((row) => row[i]));
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    const casts = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${casts})`, arrays);
    // Fresh statistics after each chunk (the transaction's own rows count): the schema's summary
    // triggers recount each touched article, and on a table the planner believes empty or small
    // they scan it whole per article (a minute and more per chunk at 50,000 claims).
    await client.query(`ANALYZE "${table}"`);
  }
}

export async function seedUsers(pool: pg.Pool): Promise<SeedState> {
  const random = randomSource(20261201);
  const editorId = newId();
  const reviewerIds = Array.from({ length: REVIEWERS }, newId);
  const client = await pool.connect();
  try {
    const now = new Date();
    await insertRows(
      client,
      "User",
      [["id", "text"], ["email", "text"], ["name", "text"], ["role", '"Role"'], ["updatedAt", "timestamp"]],
      [
        [editorId, "bench-editor@claimledger.local", "Bench Editor", "EDITOR", now],
        ...reviewerIds.map((id, i) => [id, `bench-reviewer${i}@claimledger.local`, `Reviewer ${String(i).padStart(2, "0")}`, "REVIEWER", now]),
      ],
    );
  } finally {
    client.release();
  }
  return { random, words: vocabulary(random), editorId, reviewerIds, articles: 0, claims: 0, verdicts: 0, largeArticleIds: [] };
}

type VerdictPlan = { claimId: string; reviewerId: string; status: "CORROBORATED" | "DISPUTED" | "UNVERIFIED"; version: number };

/** Adds articles until the database holds `shape.claims` claims; returns the verdicts to record. */
async function seedRows(pool: pg.Pool, state: SeedState, shape: SeedShape): Promise<VerdictPlan[]> {
  const { random, words } = state;
  const claimsPerArticle = shape.claims / shape.articles;
  const articles: unknown[][] = [];
  const claims: unknown[][] = [];
  const assignments: unknown[][] = [];
  const evidence: unknown[][] = [];
  const audit: unknown[][] = [];
  const plans: VerdictPlan[] = [];
  const now = Date.now();

  while (state.claims < shape.claims) {
    const index = state.articles++;
    const large = state.largeArticleIds.length < LARGE_ARTICLES;
    const count = Math.min(shape.claims - state.claims, large ? LARGE_ARTICLE_CLAIMS : Math.max(1, Math.round(claimsPerArticle * (0.5 + random.next()))));
    const text = articleText(random, words, index, count);
    const articleId = newId();
    if (large) state.largeArticleIds.push(articleId);
    // Imported over the last two years, oldest first.
    const createdAt = new Date(now - 730 * DAY + (index / Math.max(shape.articles, 1)) * 700 * DAY + random.int(DAY));
    articles.push([articleId, text.title, "Bench Wire", `https://news.example/${index}`, createdAt, text.body, text.bodySha256, state.editorId, count + 1, createdAt, createdAt]);
    audit.push([newId(), state.editorId, "article.imported", "Article", articleId, null, JSON.stringify({ title: text.title, bodySha256: text.bodySha256, claims: count }), createdAt]);
    text.claims.forEach((claim, ordinal) => {
      const claimId = newId();
      state.claims++;
      let version = 1;
      const assigned = random.chance(shape.assignedShare);
      const reviewerId = random.pick(state.reviewerIds);
      if (assigned) {
        const assignmentId = newId();
        const at = new Date(createdAt.getTime() + random.int(5 * DAY));
        const dueAt = random.chance(0.2) ? null : new Date(at.getTime() + (random.int(30) - 5) * DAY);
        assignments.push([assignmentId, claimId, reviewerId, state.editorId, dueAt, "OPEN", at, at]);
        audit.push([newId(), state.editorId, "assignment.created", "Assignment", assignmentId, null,
          JSON.stringify({ id: assignmentId, claimId, reviewerId, assignedById: state.editorId, dueAt: dueAt?.toISOString() ?? null, note: null, state: "OPEN", closedAt: null, createdAt: at.toISOString() }), at]);
      }
      // Among assigned claims: some get sources, and some of those (and some without) a verdict.
      let verdict: VerdictPlan["status"] | null = null;
      if (assigned && random.chance(shape.evidenceShare / shape.assignedShare)) {
        verdict = random.chance(shape.verdictShare / shape.evidenceShare) ? random.pick(["CORROBORATED", "DISPUTED", "UNVERIFIED"] as const) : null;
        const stances = verdict === "CORROBORATED" ? ["SUPPORTS"] : verdict === "DISPUTED" ? ["REFUTES", "CONTEXT"] : [random.pick(["SUPPORTS", "REFUTES", "CONTEXT"])];
        for (const [n, stance] of stances.entries()) {
          const evidenceId = newId();
          const at = new Date(createdAt.getTime() + (6 + n) * DAY);
          const url = `https://source.example/${claimId}/${n}`;
          const title = `Source on ${random.pick(words)} ${random.pick(words)}`;
          evidence.push([evidenceId, claimId, url, title, "Bench Agency", stance, reviewerId, at, at, at]);
          version++;
          audit.push([newId(), reviewerId, "evidence.added", "Evidence", evidenceId, null,
            JSON.stringify({ id: evidenceId, claimId, url, title, publisher: "Bench Agency", publishedAt: null, accessedAt: at.toISOString(), stance, excerpt: null, note: null, addedById: reviewerId, removedAt: null, removedById: null, createdAt: at.toISOString(), claimVersion: version }), at]);
        }
      }
      if (verdict) plans.push({ claimId, reviewerId, status: verdict, version });
      claims.push([claimId, articleId, claim.text, claim.text, claim.text, claim.start, claim.end, claim.prefix, claim.suffix, ordinal, ordinal + 1, claim.claimant, version, 0.5 + random.next() / 2, state.editorId, createdAt, createdAt]);
    });
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await insertRows(client, "Article", [["id", "text"], ["title", "text"], ["publisher", "text"], ["url", "text"], ["publishedAt", "timestamp"], ["body", "text"], ["bodySha256", "text"], ["importedById", "text"], ["nextClaimNumber", "int"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], articles);
    await insertRows(client, "Claim", [["id", "text"], ["articleId", "text"], ["text", "text"], ["originalText", "text"], ["statement", "text"], ["start", "int"], ["end", "int"], ["prefix", "text"], ["suffix", "text"], ["ordinal", "int"], ["number", "int"], ["claimant", "text"], ["version", "int"], ["score", "float8"], ["createdById", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], claims);
    await insertRows(client, "Assignment", [["id", "text"], ["claimId", "text"], ["reviewerId", "text"], ["assignedById", "text"], ["dueAt", "timestamp"], ["state", '"AssignmentState"'], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], assignments);
    await insertRows(client, "Evidence", [["id", "text"], ["claimId", "text"], ["url", "text"], ["title", "text"], ["publisher", "text"], ["stance", '"Stance"'], ["addedById", "text"], ["accessedAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], evidence);
    await insertRows(client, "AuditEvent", [["id", "text"], ["actorId", "text"], ["action", "text"], ["entityType", "text"], ["entityId", "text"], ["before", "jsonb"], ["after", "jsonb"], ["createdAt", "timestamp"]], audit);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return plans;
}

/**
 * Recomputes whatever per-article summary the schema keeps, from the rows, after bulk loading
 * (the app maintains it on each write; bulk SQL bypasses the app). A no-op on a schema without one.
 */
async function refreshSummaries(pool: pg.Pool) {
  const { rows } = await pool.query(`SELECT to_regproc('claimledger_refresh_article_summary') IS NOT NULL AS present`);
  if (!rows[0].present) return;
  // Statistics first: on tables just bulk-loaded the planner believes them empty and recounts
  // every article by scanning whole tables (minutes instead of seconds at 50,000 claims).
  await pool.query("ANALYZE");
  await pool.query(`SELECT claimledger_refresh_article_summary(NULL)`);
}

/** Records the planned verdicts through the app, `parallel` at a time. */
async function recordVerdicts(plans: VerdictPlan[], parallel: number) {
  let next = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++];
      await setVerdict({ id: plan.reviewerId, role: "REVIEWER", active: true }, plan.claimId, {
        status: plan.status,
        rationale: "Checked against the cited sources for the scale benchmark.",
        version: plan.version,
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Grows the database to `shape.claims` claims; returns how long seeding and the verdicts took. */
export async function seedTo(pool: pg.Pool, state: SeedState, shape: SeedShape, log: (line: string) => void) {
  const started = performance.now();
  const plans = await seedRows(pool, state, shape);
  await refreshSummaries(pool);
  const bulkMs = performance.now() - started;
  log(`  bulk rows: ${state.articles} articles, ${state.claims} claims in ${(bulkMs / 1000).toFixed(1)} s; recording ${plans.length} verdicts through the app …`);
  const verdictStart = performance.now();
  await recordVerdicts(plans, 4);
  state.verdicts += plans.length;
  await pool.query("VACUUM ANALYZE");
  return { bulkMs, verdictMs: performance.now() - verdictStart, verdicts: plans.length };
}
