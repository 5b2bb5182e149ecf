// Issue 3, for every JSON API route: malformed JSON or a wrong field type answers 400 with field
// messages, a missing or bad token 401, a forbidden action 403, an unknown id 404, a malformed id
// 400, an oversized body 413, and nothing answers 500. One table row per route and method.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as claimByNumber } from "@/app/api/v1/articles/[id]/claims/[number]/route";
import { GET as previewFinalize, POST as finalizeArticle } from "@/app/api/v1/articles/[id]/finalize/route";
import { POST as reopenArticle } from "@/app/api/v1/articles/[id]/reopen/route";
import { GET as articleReport } from "@/app/api/v1/articles/[id]/report/route";
import { POST as importArticle } from "@/app/api/v1/articles/route";
import { DELETE as unassign } from "@/app/api/v1/assignments/[id]/route";
import { POST as assignClaim } from "@/app/api/v1/claims/[id]/assignments/route";
import { POST as addComment } from "@/app/api/v1/claims/[id]/comments/route";
import { POST as addEvidence } from "@/app/api/v1/claims/[id]/evidence/route";
import { GET as readClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as setVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import { PUT as setClaimant } from "@/app/api/v1/claims/[id]/claimant/route";
import { POST as reopenClaim } from "@/app/api/v1/claims/[id]/reopen/route";
import { DELETE as endConsultation } from "@/app/api/v1/consultations/[id]/route";
import { DELETE as removeEvidence, PATCH as editEvidence } from "@/app/api/v1/evidence/[id]/route";
import { GET as myQueue } from "@/app/api/v1/me/queue/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as rangeReport } from "@/app/api/v1/reports/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { PATCH as updateUser } from "@/app/api/v1/users/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { db } from "@/lib/db/client";
import { addEvidence as addEvidenceDirectly } from "@/lib/evidence/mutations";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/api";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";
import {
  callRoute,
  expectApiError,
  expectFieldErrors,
  sessionCookie,
  TEST_SESSION_SECRET,
  type CallOptions,
  type Method,
  type Params,
  type RouteHandler,
} from "./api-harness";
import { assignDirectly, makeArticle, makeUser, uniqueSuffix } from "./factories";

interface Fixtures {
  tokens: Record<"admin" | "editor" | "reviewer" | "outsider" | "revoked" | "inactive", string>;
  /** Browser-session cookies of the active callers, for the routes that take no API token. */
  cookies: Record<"admin" | "editor" | "reviewer" | "outsider", string>;
  reviewerId: string;
  articleId: string;
  claimId: string;
  /** A claim of the same article, not assigned to the reviewer. */
  siblingClaimId: string;
  evidenceId: string;
  assignmentId: string;
  /** A token of the admin: another user's token, from the editor's point of view. */
  adminTokenId: string;
  claimNumber: number;
  /** The outsider consulted on the sibling claim. */
  consultationId: string;
}

type Caller = keyof Fixtures["tokens"];

interface BodySpec {
  /** Passes validation: with it, a refusal comes from the permission or lookup step. */
  valid: (f: Fixtures) => Record<string, unknown>;
  /** Every field of the wrong type, and the field paths the 400 must name. */
  wrongTypes: Record<string, unknown>;
  wrongFields: string[];
  /** A text field that gets a NUL character. */
  textField: string;
}

interface RouteSpec {
  method: Method;
  /** The route's path pattern, e.g. /api/v1/claims/[id]/verdict. */
  path: string;
  handler: RouteHandler;
  public?: true;
  /** Real ids for the path (a route without [id] has none). */
  params?: (f: Fixtures) => Params;
  /** A valid query string, without "?". */
  query?: string;
  /** A caller allowed to act, so validation and lookup are reached. */
  caller: Caller;
  body?: BodySpec;
  /** Callers whose role or assignment does not allow this: 403. */
  forbidden?: Caller[];
  /** Only from a signed-in browser session (an API token gets 403): the table calls it with the caller's cookie. */
  sessionOnly?: true;
}

const ROUTES: RouteSpec[] = [
  { method: "GET", path: "/api/health", handler: health, public: true, caller: "editor" },
  { method: "GET", path: "/api/v1/openapi.json", handler: openapi, public: true, caller: "editor" },
  { method: "GET", path: "/api/v1/me", handler: me, caller: "reviewer" },
  { method: "GET", path: "/api/v1/me/queue", handler: myQueue, caller: "reviewer" },
  { method: "GET", path: "/api/v1/tokens", handler: listTokens, caller: "reviewer" },
  {
    method: "POST",
    path: "/api/v1/tokens",
    handler: createToken,
    caller: "reviewer",
    sessionOnly: true,
    body: { valid: () => ({ name: "t" }), wrongTypes: { name: 5 }, wrongFields: ["name"], textField: "name" },
  },
  {
    method: "DELETE",
    path: "/api/v1/tokens/[id]",
    handler: revokeToken,
    params: (f) => ({ id: f.adminTokenId }),
    caller: "admin",
    sessionOnly: true,
  },
  { method: "GET", path: "/api/v1/users", handler: listUsers, caller: "admin", forbidden: ["editor", "reviewer"] },
  {
    method: "POST",
    path: "/api/v1/users",
    handler: createUser,
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({
        email: `x-${uniqueSuffix()}@test.local`,
        name: "X",
        role: "REVIEWER",
        password: "a long enough password",
      }),
      wrongTypes: { email: 1, name: 2, role: 3, password: 4 },
      wrongFields: ["email", "name", "role", "password"],
      textField: "name",
    },
  },
  {
    method: "PATCH",
    path: "/api/v1/users/[id]",
    handler: updateUser,
    params: (f) => ({ id: f.reviewerId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({ role: "REVIEWER" }),
      wrongTypes: { role: 5, active: "yes" },
      wrongFields: ["role", "active"],
      textField: "role",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles",
    handler: importArticle,
    caller: "editor",
    forbidden: ["reviewer"],
    body: {
      valid: () => ({ title: "T", body: `Officials said 12 people left on ${uniqueSuffix()}.` }),
      wrongTypes: { title: 1, body: 2, url: 3, publisher: 4, publishedAt: {} },
      wrongFields: ["title", "body", "url", "publisher", "publishedAt"],
      textField: "title",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/finalize",
    handler: finalizeArticle,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/finalize",
    handler: previewFinalize,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/claims/[number]",
    handler: claimByNumber,
    params: (f) => ({ id: f.articleId, number: String(f.claimNumber) }),
    caller: "editor",
    forbidden: ["outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/reopen",
    handler: reopenClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ reason: "A correction came in, look again.", version: 1 }),
      wrongTypes: { reason: 1, version: "1" },
      wrongFields: ["reason", "version"],
      textField: "reason",
    },
  },
  {
    method: "PUT",
    path: "/api/v1/claims/[id]/claimant",
    handler: setClaimant,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ claimant: "The health ministry", version: 1 }),
      wrongTypes: { claimant: 1, version: "1" },
      wrongFields: ["claimant", "version"],
      textField: "claimant",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/consultations/[id]",
    handler: endConsultation,
    params: (f) => ({ id: f.consultationId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/reopen",
    handler: reopenArticle,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/report",
    handler: articleReport,
    params: (f) => ({ id: f.articleId }),
    query: "format=json",
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/reports",
    handler: rangeReport,
    query: "from=2024-01-01&to=2024-01-02&format=json",
    caller: "editor",
    forbidden: ["reviewer"],
  },
  {
    method: "GET",
    path: "/api/v1/claims/[id]",
    handler: readClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/verdict",
    handler: setVerdict,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ status: "DISPUTED", rationale: "Long enough rationale.", version: 1 }),
      wrongTypes: { status: 1, rationale: 2, version: "1" },
      wrongFields: ["status", "rationale", "version"],
      textField: "rationale",
    },
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/evidence",
    handler: addEvidence,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ url: `https://news.example/${uniqueSuffix()}`, title: "T", stance: "SUPPORTS", version: 1 }),
      wrongTypes: {
        url: 1,
        title: 2,
        publisher: 3,
        publishedAt: 4,
        accessedAt: 5,
        stance: 6,
        excerpt: 7,
        note: 8,
        version: "1",
      },
      wrongFields: ["url", "title", "publisher", "publishedAt", "accessedAt", "stance", "excerpt", "note", "version"],
      textField: "title",
    },
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/comments",
    handler: addComment,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["outsider"],
    body: { valid: () => ({ body: "A comment." }), wrongTypes: { body: 42 }, wrongFields: ["body"], textField: "body" },
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/assignments",
    handler: assignClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => ({ reviewerId: f.reviewerId }),
      wrongTypes: { reviewerId: 1, reviewerEmail: 2, dueAt: 3, note: {} },
      wrongFields: ["reviewerId", "reviewerEmail", "dueAt", "note"],
      textField: "note",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/assignments/[id]",
    handler: unassign,
    params: (f) => ({ id: f.assignmentId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "PATCH",
    path: "/api/v1/evidence/[id]",
    handler: editEvidence,
    params: (f) => ({ id: f.evidenceId }),
    caller: "editor",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ title: "New title", version: 1 }),
      wrongTypes: { title: 2, stance: "MAYBE", url: [], version: "1" },
      wrongFields: ["title", "stance", "url", "version"],
      textField: "title",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/evidence/[id]",
    handler: removeEvidence,
    params: (f) => ({ id: f.evidenceId }),
    query: "version=1",
    caller: "editor",
    forbidden: ["outsider"],
  },
];

