// Turns lib/'s AppErrors into Next.js's 404 and 403 pages; anything else goes to error.tsx.
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export function renderAppError(error: unknown): never {
  // A malformed id in an address names nothing: the same answer as an unknown one.
  if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION_FAILED")) notFound();
  if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
  throw error;
}
