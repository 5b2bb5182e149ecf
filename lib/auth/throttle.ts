// Sign-in throttling policy: slow down, never lock an account. Attempts are counted in the
// database (LoginAttempt), so every app instance sees the same counts; this file only decides.
// Pure: the caller passes the counts and the clock. docs/accounts.md explains the policy.
//
// - Every account is always reachable with its right password: failures on an account only add
//   a short wait (exponential, at most maxDelayMs) before its next password check, from any
//   address. An attacker hammering an account delays its owner by seconds, never locks them out
//   (the last active admin included, like everyone else).
// - A client address that keeps failing is slowed down more and serialised: its attempts start
//   one after another, spaced by its own back-off. Only clearly abusive addresses are refused
//   outright: one that would have to queue longer than maxDelayMs, or that failed
//   maxAddressFailures times within the window. That refusal hits the address, not an account.

export interface ThrottlePolicy {
  /** How long a failure counts. */
  windowMs: number;
  /** Failures on an account (since its last success) before its attempts wait. */
  freeAccountFailures: number;
  /** Failures from an address before its attempts wait and are spaced out. */
  freeAddressFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  /** No attempt ever waits longer than this. */
  maxDelayMs: number;
  /** Failures from one address within the window after which it is refused until they age out. */
  maxAddressFailures: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  freeAccountFailures: 3,
  freeAddressFailures: 5,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxAddressFailures: 30,
};

/** The wait that `failures` earn once past the free ones: base, 2×base, 4×base … capped. */
export function backoffMs(failures: number, free: number, policy: ThrottlePolicy): number {
  if (failures < free) return 0;
  // Capping the exponent keeps 2 ** n finite for any count.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(failures - free, 30));
}

export interface AttemptState {
  now: number;
  /** Failed (or still unsettled) attempts on the account since its last success, within the window. */
  accountFailures: number;
  /** Failed (or still unsettled) attempts from the address within the window. */
  addressFailures: number;
  /** When the address's latest attempt started (or is scheduled to), if it made one in the window. */
  addressLastStart: number | null;
}

export type AttemptPlan =
  { kind: "proceed"; startAt: number } | { kind: "refuse"; reason: "address-failures" | "address-queue" };

/**
 * When this attempt may check its password, or why it is refused. The start is never more than
 * maxDelayMs away, so a right password signs in within that time plus the check itself.
 */
export function planAttempt(state: AttemptState, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): AttemptPlan {
  if (state.addressFailures >= policy.maxAddressFailures) return { kind: "refuse", reason: "address-failures" };
  const addressGap = backoffMs(state.addressFailures, policy.freeAddressFailures, policy);
  // Spaced after the address's previous attempt only once the address has been failing.
  const addressSlot =
    addressGap > 0 && state.addressLastStart !== null
      ? Math.max(state.now, state.addressLastStart + addressGap)
      : state.now;
  // An address sending attempts faster than its back-off allows would queue without end.
  if (addressSlot - state.now > policy.maxDelayMs) return { kind: "refuse", reason: "address-queue" };
  const accountWait = backoffMs(state.accountFailures, policy.freeAccountFailures, policy);
  return { kind: "proceed", startAt: Math.max(addressSlot, state.now + accountWait) };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