const BAD_IDS = ["%00", "\u0000", "x".repeat(100), "a b", "../x", "' OR 1=1 --", "é"];

function urlOf(route: RouteSpec, params: Params = {}, query = route.query): string {
  const path = route.path.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  return query ? `${path}?${query}` : path;
}

/** A request to the route as `caller`, with real ids, the valid query and (for body routes) a valid body. */
function request(route: RouteSpec, f: Fixtures, overrides: Partial<CallOptions> = {}): CallOptions {
  const params = overrides.params ?? route.params?.(f) ?? {};
  const cookie = route.sessionOnly && !("token" in overrides) ? f.cookies[route.caller as keyof Fixtures["cookies"]] : undefined;
  return {
    method: route.method,
    url: urlOf(route, params),
    params,
    ...(cookie ? { cookie } : { token: f.tokens[route.caller] }),
    ...(route.body ? { json: route.body.valid(f) } : {}),
    ...overrides,
  };
}

let f: Fixtures;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
  const [admin, editor, reviewer, outsider, leaver] = await Promise.all([
    makeUser("ADMIN"),
    makeUser("EDITOR"),
    makeUser("REVIEWER"),
    makeUser("REVIEWER"),
    makeUser("EDITOR"),
  ]);
  const { article, claims } = await makeArticle(editor);
  const [claim, sibling] = claims;
  const assignment = await assignDirectly(claim.id, reviewer.id, editor.id);
  const { evidence } = await addEvidenceDirectly(editor, claim.id, {
    url: `https://news.example/${uniqueSuffix()}`,
    title: "Source",
    stance: "SUPPORTS",
    version: 1,
  });
  const token = async (user: typeof admin) => createApiToken(user, { name: "bad input" });
  const [adminToken, editorToken, reviewerToken, outsiderToken, revoked, inactive] = await Promise.all(
    [admin, editor, reviewer, outsider, editor, leaver].map(token),
  );
  await revokeApiToken(editor, revoked.id);
  await db.user.update({ where: { id: leaver.id }, data: { active: false } });
  f = {
    tokens: {
      admin: adminToken.token,
      editor: editorToken.token,
      reviewer: reviewerToken.token,
      outsider: outsiderToken.token,
      revoked: revoked.token,
      inactive: inactive.token,
    },
    cookies: {
      admin: (await sessionCookie(admin.id)).cookie,
      editor: (await sessionCookie(editor.id)).cookie,
      reviewer: (await sessionCookie(reviewer.id)).cookie,
      outsider: (await sessionCookie(outsider.id)).cookie,
    },
    reviewerId: reviewer.id,
    articleId: article.id,
    claimId: claim.id,
    siblingClaimId: sibling.id,
    evidenceId: evidence.id,
    assignmentId: assignment.id,
    adminTokenId: adminToken.id,
    claimNumber: claim.number,
    consultationId: (
      await db.consultation.create({ data: { claimId: sibling.id, userId: outsider.id, invitedById: editor.id } })
    ).id,
  };
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
        const answer = await callRoute(route.handler, { ...request(route, f), token: undefined, cookie: undefined, raw: "{" });
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
        const raw = JSON.stringify({ ...body.valid(f), [body.textField]: "x" }).replace('"x"', '"before \\ud800 after"');
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
