// Sign-in throttling policy. Attempts are counted in the database (LoginAttempt), so every app
// instance sees the same counts; this file only decides.
import "server-only";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts allowed per window before further attempts are refused. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface RecentFailures {
  account: number;
  address: number;
}

export function isThrottled(failures: RecentFailures): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
