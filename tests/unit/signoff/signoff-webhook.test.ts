// The claim.signed_off webhook payload (docs/webhooks.md): what was decided, on which verdict, by whom.
import { describe, expect, it } from "vitest";
import { isWebhookEvent } from "@/lib/webhooks/events";
import { claimSignedOffData, type VerdictFacts } from "@/lib/webhooks/payload";

const facts = (toStatus: string, rationale: string): VerdictFacts => ({
  article: { id: "a1", title: "Homs report" },
  claim: { id: "c1", number: 7, statement: "1,200 people were evacuated.", claimant: "Officials" },
  verdict: toStatus,
  previousStatus: "DISPUTED",
  rationale,
  reviewer: { id: "u-ed", name: "Eddie Editor" },
});

describe("claim.signed_off", () => {
  it("is an event endpoints can subscribe to", () => {
    expect(isWebhookEvent("claim.signed_off")).toBe(true);
  });

  it("names the decision, the verdict signed off, the comment of a send-back and who decided", () => {
    expect(claimSignedOffData(facts("DISPUTED", ""), "approved", "https://app.example")).toMatchObject({
      decision: "approved",
      verdict: "DISPUTED",
      comment: null,
      signedOffBy: { id: "u-ed", name: "Eddie Editor" },
      claim: { label: "C7", url: expect.stringContaining("https://app.example/") },
    });
    expect(claimSignedOffData(facts("PENDING", "Check the date."), "sent_back", "https://app.example")).toMatchObject({
      decision: "sent_back",
      verdict: "DISPUTED",
      comment: "Check the date.",
    });
  });
});
