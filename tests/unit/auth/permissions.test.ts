import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  can,
  PERMISSIONS,
  RELATIONS,
  ROLES,
  ruleFor,
  type Action,
  type Actor,
  type Relation,
  type Role,
} from "@/lib/auth/permissions";

const actor = (role: Role, active = true): Actor => ({ id: `u-${role}`, role, active });

// The expected policy, written out independently of the implementation's table: "yes", "no", or
// the relations (any one suffices) the actor needs to the target.
const EXPECTED: Record<Action, Record<Role, "yes" | "no" | Relation[]>> = {
  "user.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "job.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "webhook.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "ratingScale.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "article.list": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "article.listAll": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "article.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["reviewsArticle"] },
  "article.import": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "article.finalize": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.curate": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.assign": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.beAssigned": { ADMIN: "no", EDITOR: "no", REVIEWER: "yes" },
  "claim.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["reviewsArticle", "consultedOnClaim"] },
  "claim.verdict": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["assignedToClaim"] },
  "claim.reopen": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.signoff": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "article.publish": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "publicPage.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "claim.consult": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["assignedToClaim"] },
  "consultation.end": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "evidence.write": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["assignedToClaim"] },
  "claim.match": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["assignedToClaim"] },
  "comment.write": { ADMIN: "yes", EDITOR: "yes", REVIEWER: ["assignedToClaim", "consultedOnClaim"] },
  "mention.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "report.export": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "queue.view": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "token.manage": { ADMIN: ["owner"], EDITOR: ["owner"], REVIEWER: ["owner"] },
};

describe("permission matrix", () => {
  it("has a rule for every action and role", () => {
    for (const action of ACTIONS) for (const role of ROLES) expect(PERMISSIONS[action][role]).toBeDefined();
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = EXPECTED[action][role];
      it(`${role} ${action}: ${Array.isArray(expected) ? expected.join(" or ") : expected}`, () => {
        const subject = actor(role);
        // Each relation on its own, and none.
        expect(can(subject, action)).toBe(expected === "yes");
        for (const relation of RELATIONS) {
          const granted = expected === "yes" || (Array.isArray(expected) && expected.includes(relation));
          expect(can(subject, action, { [relation]: true }), relation).toBe(granted);
        }
      });
    }
  }

  it("denies everything to inactive users and to nobody", () => {
    const everything = Object.fromEntries(RELATIONS.map((relation) => [relation, true]));
    for (const action of ACTIONS) {
      expect(can(actor("ADMIN", false), action, everything)).toBe(false);
      expect(can(null, action)).toBe(false);
      expect(ruleFor(actor("REVIEWER", false), action)).toBe(false);
    }
  });

  it("a consulted reviewer may read and reply, never give a verdict or change sources", () => {
    const consulted = { consultedOnClaim: true };
    const reviewer = actor("REVIEWER");
    expect(can(reviewer, "claim.read", consulted)).toBe(true);
    expect(can(reviewer, "comment.write", consulted)).toBe(true);
    expect(can(reviewer, "claim.verdict", consulted)).toBe(false);
    expect(can(reviewer, "evidence.write", consulted)).toBe(false);
    expect(can(reviewer, "article.read", consulted)).toBe(false);
  });
});
