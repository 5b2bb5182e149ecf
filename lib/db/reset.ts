import pg from "pg";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** A database on this machine (TCP loopback or a Unix socket) may be reset without --force. */
export function isLocalDatabaseUrl(url: string): boolean {
  const parsed = new URL(url);
  const socketHost = parsed.searchParams.get("host");
  return LOCAL_HOSTS.has(parsed.hostname) || (socketHost?.startsWith("/") ?? false);
}

/** Drops and recreates the public schema: every table, type and row the app owns. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists public cascade");
    await client.query("create schema public");
  } finally {
    await client.end();
  }
}
