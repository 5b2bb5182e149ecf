// Sign-off rules: a second person approves; nobody approves their own verdict, whatever their role.
import { describe, expect, it } from "vitest";
import { ROLES, type Actor } from "@/lib/auth/permissions";
import { approvalProblem, sendBackProblem, verdictAuthor, type SignoffTarget } from "@/lib/signoff/rules";
import { publishPlan } from "@/lib/publishing/rules";
import { correctionReason } from "@/lib/publishing/corrections-rules";

const actor = (id: string, role: Actor["role"], active = true): Actor => ({ id, role, active });
const awaiting = (author: string): SignoffTarget => ({ status: "DISPUTED", signoff: "AWAITING", verdictAuthorId: author });

describe("approvalProblem", () => {
  it.each(ROLES)("refuses a %s their own verdict (403)", (role) => {
    const me = actor("me", role);
    expect(approvalProblem(me, awaiting("me"))).toEqual({ code: "FORBIDDEN", message: expect.stringMatching(/another editor/) });
  });

  it("lets an editor or admin approve someone else's verdict", () => {
    expect(approvalProblem(actor("eddie", "EDITOR"), awaiting("rita"))).toBeNull();
    expect(approvalProblem(actor("ada", "ADMIN"), awaiting("rita"))).toBeNull();
  });

  it("refuses reviewers and deactivated editors", () => {
    expect(approvalProblem(actor("rob", "REVIEWER"), awaiting("rita"))?.code).toBe("FORBIDDEN");
    expect(approvalProblem(actor("eddie", "EDITOR", false), awaiting("rita"))?.code).toBe("FORBIDDEN");
  });

  it.each([
    ["not yet reviewed", { status: "PENDING", signoff: "NONE" }],
    ["already approved", { status: "DISPUTED", signoff: "APPROVED" }],
    ["a verdict without sign-off state", { status: "CORROBORATED", signoff: "NONE" }],
  ] as const)("is a conflict when the claim is %s", (_name, state) => {
    expect(approvalProblem(actor("eddie", "EDITOR"), { ...state, verdictAuthorId: "rita" })?.code).toBe("CONFLICT");
  });
});

describe("sendBackProblem", () => {
  it("lets editors and admins send back any awaiting verdict, their own included", () => {
    expect(sendBackProblem(actor("eddie", "EDITOR"), awaiting("eddie"))).toBeNull();
    expect(sendBackProblem(actor("ada", "ADMIN"), awaiting("rita"))).toBeNull();
    expect(sendBackProblem(actor("rob", "REVIEWER"), awaiting("rita"))?.code).toBe("FORBIDDEN");
    expect(sendBackProblem(actor("eddie", "EDITOR"), { status: "PENDING", signoff: "NONE", verdictAuthorId: null })?.code).toBe("CONFLICT");
  });
});

describe("verdictAuthor", () => {
  it("is the last verdict row's actor, ignoring approvals and publications", () => {
    const rows = [
      { kind: "VERDICT", toStatus: "DISPUTED", actorId: "rita" },
      { kind: "APPROVED", toStatus: "DISPUTED", actorId: "eddie" },
      { kind: "PUBLISHED", toStatus: "DISPUTED", actorId: "eddie" },
    ];
    expect(verdictAuthor(rows)).toBe("rita");
    expect(verdictAuthor([...rows, { kind: "VERDICT", toStatus: "PENDING", actorId: "eddie" }])).toBeNull();
    expect(verdictAuthor([])).toBeNull();
  });
});

describe("publishPlan", () => {
  const claim = (number: number, status: string, signoff: string, excluded = false) =>
    ({ id: `c${number}`, number, status, signoff, excludedFromPublication: excluded }) as Parameters<typeof publishPlan>[0][number];

  it("blocks on every live claim that is neither approved nor excluded", () => {
    const plan = publishPlan([
      claim(1, "DISPUTED", "APPROVED"),
      claim(2, "PENDING", "NONE"),
      claim(3, "CORROBORATED", "AWAITING"),
      claim(4, "PENDING", "NONE", true),
    ]);
    expect(plan.blocking.map((item) => item.number)).toEqual([2, 3]);
    expect(plan.included.map((item) => item.number)).toEqual([1]);
  });
});

describe("correctionReason", () => {
  it("is the reason of the last send-back or reopen since publication, else the new rationale", () => {
    const history = [
      { kind: "VERDICT", toStatus: "PENDING", rationale: "old reopen" },
      { kind: "PUBLISHED", toStatus: "DISPUTED", rationale: "https://x/#c1" },
      { kind: "VERDICT", toStatus: "PENDING", rationale: "The ministry corrected its figure" },
      { kind: "VERDICT", toStatus: "UNVERIFIED", rationale: "new" },
    ];
    expect(correctionReason({ history, rationale: "new" })).toBe("The ministry corrected its figure");
    expect(correctionReason({ history: history.slice(0, 2), rationale: "new" })).toBe("new");
  });
});
