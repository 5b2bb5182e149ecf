// Issue 3, for every JSON API route: malformed JSON or a wrong field type answers 400 with field
// messages, a missing or bad token 401, a forbidden action 403, an unknown id 404, a malformed id
// 400, an oversized body 413, and nothing answers 500. One table row per route and method.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as articleReport } from "@/app/api/v1/articles/[id]/report/route";
import { POST as setVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import { DELETE as removeEvidence } from "@/app/api/v1/evidence/[id]/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as rangeReport } from "@/app/api/v1/reports/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/api";
import { callRoute, expectApiError, expectFieldErrors, type CallOptions } from "./api-harness";
import { apiFixtures, BAD_IDS, request, ROUTES, urlOf, type Fixtures } from "./api-routes";
import { uniqueSuffix } from "./factories";

let f: Fixtures;

beforeAll(async () => {
  f = await apiFixtures();
});

const BAD_AUTHORIZATIONS: { name: string; header: (f: Fixtures) => string | undefined }[] = [
  { name: "no Authorization header", header: () => undefined },
  { name: "an unknown clt_ token", header: () => `Bearer clt_bogus${"A".repeat(40)}` },
  { name: "a scheme other than Bearer", header: () => "Basic YWRtaW46YWRtaW4=" },
  { name: "Bearer without a token", header: () => "Bearer " },
  { name: "a revoked token", header: (f) => `Bearer ${f.tokens.revoked}` },
  { name: "the token of a deactivated user", header: (f) => `Bearer ${f.tokens.inactive}` },
];

for (const route of ROUTES) {
  describe(`${route.method} ${route.path}`, () => {
    it.each(BAD_AUTHORIZATIONS)(
      route.public ? "is public: 200 with $name" : "answers 401 UNAUTHENTICATED with $name",
      async ({ header }) => {
        const authorization = header(f);
        const answer = await callRoute(route.handler, {
          ...request(route, f),
          token: undefined,
          cookie: undefined,
          authorization,
        });
        if (route.public) {
          expect(answer.status, answer.text.slice(0, 300)).toBe(200);
          expect(answer.body).toBeTypeOf("object");
        } else {
          expectApiError(answer, 401, "UNAUTHENTICATED");
          // RFC 6750: say how to authenticate, and flag a token that was sent but is not valid.
          const challenge = answer.headers.get("www-authenticate") ?? "";
          expect(challenge).toMatch(/^Bearer realm="ClaimLedger"/);
          expect(challenge.includes('error="invalid_token"')).toBe(/^Bearer \S+$/.test(authorization ?? ""));
        }
      },
    );

    if (route.body) {
      const body = route.body;

      it("checks the token before reading the body: no token and malformed JSON is 401", async () => {
        const answer = await callRoute(route.handler, {
          ...request(route, f),
          token: undefined,
          cookie: undefined,
          raw: "{",
        });
        expectApiError(answer, 401, "UNAUTHENTICATED");
      });

      it.each([
        { name: "truncated JSON", raw: '{"a": ' },
        { name: "a trailing comma", raw: '{"a": 1,}' },
        { name: "single quotes", raw: "{'a': 1}" },
        { name: "an empty body", raw: "" },
        { name: "a raw NUL byte inside a string", raw: '{"a": "x\u0000y"}' },
      ])("answers 400 VALIDATION_FAILED to malformed JSON: $name", async ({ raw }) => {
        expectFieldErrors(await callRoute(route.handler, request(route, f, { raw })), ["_"]);
      });

      it.each([
        { name: "an array", json: () => [] },
        { name: "an array of the valid body", json: () => [body.valid(f)] },
        { name: "null", json: () => null },
        { name: "a string", json: () => "text" },
        { name: "a number", json: () => 7 },
      ])("answers 400 with field messages when the body is $name", async ({ json }) => {
        const error = expectFieldErrors(await callRoute(route.handler, request(route, f, { json: json() })), []);
        expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
      });

      it(`answers 400 naming each field of the wrong type (${body.wrongFields.join(", ")})`, async () => {
        expectFieldErrors(
          await callRoute(route.handler, request(route, f, { json: body.wrongTypes })),
          body.wrongFields,
        );
      });

      it(`answers 400 naming ${body.textField} when it holds a NUL character`, async () => {
        const json = { ...body.valid(f), [body.textField]: "before\u0000after" };
        expectFieldErrors(await callRoute(route.handler, request(route, f, { json })), [body.textField]);
      });

      it("answers 400 when a NUL character is nested in an unexpected field", async () => {
        const json = { ...body.valid(f), extra: { list: ["ok", "\u0000"] } };
        expectFieldErrors(await callRoute(route.handler, request(route, f, { json })), ["extra.list.1"]);
      });

      it("never answers 500 for odd JSON: a NUL in a key, an infinite number", async () => {
        const odd = [`{"ke\\u0000y": 1}`, JSON.stringify({ ...body.valid(f), "ke\u0000y": 1 }), `{"version": 1e999}`];
        for (const raw of odd) {
          const answer = await callRoute(route.handler, request(route, f, { raw }));
          if (answer.status >= 400) expectApiError(answer, [400, 409]);
          else expect(answer.status).toBeLessThan(300);
        }
      });

      it(`answers 400 naming ${body.textField} when it holds a lone surrogate (invalid Unicode)`, async () => {
        const raw = JSON.stringify({ ...body.valid(f), [body.textField]: "x" }).replace(
          '"x"',
          '"before \\ud800 after"',
        );
        expectFieldErrors(await callRoute(route.handler, request(route, f, { raw })), [body.textField]);
      });

      it("answers 400 to JSON nested far deeper than any valid body", async () => {
        const raw = `{"deep": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
        expectApiError(await callRoute(route.handler, request(route, f, { raw })), 400, "VALIDATION_FAILED");
      });

      it("answers 415 UNSUPPORTED_MEDIA_TYPE to a body that is not declared as JSON", async () => {
        const raw = JSON.stringify(body.valid(f));
        const answer = await callRoute(route.handler, request(route, f, { raw, contentType: "text/plain" }));
        expectApiError(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
      });

      it("answers 413 PAYLOAD_TOO_LARGE when Content-Length declares more than 5 MB", async () => {
        const headers = { "content-length": String(MAX_JSON_BODY_BYTES + 1) };
        const answer = await callRoute(route.handler, request(route, f, { headers }));
        expectApiError(answer, 413, "PAYLOAD_TOO_LARGE");
      });

      it("answers 413 PAYLOAD_TOO_LARGE to a body over 5 MB without Content-Length", async () => {
        const json = { ...body.valid(f), [body.textField]: "x".repeat(MAX_JSON_BODY_BYTES) };
        const answer = await callRoute(route.handler, request(route, f, { json }));
        expectApiError(answer, 413, "PAYLOAD_TOO_LARGE");
      });
    }

    if (route.forbidden) {
      it.each(route.forbidden)("answers 403 FORBIDDEN to the %s", async (caller) => {
        expectApiError(
          await callRoute(route.handler, request(route, f, { token: f.tokens[caller] })),
          403,
          "FORBIDDEN",
        );
      });
    }

    if (route.params) {
      // Only the id changes; other path parameters (a claim number) keep their valid values.
      const withId = (id: string): Partial<CallOptions> => ({
        params: { ...route.params?.(f), id },
        url: urlOf(route, { ...route.params?.(f), id }),
      });

      it("answers 404 NOT_FOUND for an id that does not exist", async () => {
        expectApiError(
          await callRoute(route.handler, request(route, f, withId(`none_${uniqueSuffix()}`))),
          404,
          "NOT_FOUND",
        );
      });

      it.each(BAD_IDS.map((id) => ({ id, shown: JSON.stringify(id).slice(0, 24) })))(
        "answers 400 VALIDATION_FAILED (never 500) for the malformed id $shown",
        async ({ id }) => {
          expectApiError(await callRoute(route.handler, request(route, f, withId(id))), 400, "VALIDATION_FAILED");
        },
      );
    }
  });
}

describe("query parameters and assignment-gated writes", () => {
  const evidenceRoute = ROUTES.find((r) => r.method === "DELETE" && r.path === "/api/v1/evidence/[id]")!;
  const articleReportRoute = ROUTES.find((r) => r.path === "/api/v1/articles/[id]/report")!;
  const rangeReportRoute = ROUTES.find((r) => r.path === "/api/v1/reports")!;
  const verdictRoute = ROUTES.find((r) => r.path === "/api/v1/claims/[id]/verdict")!;

  it.each(["", "version=", "version=abc", "version=1.5", "version=-1", "version=1e400", "version=%00"])(
    "DELETE /api/v1/evidence/[id]?%s answers 400 naming version",
    async (query) => {
      const answer = await callRoute(
        removeEvidence,
        request(evidenceRoute, f, { url: `/api/v1/evidence/${f.evidenceId}?${query}` }),
      );
      expectFieldErrors(answer, ["version"]);
    },
  );

  it.each([
    { query: "", fields: ["format"] },
    { query: "format=exe", fields: ["format"] },
    { query: "format=csv&kind=everything", fields: ["kind"] },
    { query: "format=%00", fields: ["format"] },
  ])("GET /api/v1/articles/[id]/report?$query answers 400 naming $fields", async ({ query, fields }) => {
    const url = `/api/v1/articles/${f.articleId}/report?${query}`;
    expectFieldErrors(await callRoute(articleReport, request(articleReportRoute, f, { url })), fields);
  });

  it.each([
    { query: "format=json", fields: ["from", "to"] },
    { query: "from=2024-02-30&to=2024-03-01&format=json", fields: ["from"] },
    { query: "from=0000-01-01&to=99999-01-01&format=json", fields: ["from", "to"] },
    { query: "from=2024-03-02&to=2024-03-01&format=json", fields: ["to"] },
    { query: "from=%00&to=2024-03-01&format=pdf", fields: ["from"] },
    { query: `from=${"9".repeat(5000)}&to=2024-03-01&format=json`, fields: ["from"] },
  ])("GET /api/v1/reports?$query answers 400 naming $fields", async ({ query, fields }) => {
    expectFieldErrors(
      await callRoute(rangeReport, request(rangeReportRoute, f, { url: `/api/v1/reports?${query}` })),
      fields,
    );
  });

  it("a reviewer assigned to one claim may not give a verdict on another claim of the article: 403", async () => {
    const params = { id: f.siblingClaimId };
    const answer = await callRoute(setVerdict, request(verdictRoute, f, { params, token: f.tokens.reviewer }));
    expectApiError(answer, 403, "FORBIDDEN");
  });

  it("an editor revoking another user's token gets 404, and the token keeps working", async () => {
    const revoke = ROUTES.find((r) => r.path === "/api/v1/tokens/[id]")!;
    const answer = await callRoute(revokeToken, request(revoke, f, { cookie: f.cookies.editor }));
    expectApiError(answer, 404, "NOT_FOUND");
    expect((await callRoute(me, { method: "GET", url: "/api/v1/me", token: f.tokens.admin })).status).toBe(200);
  });
});
