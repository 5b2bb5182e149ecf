// The AppError a piece of domain work refused with; anything else (success, another error) fails
// the test with what happened instead.
import { AppError } from "@/lib/errors";

export async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
