// Database refusals that are the caller's doing, turned into AppErrors, so a request that slips
// past validation still gets a 4xx with a clear message instead of a 500. Used once, where
// errors are mapped to responses (lib/http/api.ts, lib/http/action.ts).
import { AppError } from "@/lib/errors";

interface PrismaLikeError {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } };
}

/** PostgreSQL SQLSTATEs caused by the input's content rather than by the server. */
const INPUT_SQLSTATES: Record<string, string> = {
  "22021": "Text must not contain NUL characters or invalid UTF-8.",
  "22P02": "A value has the wrong form.",
  "22001": "A value is too long.",
  "22003": "A number is out of range.",
  "22007": "A date or time is not valid.",
  "22008": "A date or time is out of range.",
};

export function appErrorFromDatabase(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, meta } = error as PrismaLikeError;
  // adapter-pg names the SQLSTATE `code` for errors it does not classify, `originalCode` for those it does.
  const cause = meta?.driverAdapterError?.cause;
  const sqlState = cause?.code ?? cause?.originalCode;
  if (typeof sqlState === "string" && INPUT_SQLSTATES[sqlState]) {
    return new AppError("VALIDATION_FAILED", INPUT_SQLSTATES[sqlState]);
  }
  if (code === "P2002") return new AppError("CONFLICT", "That already exists.");
  if (code === "P2025") return new AppError("NOT_FOUND", "That record was not found; it may have been removed.");
  return null;
}
