// Turns lib/'s AppErrors into Next.js's 404 and 403 pages; anything else goes to error.tsx.
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export function renderAppError(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
  throw error;
}
