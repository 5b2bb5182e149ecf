// API rate limits: each caller (an API token, or a signed-in user's browser session) and each
// client address may make a number of API requests per minute. Counted in PostgreSQL, in fixed
// one-minute windows (one upsert of every key per request), so the limits hold across every app
// instance on the database. Over a limit the API answers 429 with Retry-After (lib/http/api.ts).
// Limits are documented in docs/api.md and set with CLAIMLEDGER_API_RATE_LIMIT (per caller) and
// CLAIMLEDGER_API_ADDRESS_RATE_LIMIT (per address), requests per minute.
import { db, Prisma } from "@/lib/db/client";

export const WINDOW_MS = 60_000;
export const DEFAULT_CALLER_LIMIT = 600;
export const DEFAULT_ADDRESS_LIMIT = 1_200;
/** Windows older than this are deleted, now and then, by whichever request notices. */
const KEEP_MS = 60 * 60_000;
const PRUNE_EVERY_MS = 5 * 60_000;

function limitFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function rateLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    caller: limitFrom(env.CLAIMLEDGER_API_RATE_LIMIT, DEFAULT_CALLER_LIMIT),
    address: limitFrom(env.CLAIMLEDGER_API_ADDRESS_RATE_LIMIT, DEFAULT_ADDRESS_LIMIT),
  };
}

export interface RateCheck {
  allowed: boolean;
  /** The tightest limit that applies, and what is left of it in this window. */
  limit: number;
  remaining: number;
  /** Seconds until the window ends (Retry-After when not allowed). */
  resetSeconds: number;
}

let lastPrune = 0;

async function pruneOldWindows(now: number) {
  if (now - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now;
  await db.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now - KEEP_MS) } } });
}

/** Counts one request against each key ([key, limit] pairs) and says whether all are within their limits. */
export async function consumeRequest(keys: [key: string, limit: number][], now = Date.now()): Promise<RateCheck> {
  const windowStart = new Date(now - (now % WINDOW_MS));
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000));
  // One atomic statement for every key: concurrent requests (on any instance) each get their own
  // counts, and the rows are taken in key order, so two requests never wait on each other crosswise.
  const limits = new Map<string, number>();
  for (const [key, limit] of keys) limits.set(key, Math.min(limit, limits.get(key) ?? Number.POSITIVE_INFINITY));
  const ordered = [...limits.keys()].sort();
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count")
    VALUES ${Prisma.join(ordered.map((key) => Prisma.sql`(${key}, ${windowStart}, 1)`))}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "key", "count"`;
  const counts = rows.map((row) => ({ limit: limits.get(row.key)!, count: Number(row.count) }));
  await pruneOldWindows(now);
  const tightest = counts.reduce((a, b) => (b.limit - b.count < a.limit - a.count ? b : a));
  return {
    allowed: counts.every(({ count, limit }) => count <= limit),
    limit: tightest.limit,
    remaining: Math.max(0, tightest.limit - tightest.count),
    resetSeconds,
  };
}
