import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

/** zod issues → { "field.path": ["message", …] }; "_" holds errors about the whole input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses input with a schema, or throws VALIDATION_FAILED with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("VALIDATION_FAILED", "Some fields are not valid.", { fields: fieldErrors(result.error) });
}
