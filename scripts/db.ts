// npm run db:migrate | db:migration -- NAME | db:seed | db:reset [-- --force]
// Works on the embedded server (started for the duration if needed) or on DATABASE_URL.
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db/embedded";
import { applyMigrations, createMigrationSql, MIGRATIONS_DIR } from "../lib/db/migrations";
import { resetDatabase, isLocalDatabaseUrl } from "../lib/db/reset";

const [command, ...rest] = process.argv.slice(2);

function timestamp(): string {
  return new Date().toISOString().replace(/[-:TZ.]/g, "").slice(0, 14);
}

async function createMigration(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/i.test(name)) {
    throw new Error("Give the migration a name of letters, digits and underscores: npm run db:migration -- add_comments");
  }
  const sql = await createMigrationSql();
  if (!sql) {
    console.log("schema.prisma matches the committed migrations: nothing to create.");
    return;
  }
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) await writeFile(lock, 'provider = "postgresql"\n');
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then npm run db:migrate.`);
}

async function main() {
  if (command === "migration") return createMigration(rest[0]);

  const database = await openDatabase({ log: console.log });
  try {
    if (command === "migrate") {
      const applied = await applyMigrations(database.url);
      console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
    } else if (command === "seed") {
      // The demo users share a published password: never on a shared or production database.
      if (!isLocalDatabaseUrl(database.url) && !rest.includes("--force")) {
        throw new Error(`Refusing to seed demo users into ${new URL(database.url).host}: it is not a local database. Add -- --force to seed it anyway.`);
      }
      await applyMigrations(database.url);
      const { seedDemoWorkspace } = await import("../prisma/seed/seed");
      process.env.DATABASE_URL = database.url;
      const result = await seedDemoWorkspace();
      console.log(result.created ? "Seeded the demo workspace." : "The demo workspace is already there.");
    } else if (command === "reset") {
      if (!isLocalDatabaseUrl(database.url) && !rest.includes("--force")) {
        throw new Error(`Refusing to reset ${new URL(database.url).host}: it is not a local database. Add -- --force to reset it anyway.`);
      }
      await resetDatabase(database.url);
      await applyMigrations(database.url);
      console.log("The database was emptied and migrated. Run npm run db:seed for the demo workspace.");
    } else {
      throw new Error(`Unknown command "${command ?? ""}". Use migrate, migration NAME, seed or reset.`);
    }
  } finally {
    await database.stop();
  }
}

// Exit explicitly: the schema engine leaves handles open that would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
