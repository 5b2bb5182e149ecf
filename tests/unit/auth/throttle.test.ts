// The sign-in throttling policy (lib/auth/throttle.ts): waits grow with failures and stay bounded;
// only an address, never an account, is refused.
import { describe, expect, it } from "vitest";
import {
  backoffMs,
  DEFAULT_THROTTLE_POLICY as policy,
  normaliseEmail,
  planAttempt,
  type AttemptState,
} from "@/lib/auth/throttle";

const NOW = 1_000_000;
const clean: AttemptState = { now: NOW, accountFailures: 0, addressFailures: 0, addressLastStart: null };

describe("back-off", () => {
  it("is free for the first failures, then doubles from the base up to the cap", () => {
    const free = policy.freeAccountFailures;
    expect(backoffMs(free - 1, free, policy)).toBe(0);
    expect(backoffMs(free, free, policy)).toBe(policy.baseDelayMs);
    expect(backoffMs(free + 1, free, policy)).toBe(2 * policy.baseDelayMs);
    expect(backoffMs(free + 2, free, policy)).toBe(4 * policy.baseDelayMs);
    expect(backoffMs(free + 50, free, policy)).toBe(policy.maxDelayMs);
    expect(backoffMs(Number.MAX_SAFE_INTEGER, free, policy)).toBe(policy.maxDelayMs);
  });
});

describe("planning an attempt", () => {
  it("lets an attempt from a clean address on a clean account start at once", () => {
    expect(planAttempt(clean)).toEqual({ kind: "proceed", startAt: NOW });
  });

  it("never refuses because of an account's failures, however many: it waits at most the cap", () => {
    for (const accountFailures of [policy.freeAccountFailures, 10, 1_000, 1_000_000]) {
      const plan = planAttempt({ ...clean, accountFailures });
      expect(plan.kind).toBe("proceed");
      if (plan.kind === "proceed") {
        expect(plan.startAt).toBeGreaterThan(NOW);
        expect(plan.startAt - NOW).toBeLessThanOrEqual(policy.maxDelayMs);
      }
    }
  });

  it("spaces out a failing address's attempts after its previous one", () => {
    const failures = policy.freeAddressFailures + 2;
    const gap = backoffMs(failures, policy.freeAddressFailures, policy);
    const plan = planAttempt({ ...clean, addressFailures: failures, addressLastStart: NOW - 10 });
    expect(plan).toEqual({ kind: "proceed", startAt: NOW - 10 + gap });
  });

  it("does not space out an address that has not been failing, even right after its previous attempt", () => {
    const plan = planAttempt({ ...clean, addressFailures: 1, addressLastStart: NOW + 3_000 });
    expect(plan).toEqual({ kind: "proceed", startAt: NOW });
  });

  it("takes the later of the address's slot and the account's wait", () => {
    const accountFailures = policy.freeAccountFailures + 3;
    const wait = backoffMs(accountFailures, policy.freeAccountFailures, policy);
    expect(planAttempt({ ...clean, accountFailures })).toEqual({ kind: "proceed", startAt: NOW + wait });
  });

  it("refuses an address whose queue would run past the cap, and one with too many failures", () => {
    const failing = policy.freeAddressFailures + 10; // its gap is the cap
    expect(planAttempt({ ...clean, addressFailures: failing, addressLastStart: NOW + 1 })).toEqual({
      kind: "refuse",
      reason: "address-queue",
    });
    expect(planAttempt({ ...clean, addressFailures: policy.maxAddressFailures })).toEqual({
      kind: "refuse",
      reason: "address-failures",
    });
    expect(planAttempt({ ...clean, addressFailures: policy.maxAddressFailures - 1 }).kind).toBe("proceed");
  });

  it("bounds every start by the cap, whatever the counts", () => {
    for (let account = 0; account < 40; account += 3) {
      for (let address = 0; address < policy.maxAddressFailures; address += 2) {
        for (const last of [null, NOW - 60_000, NOW, NOW + policy.maxDelayMs]) {
          const plan = planAttempt({
            now: NOW,
            accountFailures: account,
            addressFailures: address,
            addressLastStart: last,
          });
          if (plan.kind === "proceed") expect(plan.startAt - NOW).toBeLessThanOrEqual(policy.maxDelayMs);
        }
      }
    }
  });
});

it("counts an account under one spelling of its email", () => {
  expect(normaliseEmail("  Editor@ClaimLedger.LOCAL ")).toBe("editor@claimledger.local");
});
