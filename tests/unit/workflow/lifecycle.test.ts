import { describe, expect, it } from "vitest";
import { ROLES, type Actor, type Facts, type Role } from "@/lib/auth/permissions";
import { assignmentEffect, transitionOf, transitionProblem } from "@/lib/workflow/lifecycle";
import { CLAIM_STATUSES, VERDICTS, fromStatusAsRead, isVerdict, type ClaimStatus } from "@/lib/workflow/states";

const actor = (role: Role): Actor => ({ id: `u-${role}`, role, active: true });
const assigned: Facts = { assignedToClaim: true, reviewsArticle: true };
const consulted: Facts = { consultedOnClaim: true };

describe("claim lifecycle", () => {
  it("has four states: not yet reviewed and three verdicts", () => {
    expect([...CLAIM_STATUSES].sort()).toEqual(["CORROBORATED", "DISPUTED", "PENDING", "UNVERIFIED"]);
    expect(VERDICTS).toContain("UNVERIFIED");
    expect(isVerdict("PENDING")).toBe(false);
    for (const verdict of VERDICTS) expect(isVerdict(verdict)).toBe(true);
  });

  // Every pair of states: which transition it is.
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const expected = isVerdict(to) ? "verdict" : isVerdict(from) ? "reopen" : null;
      it(`${from} → ${to} is ${expected ?? "not a transition"}`, () => {
        expect(transitionOf(from, to)).toBe(expected);
      });
    }
  }

  it("a verdict (any of the three) completes the assignment; a reopen reopens it", () => {
    expect(assignmentEffect("verdict")).toBe("complete");
    expect(assignmentEffect("reopen")).toBe("reopen");
  });

  describe("who may make each transition", () => {
    const cases: { from: ClaimStatus; to: ClaimStatus; role: Role; facts: Facts; allowed: boolean }[] = [];
    for (const role of ROLES) {
      for (const facts of [{}, assigned, consulted]) {
        for (const from of CLAIM_STATUSES) {
          for (const to of CLAIM_STATUSES) {
            const transition = transitionOf(from, to);
            const staff = role !== "REVIEWER";
            const allowed =
              transition === "verdict" ? staff || facts === assigned : transition === "reopen" ? staff : false;
            cases.push({ from, to, role, facts, allowed });
          }
        }
      }
    }
    for (const { from, to, role, facts, allowed } of cases) {
      const who = facts === assigned ? "assigned" : facts === consulted ? "consulted" : "unrelated";
      it(`${role} (${who}) ${from} → ${to}: ${allowed ? "allowed" : "refused"}`, () => {
        const problem = transitionProblem(actor(role), from, to, facts);
        if (allowed) expect(problem).toBeNull();
        else expect(problem).toEqual(expect.any(String));
      });
    }
  });

  it("says why a reopen of a claim not yet reviewed is refused", () => {
    expect(transitionProblem(actor("EDITOR"), "PENDING", "PENDING", {})).toMatch(/not been reviewed yet/);
  });

  it("reads a history row's first starting status as not yet reviewed (rows written before PENDING existed)", () => {
    expect(fromStatusAsRead({ seq: 1, fromStatus: "UNVERIFIED" })).toBe("PENDING");
    expect(fromStatusAsRead({ seq: 2, fromStatus: "UNVERIFIED" })).toBe("UNVERIFIED");
    expect(fromStatusAsRead({ seq: 3, fromStatus: "CORROBORATED" })).toBe("CORROBORATED");
  });
});
