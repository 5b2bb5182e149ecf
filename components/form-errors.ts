import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/errors";

/** Shows the server's per-field messages (same zod schema, plus rules only the server knows). */
export function applyServerErrors<T extends FieldValues>(
  result: { fields?: FieldErrors },
  setError: UseFormSetError<T>,
) {
  for (const [field, messages] of Object.entries(result.fields ?? {})) {
    if (field !== "_" && messages[0]) setError(field as Path<T>, { type: "server", message: messages[0] });
  }
}
