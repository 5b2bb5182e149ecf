// The JSON API's routes as a table (one row per route and method) with the fixtures to call them:
// shared by the bad-input table (api-bad-input.test.ts) and the contract test (api-contract.test.ts).
import { GET as health } from "@/app/api/health/route";
import { GET as articleAudit } from "@/app/api/v1/articles/[id]/audit/route";
import { POST as autoAssign } from "@/app/api/v1/articles/[id]/auto-assign/route";
import { GET as articleClaims, POST as addClaim } from "@/app/api/v1/articles/[id]/claims/route";
import { GET as listCandidates, POST as promoteCandidate } from "@/app/api/v1/articles/[id]/candidates/route";
import { POST as rerunExtraction } from "@/app/api/v1/articles/[id]/extraction/route";
import { GET as listRevisions, POST as importRevision } from "@/app/api/v1/articles/[id]/revisions/route";
import { POST as resolveAnchor } from "@/app/api/v1/articles/[id]/revisions/anchors/[claimId]/route";
import { GET as readArticle } from "@/app/api/v1/articles/[id]/route";
import { PUT as setDueDate } from "@/app/api/v1/claims/[id]/due-date/route";
import { POST as mergeClaims } from "@/app/api/v1/claims/[id]/merge/route";
import { POST as splitClaim } from "@/app/api/v1/claims/[id]/split/route";
import { POST as undoCuration } from "@/app/api/v1/undo/route";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { POST as markMentionsRead } from "@/app/api/v1/me/mentions/read/route";
import { GET as myMentions } from "@/app/api/v1/me/mentions/route";
import {
  GET as myNotificationPreferences,
  PUT as setMyNotificationPreferences,
} from "@/app/api/v1/me/notification-preferences/route";
import { GET as listNotifications } from "@/app/api/v1/notifications/route";
import { POST as markNotificationsRead } from "@/app/api/v1/notifications/read/route";
import { POST as deactivateUser } from "@/app/api/v1/users/[id]/deactivate/route";
import { POST as reassignOpenWork } from "@/app/api/v1/users/[id]/reassign/route";
import { GET as claimByNumber } from "@/app/api/v1/articles/[id]/claims/[number]/route";
import { GET as previewFinalize, POST as finalizeArticle } from "@/app/api/v1/articles/[id]/finalize/route";
import { POST as reopenArticle } from "@/app/api/v1/articles/[id]/reopen/route";
import { GET as articleReport } from "@/app/api/v1/articles/[id]/report/route";
import { GET as listArticles, POST as importArticle } from "@/app/api/v1/articles/route";
import { DELETE as unassign } from "@/app/api/v1/assignments/[id]/route";
import { POST as assignClaim } from "@/app/api/v1/claims/[id]/assignments/route";
import { POST as addComment } from "@/app/api/v1/claims/[id]/comments/route";
import { POST as addEvidence } from "@/app/api/v1/claims/[id]/evidence/route";
import { GET as listSimilar } from "@/app/api/v1/claims/[id]/similar/route";
import { POST as decideSimilar } from "@/app/api/v1/claims/[id]/similar/[matchId]/route";
import { POST as reuseSimilarSources } from "@/app/api/v1/claims/[id]/similar/[matchId]/reuse-sources/route";
import { DELETE as deleteClaim, GET as readClaim, PATCH as editClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as setVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import { PUT as setClaimant } from "@/app/api/v1/claims/[id]/claimant/route";
import { POST as reopenClaim } from "@/app/api/v1/claims/[id]/reopen/route";
import { POST as approveClaim } from "@/app/api/v1/claims/[id]/approve/route";
import { POST as sendBackClaim } from "@/app/api/v1/claims/[id]/send-back/route";
import { POST as publishArticle } from "@/app/api/v1/articles/[id]/publish/route";
import { GET as claimReviewFeed } from "@/app/api/v1/claimreview/route";
import { DELETE as endConsultation } from "@/app/api/v1/consultations/[id]/route";
import { DELETE as removeEvidence, PATCH as editEvidence } from "@/app/api/v1/evidence/[id]/route";
import { POST as addSourceSnapshot } from "@/app/api/v1/evidence/[id]/snapshots/route";
import { GET as snapshotFile } from "@/app/api/v1/snapshots/[id]/file/route";
import { pasteSourceText } from "@/lib/sources/provide";
import { GET as myQueue } from "@/app/api/v1/me/queue/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as myTimeZone, PUT as setMyTimeZone } from "@/app/api/v1/me/time-zone/route";
import { GET as myLanguage, PUT as setMyLanguage } from "@/app/api/v1/me/language/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as rangeReport } from "@/app/api/v1/reports/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { PATCH as updateUser } from "@/app/api/v1/users/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { GET as listWebhooks, POST as createWebhook } from "@/app/api/v1/webhooks/route";
import { DELETE as deleteWebhook, GET as getWebhook, PATCH as updateWebhook } from "@/app/api/v1/webhooks/[id]/route";
import { GET as listWebhookDeliveries } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { POST as sendWebhookTest } from "@/app/api/v1/webhooks/[id]/test/route";
import { GET as getRatingScale } from "@/app/api/v1/rating-scale/route";
import { POST as createRatingLabel } from "@/app/api/v1/rating-scale/labels/route";
import {
  DELETE as deleteRatingLabel,
  GET as getRatingLabel,
  PATCH as updateRatingLabel,
} from "@/app/api/v1/rating-scale/labels/[id]/route";
import { PUT as reorderRatingLabels } from "@/app/api/v1/rating-scale/order/route";
import { createRatingLabel as createRatingLabelDirectly } from "@/lib/rating-scale/mutations";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addComment as addCommentDirectly } from "@/lib/comments/mutations";
import { listCandidates as listCandidatesDirectly } from "@/lib/claims/candidates";
import { deleteClaim as deleteClaimDirectly } from "@/lib/claims/mutations";
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
  /** A pasted snapshot of that source. */
  snapshotId: string;
  assignmentId: string;
  /** A token of the admin: another user's token, from the editor's point of view. */
  adminTokenId: string;
  claimNumber: number;
  adminId: string;
  /** Two claims next to each other in reading order that nobody works on yet (split, merge). */
  curatedClaimId: string;
  nextCuratedClaimId: string;
  /** A candidate below the line of the article (for promote). */
  candidateSpan: { start: number; end: number };
  /** Text between claims, for adding a claim. */
  freeSpan: { start: number; end: number; text: string };
  /** A word boundary inside the claim (for split). */
  splitAt: number;
  /** A deactivated reviewer still holding an open assignment (for reassign). */
  leaverReviewerId: string;
  /** A mention of the reviewer. */
  mentionId: string;
  /** The outsider consulted on the sibling claim. */
  consultationId: string;
  /** The editor's undo offer for deleting the spare claim (undone, the claim is back). */
  undoToken: string;
  /** A similar-claim suggestion on the claim (the sibling as the earlier claim), and a confirmed one (the curated claim). */
  similarMatchId: string;
  similarConfirmedMatchId: string;
  /** A disabled webhook endpoint of the admin's (disabled: events from other tests must not reach it). */
  webhookId: string;
  /** A retired rating label of the desk's scale (retired: it never shows among the choices of other tests). */
  ratingLabelId: string;
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
  /** A query string the route refuses (400); default format=exe. */
  badQuery?: string;
  /** The claim a versioned write changes (its version goes in the body, or If-Match); default the fixtures' claim. */
  claim?: (f: Fixtures) => string;
  /** A caller allowed to act, so validation and lookup are reached. */
  caller: Caller;
  body?: BodySpec;
  /** Callers whose role or assignment does not allow this: 403. */
  forbidden?: Caller[];
  /** Only from a signed-in browser session (an API token gets 403): the table calls it with the caller's cookie. */
  sessionOnly?: true;
}

