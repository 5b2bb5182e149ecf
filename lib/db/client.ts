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
      // A database host that stops answering fails requests after 5 s instead of hanging them.
      { connectionString: connection.connectionString, connectionTimeoutMillis: 5_000 },
      connection.schema ? { schema: connection.schema } : undefined,
    ),
  });
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
