// Server-action plumbing: turn lib/ results and AppErrors into a serialisable result the form
// shows (a message and per-field messages). Unknown errors are logged, never shown.
import { appErrorFromDatabase } from "@/lib/db/errors";
import { isAppError, type FieldErrors } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fields?: FieldErrors };

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