export const ROUTES: RouteSpec[] = [
  // Sign-off and publishing (docs/signoff.md).
  {
    method: "POST",
    path: "/api/v1/claims/[id]/approve",
    handler: approveClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/send-back",
    handler: sendBackClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ comment: "Check the date of the second source." }),
      wrongTypes: { comment: 1, version: "1" },
      wrongFields: ["comment", "version"],
      textField: "comment",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/publish",
    handler: publishArticle,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ url: "https://factcheck.example.org/2024/api-table" }),
      wrongTypes: { url: 1, exclude: "C2" },
      wrongFields: ["url", "exclude"],
      textField: "url",
    },
  },
  { method: "GET", path: "/api/v1/claimreview", handler: claimReviewFeed, caller: "reviewer" },
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
    body: {
      valid: () => ({ timeZone: "UTC" }),
      wrongTypes: { timeZone: 5 },
      wrongFields: ["timeZone"],
      textField: "timeZone",
    },
  },
  { method: "GET", path: "/api/v1/me/language", handler: myLanguage, caller: "reviewer" },
  {
    method: "PUT",
    path: "/api/v1/me/language",
    handler: setMyLanguage,
    caller: "reviewer",
    body: {
      valid: () => ({ locale: "ar" }),
      wrongTypes: { locale: 5 },
      wrongFields: ["locale"],
      textField: "locale",
    },
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
    method: "GET",
    path: "/api/v1/claims/[id]/similar",
    handler: listSimilar,
    params: (f) => ({ id: f.claimId }),
    caller: "reviewer",
    forbidden: ["outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/similar/[matchId]",
    handler: decideSimilar,
    params: (f) => ({ id: f.claimId, matchId: f.similarMatchId }),
    caller: "reviewer",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ decision: "CONFIRMED" }),
      wrongTypes: { decision: 1 },
      wrongFields: ["decision"],
      textField: "decision",
    },
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/similar/[matchId]/reuse-sources",
    handler: reuseSimilarSources,
    params: (f) => ({ id: f.claimId, matchId: f.similarConfirmedMatchId }),
    caller: "reviewer",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ version: 1 }),
      wrongTypes: { version: "1" },
      wrongFields: ["version"],
      textField: "version",
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
  {
    method: "POST",
    path: "/api/v1/evidence/[id]/snapshots",
    handler: addSourceSnapshot,
    params: (f) => ({ id: f.evidenceId }),
    caller: "editor",
    forbidden: ["outsider"],
    body: {
      valid: () => ({ text: "The text of the paywalled page." }),
      wrongTypes: { text: 1 },
      wrongFields: ["text"],
      textField: "text",
    },
  },
  {
    method: "GET",
    path: "/api/v1/snapshots/[id]/file",
    handler: snapshotFile,
    params: (f) => ({ id: f.snapshotId }),
    caller: "editor",
    forbidden: ["outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles",
    handler: listArticles,
    caller: "editor",
    query: "state=open&limit=5",
    badQuery: "state=closed",
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]",
    handler: readArticle,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/claims",
    handler: articleClaims,
    params: (f) => ({ id: f.articleId }),
    query: "status=PENDING",
    caller: "reviewer",
    forbidden: ["outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/claims",
    handler: addClaim,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => ({ start: f.freeSpan.start, end: f.freeSpan.end, text: f.freeSpan.text }),
      wrongTypes: { start: "0", end: "1", text: 3 },
      wrongFields: ["start", "end", "text"],
      textField: "text",
    },
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/candidates",
    handler: listCandidates,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/candidates",
    handler: promoteCandidate,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => f.candidateSpan,
      wrongTypes: { start: "0", end: "1" },
      wrongFields: ["start", "end"],
      textField: "start",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/extraction",
    handler: rerunExtraction,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/revisions",
    handler: listRevisions,
    params: (f) => ({ id: f.articleId }),
    caller: "reviewer",
    forbidden: ["outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/revisions",
    handler: importRevision,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      // A new version each call: the first paragraph reworded, one sentence added.
      valid: () => ({
        body: `${API_BODY.replace("1,200 people", "1,300 people")}\n\nThe army said ${uniqueSuffix().length} tanks left Hama on ${uniqueSuffix()}.`,
      }),
      wrongTypes: { body: 5 },
      wrongFields: ["body"],
      textField: "body",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/revisions/anchors/[claimId]",
    handler: resolveAnchor,
    params: (f) => ({ id: f.articleId, claimId: f.curatedClaimId }),
    claim: (f) => f.curatedClaimId,
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ resolution: "orphaned", version: 1 }),
      wrongTypes: { resolution: "sometimes", version: "one" },
      wrongFields: ["resolution"],
      textField: "resolution",
    },
  },
  {
    method: "POST",
    path: "/api/v1/articles/[id]/auto-assign",
    handler: autoAssign,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => ({ reviewerIds: [f.reviewerId] }),
      wrongTypes: { reviewerIds: "x", dueAt: 5, note: {} },
      wrongFields: ["reviewerIds", "dueAt", "note"],
      textField: "note",
    },
  },
  {
    method: "GET",
    path: "/api/v1/articles/[id]/audit",
    handler: articleAudit,
    params: (f) => ({ id: f.articleId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "GET",
    path: "/api/v1/claims",
    handler: listClaims,
    caller: "reviewer",
    query: "evidence=true",
    badQuery: "status=MAYBE",
  },
  {
    method: "PATCH",
    path: "/api/v1/claims/[id]",
    handler: editClaim,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ text: `Reworded ${uniqueSuffix()}`, version: 1 }),
      wrongTypes: { text: 1, version: "1" },
      wrongFields: ["text", "version"],
      textField: "text",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/claims/[id]",
    handler: deleteClaim,
    params: (f) => ({ id: f.claimId }),
    query: "version=1",
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/split",
    handler: splitClaim,
    params: (f) => ({ id: f.curatedClaimId }),
    claim: (f) => f.curatedClaimId,
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => ({ at: f.splitAt, version: 1 }),
      wrongTypes: { at: "5", version: "1" },
      wrongFields: ["at", "version"],
      textField: "at",
    },
  },
  {
    method: "POST",
    path: "/api/v1/undo",
    handler: undoCuration,
    caller: "editor",
    // The admin may curate, but only the editor who made the change may undo it.
    forbidden: ["admin", "reviewer", "outsider"],
    body: {
      valid: (f) => ({ token: f.undoToken }),
      wrongTypes: { token: 5 },
      wrongFields: ["token"],
      textField: "token",
    },
  },
  {
    method: "POST",
    path: "/api/v1/claims/[id]/merge",
    handler: mergeClaims,
    params: (f) => ({ id: f.curatedClaimId }),
    claim: (f) => f.curatedClaimId,
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: (f) => ({ nextId: f.nextCuratedClaimId, nextVersion: 1, version: 1 }),
      wrongTypes: { nextId: 5, nextVersion: "1", version: "1" },
      wrongFields: ["nextId", "nextVersion", "version"],
      textField: "nextId",
    },
  },
  {
    method: "PUT",
    path: "/api/v1/claims/[id]/due-date",
    handler: setDueDate,
    params: (f) => ({ id: f.claimId }),
    caller: "editor",
    forbidden: ["reviewer", "outsider"],
    body: {
      valid: () => ({ dueAt: "2031-05-01" }),
      wrongTypes: { dueAt: 5 },
      wrongFields: ["dueAt"],
      textField: "dueAt",
    },
  },
  { method: "GET", path: "/api/v1/me/mentions", handler: myMentions, caller: "reviewer" },
  {
    method: "POST",
    path: "/api/v1/me/mentions/read",
    handler: markMentionsRead,
    caller: "reviewer",
    body: { valid: (f) => ({ ids: [f.mentionId] }), wrongTypes: { ids: "x" }, wrongFields: ["ids"], textField: "ids" },
  },
  {
    method: "GET",
    path: "/api/v1/notifications",
    handler: listNotifications,
    caller: "reviewer",
    badQuery: "unread=maybe",
  },
  {
    method: "POST",
    path: "/api/v1/notifications/read",
    handler: markNotificationsRead,
    caller: "reviewer",
    body: {
      valid: () => ({ all: true }),
      wrongTypes: { ids: "x", all: 5 },
      wrongFields: ["ids", "all"],
      textField: "ids",
    },
  },
  {
    method: "GET",
    path: "/api/v1/me/notification-preferences",
    handler: myNotificationPreferences,
    caller: "reviewer",
  },
  {
    method: "PUT",
    path: "/api/v1/me/notification-preferences",
    handler: setMyNotificationPreferences,
    caller: "reviewer",
    body: {
      valid: () => ({ ASSIGNED: "EMAIL" }),
      wrongTypes: { ASSIGNED: 5, MENTIONED: true },
      wrongFields: ["ASSIGNED", "MENTIONED"],
      textField: "ASSIGNED",
    },
  },
  {
    method: "POST",
    path: "/api/v1/users/[id]/deactivate",
    handler: deactivateUser,
    params: (f) => ({ id: f.reviewerId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({ openAssignments: "leave" }),
      wrongTypes: { openAssignments: 5, toReviewerId: 6 },
      wrongFields: ["openAssignments", "toReviewerId"],
      textField: "toReviewerId",
    },
  },
  {
    method: "POST",
    path: "/api/v1/users/[id]/reassign",
    handler: reassignOpenWork,
    params: (f) => ({ id: f.leaverReviewerId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: (f) => ({ openAssignments: "reassign", toReviewerId: f.reviewerId }),
      wrongTypes: { openAssignments: 5, toReviewerId: 6 },
      wrongFields: ["openAssignments", "toReviewerId"],
      textField: "toReviewerId",
    },
  },
  {
    method: "GET",
    path: "/api/v1/webhooks",
    handler: listWebhooks,
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  {
    method: "POST",
    path: "/api/v1/webhooks",
    handler: createWebhook,
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      // Subscribed to nothing that happens here: a test event only (the fixtures' endpoints are not called).
      valid: () => ({
        url: `https://hooks.example/${uniqueSuffix()}`,
        events: ["article.imported"],
        secret: "a secret of twenty characters",
      }),
      wrongTypes: { url: 5, events: "claim.verdict", secret: 7 },
      wrongFields: ["url", "events", "secret"],
      textField: "url",
    },
  },
  {
    method: "GET",
    path: "/api/v1/webhooks/[id]",
    handler: getWebhook,
    params: (f) => ({ id: f.webhookId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  {
    method: "PATCH",
    path: "/api/v1/webhooks/[id]",
    handler: updateWebhook,
    params: (f) => ({ id: f.webhookId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({ events: ["claim.verdict", "article.imported"], rotateSecret: true }),
      wrongTypes: { url: 5, events: ["claim.exploded"], enabled: "yes" },
      wrongFields: ["url", "events.0", "enabled"],
      textField: "url",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/webhooks/[id]",
    handler: deleteWebhook,
    params: (f) => ({ id: f.webhookId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  {
    method: "GET",
    path: "/api/v1/webhooks/[id]/deliveries",
    handler: listWebhookDeliveries,
    params: (f) => ({ id: f.webhookId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  {
    method: "POST",
    path: "/api/v1/webhooks/[id]/test",
    handler: sendWebhookTest,
    params: (f) => ({ id: f.webhookId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  // The desk's rating scale (docs/rating-scale.md): everyone reads, admins write.
  { method: "GET", path: "/api/v1/rating-scale", handler: getRatingScale, caller: "reviewer" },
  {
    method: "POST",
    path: "/api/v1/rating-scale/labels",
    handler: createRatingLabel,
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({
        name: `Mostly true ${uniqueSuffix()}`,
        description: "Accurate, but leaves something out.",
        color: "#2e7d32",
        verdict: "CORROBORATED",
        ratingValue: 4,
      }),
      wrongTypes: { name: 5, description: 6, color: "green", verdict: "MAYBE", ratingValue: "four" },
      wrongFields: ["name", "description", "color", "verdict", "ratingValue"],
      textField: "name",
    },
  },
  {
    method: "GET",
    path: "/api/v1/rating-scale/labels/[id]",
    handler: getRatingLabel,
    params: (f) => ({ id: f.ratingLabelId }),
    caller: "reviewer",
  },
  {
    method: "PATCH",
    path: "/api/v1/rating-scale/labels/[id]",
    handler: updateRatingLabel,
    params: (f) => ({ id: f.ratingLabelId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: () => ({ name: `Partly true ${uniqueSuffix()}`, ratingValue: 3 }),
      wrongTypes: { name: 5, retired: "yes", ratingValue: 9 },
      wrongFields: ["name", "retired", "ratingValue"],
      textField: "name",
    },
  },
  {
    method: "DELETE",
    path: "/api/v1/rating-scale/labels/[id]",
    handler: deleteRatingLabel,
    params: (f) => ({ id: f.ratingLabelId }),
    caller: "admin",
    forbidden: ["editor", "reviewer"],
  },
  {
    method: "PUT",
    path: "/api/v1/rating-scale/order",
    handler: reorderRatingLabels,
    caller: "admin",
    forbidden: ["editor", "reviewer"],
    body: {
      valid: (f) => ({ ids: [f.ratingLabelId] }),
      wrongTypes: { ids: "all" },
      wrongFields: ["ids"],
      textField: "ids",
    },
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

/** Five check-worthy sentences, one claim each, and one that is not. */
const API_BODY = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "The United Nations said 370,000 people crossed into Lebanon in October.",
  "The central bank raised its main interest rate to 14.5% on Monday.",
  "Police arrested 42 people after the protest in Aleppo, the interior ministry said.",
  // Under the extraction threshold: a candidate below the line.
  "It was a cold morning in the city.",
].join("\n\n");

/** Users of every role, an article with claims, an assignment, a source, tokens and session cookies. */
export async function apiFixtures(): Promise<Fixtures> {
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
  const [admin, editor, reviewer, outsider, leaver, leavingReviewer] = await Promise.all([
    makeUser("ADMIN"),
    makeUser("EDITOR"),
    makeUser("REVIEWER"),
    makeUser("REVIEWER"),
    makeUser("EDITOR"),
    makeUser("REVIEWER"),
  ]);
  const { article, claims } = await makeArticle(editor, API_BODY);
  const [claim, sibling, curated, nextCurated, spare] = claims;
  // The spare claim's span, free once it is deleted, is where a claim can be added.
  const spareDeleted = await deleteClaimDirectly(editor, spare.id, { version: 1 });
  const assignment = await assignDirectly(claim.id, reviewer.id, editor.id);
  await assignDirectly(sibling.id, leavingReviewer.id, editor.id);
  await db.user.update({ where: { id: leavingReviewer.id }, data: { active: false } });
  const { body } = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true } });
  const firstSpace = curated.text.indexOf(" ", Math.floor(curated.text.length / 2));
  await addCommentDirectly(editor, claim.id, { body: `@${reviewer.email} please look at the source.` });
  const [candidate] = await listCandidatesDirectly(editor, article.id);
  const mention = await db.mention.findFirstOrThrow({ where: { userId: reviewer.id, comment: { claimId: claim.id } } });
  const { evidence } = await addEvidenceDirectly(editor, claim.id, {
    url: `https://news.example/${uniqueSuffix()}`,
    title: "Source",
    stance: "SUPPORTS",
    version: 1,
  });
  const { snapshot } = await pasteSourceText(editor, evidence.id, { text: "The text of the source, pasted." });
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
    snapshotId: snapshot.id,
    assignmentId: assignment.id,
    adminTokenId: adminToken.id,
    adminId: admin.id,
    freeSpan: { start: spare.start, end: spare.end, text: body.slice(spare.start, spare.end) },
    splitAt: curated.start + firstSpace + 1,
    curatedClaimId: curated.id,
    nextCuratedClaimId: nextCurated.id,
    leaverReviewerId: leavingReviewer.id,
    mentionId: mention.id,
    candidateSpan: { start: candidate.start, end: candidate.end },
    claimNumber: claim.number,
    undoToken: spareDeleted.undo?.token ?? "",
    similarMatchId: (
      await db.claimMatch.create({ data: { claimId: claim.id, earlierClaimId: sibling.id, score: 0.9, reasons: {} } })
    ).id,
    similarConfirmedMatchId: (
      await db.claimMatch.create({
        data: {
          claimId: claim.id,
          earlierClaimId: curated.id,
          score: 0.8,
          reasons: {},
          state: "CONFIRMED",
          decidedById: editor.id,
          decidedAt: new Date(),
        },
      })
    ).id,
    consultationId: (
      await db.consultation.create({ data: { claimId: sibling.id, userId: outsider.id, invitedById: editor.id } })
    ).id,
    webhookId: await disabledWebhook(admin),
    ratingLabelId: await retiredRatingLabel(admin),
  };
}

/** A label of the scale, retired at once so no other test's verdict form or scale shows it. */
async function retiredRatingLabel(admin: Actor): Promise<string> {
  const label = await createRatingLabelDirectly(admin, {
    name: `Fixture label ${uniqueSuffix()}`,
    description: "A label the API tables read, change and delete.",
    color: "#5b6b7a",
    verdict: "UNVERIFIED",
    ratingValue: 2,
  });
  await db.ratingLabel.update({ where: { id: label.id }, data: { retiredAt: new Date() } });
  return label.id;
}

/** An endpoint no event reaches: disabled, on an address that is never fetched in tests. */
async function disabledWebhook(admin: Actor): Promise<string> {
  const { webhook } = await createWebhookEndpoint(admin, {
    url: `https://hooks.example/${uniqueSuffix()}`,
    events: ["claim.verdict"],
  });
  await db.webhookEndpoint.update({ where: { id: webhook.id }, data: { enabled: false, disabledReason: "admin" } });
  return webhook.id;
}
