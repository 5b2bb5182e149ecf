// Every write transaction runs with these options: interactive transactions may queue behind a
// row lock, and Prisma's defaults (2 s to start, 5 s to finish) are too tight for that.
import "server-only";
import { db, type DbTransaction } from "./client";

export const WRITE_TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

export function writeTransaction<T>(work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return db.$transaction(work, WRITE_TRANSACTION_OPTIONS);
}
