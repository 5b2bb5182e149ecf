// DATABASE_URL may name a PostgreSQL schema the Prisma way (`?schema=claimledger`). The driver
// adapter needs it as an option (Prisma qualifies its queries with it) and our raw SQL needs it
// as the connection's search_path; node-postgres itself does not know the parameter.
export interface PgConnection {
  connectionString: string;
  schema?: string;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function pgConnection(databaseUrl: string): PgConnection {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema");
  if (!schema) return { connectionString: databaseUrl };
  if (!SCHEMA_NAME.test(schema)) throw new Error(`DATABASE_URL names an invalid schema "${schema}".`);
  url.searchParams.delete("schema");
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { connectionString: url.toString(), schema };
}
