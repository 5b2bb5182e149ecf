// Runs a CLI command against the app's database: the embedded server (joining it when
// `npm start` is running, starting it for the command's duration otherwise) or DATABASE_URL.
import { openDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";

export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  const database = await openDatabase({ log: (line) => console.error(line) });
  try {
    process.env.DATABASE_URL = database.url;
    await applyMigrations(database.url);
    return await work();
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    await database.stop();
  }
}
