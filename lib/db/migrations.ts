// Applies and creates Prisma migrations with Prisma's schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm), because the native engine cannot be downloaded on our machines.
// The result is a standard prisma/migrations folder and _prisma_migrations table, so
// `prisma migrate deploy` works too wherever the native engine is available.
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { pgConnection } from "./url";

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

type WasmModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = Awaited<ReturnType<WasmModule["SchemaEngine"]["new"]>>;
type MigrationList = Parameters<SchemaEngine["applyMigrations"]>[0]["migrationsList"];
type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];

let wasmModule: Promise<WasmModule> | undefined;

async function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmModule;
    // The package exports no path to its .wasm file; it sits beside the bindings module.
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return wasmModule;
}

/** Runs fn with an engine bound to the given adapter factory; turns engine errors into real ones. */
async function withEngine<T>(factory: AdapterFactory, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const wasm = await loadWasm();
  // The engine never disposes the connections it opens, and an idle pg pool keeps the process
  // alive for seconds: remember them and close them ourselves.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = new Proxy(factory, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property !== "connect" && property !== "connectToShadowDb") return value.bind(target);
      return async () => {
        const adapter = await value.call(target);
        opened.push(adapter);
        return adapter;
      };
    },
  });
  const bound = bindMigrationAwareSqlAdapterFactory(tracked);
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine = await wasm.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => undefined, bound);
  try {
    return await fn(engine);
  } catch (error) {
    const match = /External error id#(\d+)/.exec(String(error));
    const registered = match ? bound.errorRegistry.consumeError(Number(match[1])) : undefined;
    if (registered) throw new Error(`Migration failed: ${JSON.stringify(registered.error)}`);
    throw error;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => undefined)));
  }
}

export async function readMigrationList(): Promise<MigrationList> {
  const names = existsSync(MIGRATIONS_DIR)
    ? (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    // Before the first migration there is no lock file; the engine still needs the provider.
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : 'provider = "postgresql"\n',
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on ";", which breaks any
 * PL/pgSQL body (our history trigger has one). PostgreSQL's simple query protocol takes a whole
 * multi-statement script at once, so this factory sends it unsplit.
 */
class WholeScriptPg extends PrismaPg {
  private readonly connectionString: string;

  constructor(databaseUrl: string) {
    const connection = pgConnection(databaseUrl);
    // Short idle timeout: the engine never closes its pool, which would hold the process open.
    super({ connectionString: connection.connectionString, idleTimeoutMillis: 50 }, connection.schema ? { schema: connection.schema } : undefined);
    this.connectionString = connection.connectionString;
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      const client = new pg.Client({ connectionString: this.connectionString });
      await client.connect();
      try {
        await client.query(script);
      } finally {
        await client.end();
      }
    };
    return adapter;
  }
}

/**
 * Applies pending migrations; returns the names of those applied now. Idempotent. `upTo` stops
 * after that migration (upgrade tests build a database as an older release left it).
 */
export async function applyMigrations(databaseUrl: string, options: { upTo?: string } = {}): Promise<string[]> {
  const all = await readMigrationList();
  const migrationsList = options.upTo
    ? { ...all, migrationDirectories: all.migrationDirectories.filter((entry) => entry.path <= options.upTo!) }
    : all;
  const output = await withEngine(new WholeScriptPg(databaseUrl), (engine) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  );
  return output.appliedMigrationNames;
}

/**
 * Writes the SQL that takes the committed migrations to the current schema.prisma. An in-memory
 * PGlite database serves as the shadow database (the engine replays the migrations there).
 * Returns null when the schema has no change.
 */
export async function createMigrationSql(): Promise<string | null> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  // Migrations may CREATE EXTENSION pg_trgm (similar claims); PGlite has it only when loaded.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const migrationsList = await readMigrationList();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const shadow = new PGlite({ extensions: { pg_trgm } });
  // The adapter's own shadow database is a bare PGlite: replace it with one that has pg_trgm.
  const replayed = new PGlite({ extensions: { pg_trgm } });
  try {
    const pglite = new PrismaPGlite(shadow);
    pglite.connectToShadowDb = () => new PrismaPGlite(replayed).connect();
    const factory = pglite as unknown as AdapterFactory;
    const result = await withEngine(factory, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    const sql = result.stdout ?? "";
    return result.exitCode === 2 && sql.trim() && !sql.includes("This is an empty migration") ? sql : null;
  } finally {
    await shadow.close();
    await replayed.close();
  }
}
