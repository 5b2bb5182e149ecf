// Server-action plumbing: turn lib/ results and AppErrors into a serialisable result the form
// shows (a message and per-field messages). Unknown errors are logged, never shown.
import { headers } from "next/headers";
import { appErrorFromDatabase } from "@/lib/db/errors";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { fieldName, unstorablePlace } from "./input-text";
import { INVALID_UTF8_HEADER } from "./action-body";

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fields?: FieldErrors };

/** An action refused before it ran, because its input cannot be stored as sent. */
export type ActionRefusal = { ok: false; message: string; fields: FieldErrors };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const known = isAppError(error) ? error : appErrorFromDatabase(error);
    if (known) return { ok: false, message: known.message, fields: known.details.fields };
    // Next.js signals redirects and forbidden() by throwing; let those through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("Unexpected error in server action", error);
    return { ok: false, message: "Something went wrong on our side. Please try again." };
  }
}

const refusal = (field: string, message: string): ActionRefusal => ({
  ok: false,
  message,
  fields: { [field]: [message] },
});

/**
 * Why these action arguments cannot be stored as sent, or null. The API refuses the same text
 * (lib/http/api.ts): a NUL or a lone surrogate anywhere, and a body that was not valid UTF-8
 * (proxy.ts marks it, since Next.js has already replaced the bad bytes with U+FFFD). The field
 * is the path inside the argument, so a form shows the message at its input.
 */
export async function refuseUnstorableArguments(args: unknown[]): Promise<ActionRefusal | null> {
  if ((await headers()).get(INVALID_UTF8_HEADER) === "1") {
    const replaced = findReplacementCharacter(args);
    return refusal(replaced ? fieldName(replaced.slice(1)) : "_", "Text must be valid UTF-8.");
  }
  const problem = unstorablePlace(args);
  return problem ? refusal(fieldName(problem.path.slice(1)), problem.message) : null;
}

/** Where the decoder put U+FFFD for the invalid bytes (the first such string), as a path. */
function findReplacementCharacter(args: unknown[]): string[] | null {
  const pending: { value: unknown; path: string[] }[] = [{ value: args, path: [] }];
  while (pending.length) {
    const { value, path } = pending.shift()!;
    if (typeof value === "string" && value.includes("\uFFFD")) return path;
    if (typeof value === "object" && value !== null && path.length < 32)
      for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: [...path, key] });
  }
  return null;
}

/**
 * Wraps a server action so that input which cannot be stored as sent is refused with a field
 * message before the action runs. Every exported action goes through it.
 */
export function guardedAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R | ActionRefusal> => (await refuseUnstorableArguments(args)) ?? action(...args);
}
