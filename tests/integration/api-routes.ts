// The JSON API's routes as a table (one row per route and method) with the fixtures to call them:
// shared by the bad-input table (api-bad-input.test.ts) and the contract test (api-contract.test.ts).
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
import { GET as myTimeZone, PUT as setMyTimeZone } from "@/app/api/v1/me/time-zone/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as rangeReport } from "@/app/api/v1/reports/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { PATCH as updateUser } from "@/app/api/v1/users/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { db } from "@/lib/db/client";
import { addEvidence as addEvidenceDirectly } from "@/lib/evidence/mutations";
import { createApiToken, revokeApiToken } from "@/lib/tokens/mutations";
import {
  sessionCookie,
  TEST_SESSION_SECRET,
  type CallOptions,
  type Method,
  type Params,
  type RouteHandler,
} from "./api-harness";
import { assignDirectly, makeArticle, makeUser, uniqueSuffix } from "./factories";

export interface Fixtures {
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

export type Caller = keyof Fixtures["tokens"];

export interface BodySpec {
  /** Passes validation: with it, a refusal comes from the permission or lookup step. */
  valid: (f: Fixtures) => Record<string, unknown>;
  /** Every field of the wrong type, and the field paths the 400 must name. */
  wrongTypes: Record<string, unknown>;
  wrongFields: string[];
  /** A text field that gets a NUL character. */
  textField: string;
}

export interface RouteSpec {
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

export const ROUTES: RouteSpec[] = [
  { method: "GET", path: "/api/health", handler: health, public: true, caller: "editor" },
  { method: "GET", path: "/api/v1/openapi.json", handler: openapi, public: true, caller: "editor" },
  { method: "GET", path: "/api/v1/me", handler: me, caller: "reviewer" },
  { method: "GET", path: "/api/v1/me/queue", handler: myQueue, caller: "reviewer" },
  { method: "GET", path: "/api/v1/me/time-zone", handler: myTimeZone, caller: "reviewer" },
  {
    method: "PUT",
    path: "/api/v1/me/time-zone",
    handler: setMyTimeZone,
    caller: "reviewer",
    body: { valid: () => ({ timeZone: "UTC" }), wrongTypes: { timeZone: 5 }, wrongFields: ["timeZone"], textField: "timeZone" },
  },
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

export const BAD_IDS = ["%00", "\u0000", "x".repeat(100), "a b", "../x", "' OR 1=1 --", "é"];

export function urlOf(route: RouteSpec, params: Params = {}, query = route.query): string {
  const path = route.path.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  return query ? `${path}?${query}` : path;
}

/** A request to the route as `caller`, with real ids, the valid query and (for body routes) a valid body. */
export function request(route: RouteSpec, f: Fixtures, overrides: Partial<CallOptions> = {}): CallOptions {
  const params = overrides.params ?? route.params?.(f) ?? {};
  const cookie =
    route.sessionOnly && !("token" in overrides) ? f.cookies[route.caller as keyof Fixtures["cookies"]] : undefined;
  return {
    method: route.method,
    url: urlOf(route, params),
    params,
    ...(cookie ? { cookie } : { token: f.tokens[route.caller] }),
    ...(route.body ? { json: route.body.valid(f) } : {}),
    ...overrides,
  };
}

/** Users of every role, an article with claims, an assignment, a source, tokens and session cookies. */
export async function apiFixtures(): Promise<Fixtures> {
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
  return {
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
}
