// The typed client (lib/api-client, generated from the OpenAPI document) against the API, as an
// integration would use it: import an article, find it, work a claim through to a verdict with
// If-Match, and read the progress and the audit log back.
import { beforeAll, describe, expect, it } from "vitest";
import { claimLedgerClient, type ClaimLedgerClient } from "@/lib/api-client";
import { createApiToken } from "@/lib/tokens/mutations";
import { inProcessFetch } from "./api-fetch";
import { makeUser, uniqueSuffix } from "./factories";

let api: ClaimLedgerClient;

beforeAll(async () => {
  const editor = await makeUser("EDITOR");
  const { token } = await createApiToken(editor, { name: "client" });
  api = claimLedgerClient({ baseUrl: "http://localhost", token, fetch: inProcessFetch() });
});

describe("the typed API client", () => {
  it("imports, lists, reviews with If-Match and reads progress and the audit log", async () => {
    const word = `clientword${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const imported = await api.POST("/api/v1/articles", {
      body: { title: `${word} report`, body: "The ministry said 1,200 people were evacuated from Homs on Tuesday." },
    });
    expect(imported.response.status).toBe(201);
    const articleId = imported.data!.article.id;

    const listed = await api.GET("/api/v1/articles", { params: { query: { q: word } } });
    expect(listed.data?.articles.map((article) => article.id)).toEqual([articleId]);

    const claims = await api.GET("/api/v1/articles/{id}/claims", { params: { path: { id: articleId } } });
    const claim = claims.data!.claims[0];
    expect(claim).toMatchObject({ number: 1, status: "PENDING" });

    const read = await api.GET("/api/v1/claims/{id}", { params: { path: { id: claim.id } } });
    const etag = read.response.headers.get("etag")!;
    const source = await api.POST("/api/v1/claims/{id}/evidence", {
      params: { path: { id: claim.id }, header: { "If-Match": etag } },
      body: { url: `https://news.example/${word}`, title: "Ministry statement", stance: "SUPPORTS" },
    });
    expect(source.response.status, JSON.stringify(source.error)).toBe(201);

    // The ETag read before the source was added is stale now: 412 with the claim as it is.
    const stale = await api.POST("/api/v1/claims/{id}/verdict", {
      params: { path: { id: claim.id }, header: { "If-Match": etag } },
      body: { status: "CORROBORATED", rationale: "The ministry's own statement confirms it." },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.error.code).toBe("PRECONDITION_FAILED");

    const verdict = await api.POST("/api/v1/claims/{id}/verdict", {
      params: { path: { id: claim.id } },
      body: {
        status: "CORROBORATED",
        rationale: "The ministry's own statement confirms it.",
        version: source.data!.claim.version,
      },
    });
    expect(verdict.data?.claim.status).toBe("CORROBORATED");

    const article = await api.GET("/api/v1/articles/{id}", { params: { path: { id: articleId } } });
    expect(article.data).toMatchObject({ total: 1, withVerdict: 1, corroborated: 1 });

    const audit = await api.GET("/api/v1/articles/{id}/audit", {
      params: { path: { id: articleId }, query: { limit: "50" } },
    });
    expect(audit.data?.events.map((event) => event.action)).toEqual(
      expect.arrayContaining(["verdict.set", "evidence.added"]),
    );
  });

  it("gives a typed error body for bad input", async () => {
    const answer = await api.GET("/api/v1/claims", { params: { query: { status: "MAYBE" } } });
    expect(answer.response.status).toBe(400);
    expect(answer.error?.error.fields?.status?.length).toBeGreaterThan(0);
  });
});
