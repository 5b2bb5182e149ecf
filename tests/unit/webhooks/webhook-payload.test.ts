import { describe, expect, it } from "vitest";
import { articleImportedData, buildPayload, claimVerdictData } from "@/lib/webhooks/payload";
import { createWebhookSchema, updateWebhookSchema } from "@/lib/webhooks/schema";

const BASE = "https://claimledger.example.org";

describe("webhook payload", () => {
  it("claim.verdict: ids, article title, claim number and statement, verdict, rationale and links", () => {
    const occurredAt = new Date("2026-12-01T10:00:00Z");
    const payload = buildPayload(
      "claim.verdict",
      claimVerdictData(
        {
          article: { id: "a1", title: "Floods in Homs" },
          claim: { id: "c1", number: 7, statement: "The river rose 3 metres.", claimant: "The governor" },
          verdict: "DISPUTED",
          previousStatus: "PENDING",
          rationale: "Gauges show 1.2 m.",
          reviewer: { id: "u1", name: "Rania" },
        },
        BASE,
      ),
      occurredAt,
    );
    expect(payload).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      event: "claim.verdict",
      occurredAt: "2026-12-01T10:00:00.000Z",
      data: {
        article: { id: "a1", title: "Floods in Homs", url: `${BASE}/articles/a1` },
        claim: {
          id: "c1",
          number: 7,
          label: "C7",
          statement: "The river rose 3 metres.",
          claimant: "The governor",
          url: `${BASE}/articles/a1/claims/7`,
        },
        verdict: "DISPUTED",
        previousStatus: "PENDING",
        rationale: "Gauges show 1.2 m.",
        reviewer: { id: "u1", name: "Rania" },
      },
    });
    // Every event gets its own delivery id.
    expect(buildPayload("claim.verdict", {}, occurredAt).id).not.toBe(payload.id);
  });

  it("article.imported: the article with its claim count and link, and who imported it", () => {
    const data = articleImportedData(
      {
        id: "a1",
        title: "T",
        url: null,
        publisher: "P",
        language: "ar",
        claims: 12,
        importedBy: { id: "u2", name: "Omar" },
      },
      BASE,
    );
    expect(data).toEqual({
      article: {
        id: "a1",
        title: "T",
        sourceUrl: null,
        publisher: "P",
        language: "ar",
        claims: 12,
        url: `${BASE}/articles/a1`,
      },
      importedBy: { id: "u2", name: "Omar" },
    });
  });
});

describe("webhook input", () => {
  const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("accepts a URL and known events; an empty secret means generate one", () => {
    const parsed = createWebhookSchema.parse({
      url: " https://hooks.example/x ",
      events: ["claim.verdict", "claim.verdict"],
      secret: "",
    });
    expect(parsed).toEqual({ url: "https://hooks.example/x", events: ["claim.verdict"], secret: undefined });
  });

  it("names the field: bad URL, unknown event, no events, short secret", () => {
    expect(fields(createWebhookSchema.safeParse({ url: "ftp://x", events: ["claim.verdict"] }))).toHaveProperty("url");
    expect(fields(createWebhookSchema.safeParse({ url: "https://x", events: ["claim.exploded"] }))["events.0"]).toMatch(
      /Unknown event/,
    );
    expect(fields(createWebhookSchema.safeParse({ url: "https://x", events: [] })).events).toBe(
      "Choose at least one event.",
    );
    expect(
      fields(createWebhookSchema.safeParse({ url: "https://x", events: ["claim.verdict"], secret: "short" })).secret,
    ).toMatch(/at least 16/);
    expect(
      fields(updateWebhookSchema.safeParse({ secret: "a long enough secret!", rotateSecret: true })),
    ).toHaveProperty("rotateSecret");
  });
});
