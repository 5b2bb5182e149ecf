// The one door to the database: every data-access module imports `db` from here.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { pgConnection } from "./url";

export { Prisma } from "./generated/prisma/client";
export type DbClient = PrismaClient;
export type DbTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides it.");
  }
  const connection = pgConnection(connectionString);
  return new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: connection.connectionString,
        // A database host that stops answering fails requests after 5 s instead of hanging them.
        connectionTimeoutMillis: 5_000,
        max: poolSize(),
        // Our queries are short and index-driven: JIT compilation only ever added time to them
        // (29–54% of the list's count query at 50,000 claims, issue 11).
        options: "-c jit=off",
      },
      connection.schema ? { schema: connection.schema } : undefined,
    ),
  });
}

/**
 * Connections per app process (CLAIMLEDGER_DB_POOL_SIZE, default 10). Sized on purpose, see
 * docs/performance.md: a page runs at most ~5 queries at once, a write holds one connection for
 * its transaction, and the database machine has 2 cores, so 10 keeps 10 concurrent clients
 * from queueing on the pool while several instances stay far below max_connections (100).
 */
export function poolSize(): number {
  const configured = Number(process.env.CLAIMLEDGER_DB_POOL_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}

// Reuse one client per process (Next.js dev reloads modules; tests import from many files).
const globalForDb = globalThis as unknown as { claimLedgerDb?: PrismaClient };

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Created on first use, so scripts can set DATABASE_URL (e.g. for the embedded server) first.
  get(_target, property) {
    globalForDb.claimLedgerDb ??= createClient();
    const value = Reflect.get(globalForDb.claimLedgerDb, property);
    return typeof value === "function" ? value.bind(globalForDb.claimLedgerDb) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.claimLedgerDb?.$disconnect();
  globalForDb.claimLedgerDb = undefined;
}
