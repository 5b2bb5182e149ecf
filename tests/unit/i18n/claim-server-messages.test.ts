// Every message the claim page's forms can get back from the shared schemas and rules has an
// Arabic translation: the inputs below make the real schemas produce their messages, so a
// message reworded in lib/ without its catalog entry fails here instead of showing English.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { claimantSchema } from "@/lib/claims/schema";
import { commentSchema } from "@/lib/comments/schema";
import { addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { verdictProblem } from "@/lib/verdicts/rules";
import { reopenClaimSchema, verdictSchema } from "@/lib/verdicts/schema";

const long = (length: number) => "x".repeat(length);

function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success, JSON.stringify(input).slice(0, 80)).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const FAILING: [z.ZodType, unknown][] = [
  [claimantSchema, { claimant: 5 }],
  [claimantSchema, { claimant: long(201), version: 0 }],
  [commentSchema, { body: "" }],
  [commentSchema, { body: long(5001) }],
  [verdictSchema, { status: "TRUE", rationale: "short", version: "1" }],
  [verdictSchema, { status: "DISPUTED", version: 1.5 }],
  [verdictSchema, { status: "DISPUTED", rationale: long(5001), version: 1 }],
  [verdictSchema, { status: "DISPUTED", rationale: `${long(20)}\u0000`, version: 1 }],
  [reopenClaimSchema, { reason: "too short", version: 1 }],
  [reopenClaimSchema, { version: 1 }],
  [addEvidenceSchema, { stance: "MAYBE", version: 1 }],
  [addEvidenceSchema, { url: "", title: "", stance: "SUPPORTS", version: 1 }],
  [addEvidenceSchema, { url: "example.org/a", title: long(301), stance: "SUPPORTS", version: 1 }],
  [addEvidenceSchema, { url: "ftp://example.org/a", title: "t", stance: "SUPPORTS", version: 1 }],
  [addEvidenceSchema, { url: "https://user:pw@example.org/", title: "t", stance: "SUPPORTS", version: 1 }],
  [addEvidenceSchema, { url: `https://example.org/${long(2001)}`, title: "t", stance: "SUPPORTS", version: 1 }],
  [
    addEvidenceSchema,
    {
      url: "https://example.org/",
      title: "t",
      stance: "SUPPORTS",
      publisher: long(201),
      excerpt: long(2001),
      note: long(2001),
      publishedAt: "yesterday",
      accessedAt: "0999-01-01",
      version: 1,
    },
  ],
  [addEvidenceSchema, { url: "https://example.org/", title: "t", stance: "SUPPORTS", publisher: 1, excerpt: 2, note: 3, version: 1 }],
  [editEvidenceSchema, { version: 1 }],
];

describe("the claim page's server messages in Arabic", () => {
  it.each(FAILING.map(([schema, input], index) => [index, schema, input] as const))(
    "case %i: every message has a translation",
    (_, schema, input) => {
      for (const message of messagesOf(schema, input)) {
        const arabic = translateServerMessage(message, "ar");
        expect(arabic, message).not.toBe(message);
        expect(arabic, message).toMatch(/[\u0600-\u06FF]/);
      }
    },
  );

  it("translates the verdict rules and fills in the numbers", () => {
    for (const status of ["CORROBORATED", "DISPUTED"] as const) {
      const problem = verdictProblem(status, [])!;
      expect(translateServerMessage(problem, "ar")).not.toBe(problem);
    }
    expect(translateServerMessage("The title must be at most 300 characters.", "ar")).toBe(
      "يجب ألا يتجاوز العنوان 300 حرف.",
    );
    expect(translateServerMessage("Explain the verdict in at least 15 characters.", "ar")).toBe(
      "علّل الحكم في 15 حرفاً على الأقل.",
    );
  });
});
