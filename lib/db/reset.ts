import pg from "pg";
import { pgConnection } from "./url";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** A database on this machine (TCP loopback or a Unix socket) may be reset without --force. */
export function isLocalDatabaseUrl(url: string): boolean {
  const parsed = new URL(url);
  const socketHost = parsed.searchParams.get("host");
  return LOCAL_HOSTS.has(parsed.hostname) || (socketHost?.startsWith("/") ?? false);
}

/**
 * Drops and recreates the app's schema (`public`, or the one `?schema=` names): every table,
 * type and row the app owns.
 */
export async function resetDatabase(url: string): Promise<void> {
  const connection = pgConnection(url);
  const schema = `"${(connection.schema ?? "public").replace(/"/g, '""')}"`;
  const client = new pg.Client({ connectionString: connection.connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.query(`create schema ${schema}`);
  } finally {
    await client.end();
  }
}
