import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, ROLES, type Action, type Actor, type Role } from "@/lib/auth/permissions";

const actor = (role: Role, active = true): Actor => ({ id: `u-${role}`, role, active });

// The expected policy, written out independently of the implementation's table.
const EXPECTED: Record<Action, Record<Role, "yes" | "no" | "if-assigned" | "if-owned">> = {
  "user.manage": { ADMIN: "yes", EDITOR: "no", REVIEWER: "no" },
  "article.list": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "article.listAll": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "article.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "if-assigned" },
  "article.import": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "article.finalize": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.curate": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.assign": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "claim.beAssigned": { ADMIN: "no", EDITOR: "no", REVIEWER: "yes" },
  "claim.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "if-assigned" },
  "claim.verdict": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "if-assigned" },
  "evidence.write": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "if-assigned" },
  "comment.write": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "if-assigned" },
  "mention.read": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "report.export": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "no" },
  "queue.view": { ADMIN: "yes", EDITOR: "yes", REVIEWER: "yes" },
  "token.manage": { ADMIN: "if-owned", EDITOR: "if-owned", REVIEWER: "if-owned" },
};

describe("permission matrix", () => {
  it("has a rule for every action and role", () => {
    for (const action of ACTIONS) for (const role of ROLES) expect(typeof PERMISSIONS[action][role]).toBe("function");
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const rule = EXPECTED[action]?.[role];
      it(`${role} ${action}: ${rule}`, () => {
        const subject = actor(role);
        const withoutFacts = can(subject, action);
        const assigned = can(subject, action, { actorIsAssigned: true });
        const owned = can(subject, action, { ownedByActor: true });
        if (rule === "yes") expect([withoutFacts, assigned, owned]).toEqual([true, true, true]);
        if (rule === "no") expect([withoutFacts, assigned, owned]).toEqual([false, false, false]);
        if (rule === "if-assigned") expect([withoutFacts, assigned, owned]).toEqual([false, true, false]);
        if (rule === "if-owned") expect([withoutFacts, assigned, owned]).toEqual([false, false, true]);
      });
    }
  }

  it("denies everything to inactive users and to nobody", () => {
    for (const action of ACTIONS) {
      expect(can(actor("ADMIN", false), action, { actorIsAssigned: true, ownedByActor: true })).toBe(false);
      expect(can(null, action)).toBe(false);
    }
  });
});
