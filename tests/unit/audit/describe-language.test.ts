// The audit lines in the reader's language: English exactly as before (with or without a
// language), Arabic from the catalog with its plural forms, Arabic month names in due dates, a
// mirrored arrow, and people's text isolated so a Latin name keeps its place in a right-to-left line.
import { describe, expect, it } from "vitest";
import { describeAuditEvent, type DescribeContext } from "@/lib/audit/describe";
import { readAuditEvent } from "@/lib/audit/events";

const context: DescribeContext = {
  claimNumbers: new Map([
    ["claim-4", 4],
    ["claim-7", 7],
  ]),
  userNames: new Map([["rita", "Rita Reviewer"]]),
};

const read = (action: string, row: { entityType: string; entityId: string; before?: unknown; after?: unknown }) =>
  readAuditEvent({ action, actorId: null, ...row });

const FSI = "\u2068";
const PDI = "\u2069";
const own = (text: string) => `${FSI}${text}${PDI}`;

const assigned = read("assignment.created", {
  entityType: "Assignment",
  entityId: "as1",
  after: { claimId: "claim-4", reviewerId: "rita", dueAt: "2030-01-15T23:59:59.999Z", note: null },
});
const verdict = read("verdict.set", {
  entityType: "Claim",
  entityId: "claim-4",
  before: { status: "CORROBORATED" },
  after: { status: "DISPUTED", statusChangeId: "s3" },
});
const finalized = (cancelledAssignments: number) =>
  read("article.finalized", {
    entityType: "Article",
    entityId: "a1",
    before: { finalizedAt: null },
    after: {
      finalizedAt: "2030-01-15T10:00:00.000Z",
      claimsByStatus: { UNVERIFIED: 1, CORROBORATED: 3, PENDING: 2, DISPUTED: 0 },
      cancelledAssignments,
    },
  });
const reworded = read("claim.edited", {
  entityType: "Claim",
  entityId: "claim-4",
  before: { number: 4, text: "Prices rose 5%" },
  after: { number: 4, text: "Prices rose 5% in March" },
});
const deactivated = (revokedTokens: number) =>
  read("user.deactivated", { entityType: "User", entityId: "rita", after: { revokedTokens } });
const split = read("claim.split", {
  entityType: "Claim",
  entityId: "claim-4",
  before: { number: 4 },
  after: { parts: [{ id: "claim-4", number: 4 }, { id: "c12", number: 12 }] },
});

describe("describeAuditEvent in the reader's language", () => {
  it("writes English exactly as without a language (and for a language it does not have)", () => {
    for (const stored of [assigned, verdict, finalized(2), reworded, deactivated(2), split]) {
      const english = describeAuditEvent(stored, context);
      expect(describeAuditEvent(stored, { ...context, language: "en" })).toBe(english);
      expect(describeAuditEvent(stored, { ...context, language: "fr" })).toBe(english);
      expect(english).not.toMatch(/[\u2066-\u2069]/);
    }
    expect(describeAuditEvent(assigned, { ...context, language: "en" })).toBe(
      "Assigned C4 to Rita Reviewer (due 15 Jan 2030)",
    );
  });

  it("writes Arabic, with Arabic month names and the person's name isolated", () => {
    expect(describeAuditEvent(assigned, { ...context, language: "ar" })).toBe(
      `إسناد C4 إلى ${own("Rita Reviewer")} (موعد التسليم 15 يناير 2030)`,
    );
    expect(describeAuditEvent(verdict, { ...context, language: "ar" })).toBe("الحكم على C4: مطعون فيه (كان «مؤكَّد»)");
    expect(describeAuditEvent(split, { ...context, language: "ar" })).toBe("تقسيم C4 إلى C4 وC12");
  });

  it("uses the Arabic plural forms (one, two, few, many)", () => {
    const ar = { ...context, language: "ar" };
    expect(describeAuditEvent(finalized(1), ar)).toBe(
      "اعتماد المقالة نهائياً: 2 لم تُراجَع بعد، 3 مؤكَّدة، 1 غير مُتحقَّق منها؛ وأُلغي تكليف مفتوح واحد",
    );
    expect(describeAuditEvent(finalized(2), ar)).toMatch(/؛ وأُلغي تكليفان مفتوحان$/);
    expect(describeAuditEvent(finalized(3), ar)).toMatch(/؛ وأُلغي 3 تكليفات مفتوحة$/);
    expect(describeAuditEvent(finalized(11), ar)).toMatch(/؛ وأُلغي 11 تكليفاً مفتوحاً$/);
    expect(describeAuditEvent(deactivated(2), ar)).toBe(`تعطيل حساب ${own("Rita Reviewer")}؛ وأُبطل رمزا API`);
  });

  it("points the before → after arrow the way an Arabic line reads", () => {
    expect(describeAuditEvent(reworded, context)).toBe("Reworded C4: “Prices rose 5%” → “Prices rose 5% in March”");
    expect(describeAuditEvent(reworded, { ...context, language: "ar" })).toBe(
      `إعادة صياغة C4: «${own("Prices rose 5%")}» ← «${own("Prices rose 5% in March")}»`,
    );
  });

  it("names what the context does not know in Arabic general words", () => {
    const stored = read("consultation.started", {
      entityType: "Consultation",
      entityId: "k1",
      after: { claimId: "unknown", userId: "nobody" },
    });
    expect(describeAuditEvent(stored, { language: "ar" })).toBe("استشارة زميل في ادعاء");
    expect(describeAuditEvent(stored)).toBe("Consulted a colleague on a claim");
  });
});
