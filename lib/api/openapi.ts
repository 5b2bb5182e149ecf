// The OpenAPI document of the JSON API, generated from the zod schemas the routes validate
// with. Each domain lists its endpoints in lib/api/paths/<domain>.ts.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { bodyErrors, rateLimitedResponse, readOnlyTokenRefusal } from "./openapi-helpers";
import { articlePaths } from "./paths/articles";
import { curationPaths } from "./paths/curation";
import { notificationPaths } from "./paths/notifications";
import { reportPaths } from "./paths/reports";
import { reviewPaths } from "./paths/review";
import { similarPaths } from "./paths/similar";
import { signoffPaths } from "./paths/signoff";
import { revisionPaths } from "./paths/revisions";
import { systemPaths } from "./paths/system";
import { userPaths } from "./paths/users";
import { ratingScalePaths } from "./paths/rating-scale";
import { webhookPaths } from "./paths/webhooks";

const OPERATION_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/**
 * What every operation of a domain shares: its tag, the 429 of the rate limit (every
 * authenticated operation), and for an operation that reads a JSON body the 413 and 415 answers
 * (lib/http/api.ts gives them the same way everywhere).
 */
function finish(paths: ZodOpenApiPathsObject, tag: string): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, value]) => {
          if (!(OPERATION_METHODS as readonly string[]).includes(key)) return [key, value];
          const operation = value as ZodOpenApiOperationObject;
          const limited = operation.security?.length === 0 ? {} : rateLimitedResponse;
          // Every authenticated write answers 403 READ_ONLY_TOKEN to a read-only token (lib/http/api.ts).
          const writes = key !== "get" && operation.security?.length !== 0 ? readOnlyTokenRefusal : {};
          const responses = {
            ...writes,
            ...operation.responses,
            ...(operation.requestBody ? bodyErrors : {}),
            ...limited,
          };
          const operationId = OPERATION_IDS[`${key.toUpperCase()} ${path}`];
          if (!operationId) throw new Error(`lib/api/openapi.ts: give ${key.toUpperCase()} ${path} an operationId.`);
          return [key, { operationId, tags: [tag], ...operation, responses }];
        }),
      ),
    ]),
  );
}

/** The domains' paths as one object; a path two domains share (a read in one, curation in another) gets both's methods. */
function mergePaths(domains: ZodOpenApiPathsObject[]): ZodOpenApiPathsObject {
  const merged: ZodOpenApiPathsObject = {};
  for (const paths of domains) {
    for (const [path, item] of Object.entries(paths)) merged[path] = { ...merged[path], ...item };
  }
  return merged;
}

/** Stable names for the operations, as generated clients call them ("METHOD path" → operationId). */
const OPERATION_IDS: Record<string, string> = {
  "GET /api/health": "getHealth",
  "GET /api/v1/openapi.json": "getOpenApiDocument",
  "GET /api/v1/me": "getMe",
  "GET /api/v1/me/time-zone": "getMyTimeZone",
  "PUT /api/v1/me/time-zone": "setMyTimeZone",
  "GET /api/v1/me/language": "getMyLanguage",
  "PUT /api/v1/me/language": "setMyLanguage",
  "GET /api/v1/me/queue": "getMyQueue",
  "GET /api/v1/tokens": "listTokens",
  "POST /api/v1/tokens": "createToken",
  "DELETE /api/v1/tokens/{id}": "revokeToken",
  "GET /api/v1/users": "listUsers",
  "POST /api/v1/users": "createUser",
  "PATCH /api/v1/users/{id}": "updateUser",
  "POST /api/v1/articles": "importArticle",
  "GET /api/v1/articles": "listArticles",
  "GET /api/v1/articles/{id}": "getArticle",
  "GET /api/v1/articles/{id}/claims": "listArticleClaims",
  "POST /api/v1/articles/{id}/claims": "addClaim",
  "POST /api/v1/articles/{id}/extraction": "rerunExtraction",
  "GET /api/v1/articles/{id}/revisions": "listRevisions",
  "POST /api/v1/articles/{id}/revisions": "importRevision",
  "POST /api/v1/articles/{id}/revisions/anchors/{claimId}": "resolveAnchor",
  "GET /api/v1/articles/{id}/candidates": "listCandidates",
  "POST /api/v1/articles/{id}/candidates": "promoteCandidate",
  "POST /api/v1/articles/{id}/auto-assign": "autoAssign",
  "GET /api/v1/articles/{id}/audit": "getArticleAuditLog",
  "GET /api/v1/claims": "listClaims",
  "PATCH /api/v1/claims/{id}": "editClaimWording",
  "DELETE /api/v1/claims/{id}": "deleteClaim",
  "POST /api/v1/claims/{id}/split": "splitClaim",
  "POST /api/v1/claims/{id}/merge": "mergeClaims",
  "POST /api/v1/undo": "undoCuration",
  "PUT /api/v1/claims/{id}/due-date": "setDueDate",
  "GET /api/v1/me/mentions": "listMyMentions",
  "POST /api/v1/me/mentions/read": "markMentionsRead",
  "GET /api/v1/notifications": "listNotifications",
  "POST /api/v1/notifications/read": "markNotificationsRead",
  "GET /api/v1/me/notification-preferences": "getNotificationPreferences",
  "PUT /api/v1/me/notification-preferences": "setNotificationPreferences",
  "POST /api/v1/users/{id}/deactivate": "deactivateUser",
  "POST /api/v1/users/{id}/reassign": "reassignOpenWork",
  "GET /api/v1/claims/{id}": "getClaim",
  "GET /api/v1/articles/{id}/claims/{number}": "getClaimByNumber",
  "POST /api/v1/claims/{id}/reopen": "reopenClaim",
  "PUT /api/v1/claims/{id}/claimant": "setClaimant",
  "DELETE /api/v1/consultations/{id}": "endConsultation",
  "POST /api/v1/claims/{id}/assignments": "assignClaim",
  "DELETE /api/v1/assignments/{id}": "unassign",
  "POST /api/v1/claims/{id}/evidence": "addEvidence",
  "GET /api/v1/claims/{id}/similar": "listSimilarClaims",
  "POST /api/v1/claims/{id}/similar/{matchId}": "decideSimilarClaim",
  "POST /api/v1/claims/{id}/similar/{matchId}/reuse-sources": "reuseSimilarClaimSources",
  "PATCH /api/v1/evidence/{id}": "editEvidence",
  "DELETE /api/v1/evidence/{id}": "removeEvidence",
  "POST /api/v1/evidence/{id}/snapshots": "addSourceSnapshot",
  "GET /api/v1/snapshots/{id}/file": "getSnapshotFile",
  "POST /api/v1/claims/{id}/verdict": "setVerdict",
  "POST /api/v1/claims/{id}/comments": "addComment",
  "GET /api/v1/articles/{id}/report": "getArticleReport",
  "GET /api/v1/reports": "getRangeReport",
  "GET /api/v1/articles/{id}/finalize": "previewFinalize",
  "POST /api/v1/articles/{id}/finalize": "finalizeArticle",
  "POST /api/v1/articles/{id}/reopen": "reopenArticle",
  "GET /api/v1/webhooks": "listWebhooks",
  "POST /api/v1/webhooks": "createWebhook",
  "GET /api/v1/webhooks/{id}": "getWebhook",
  "PATCH /api/v1/webhooks/{id}": "updateWebhook",
  "DELETE /api/v1/webhooks/{id}": "deleteWebhook",
  "GET /api/v1/webhooks/{id}/deliveries": "listWebhookDeliveries",
  "POST /api/v1/webhooks/{id}/test": "sendWebhookTestEvent",
  "POST /api/v1/claims/{id}/approve": "approveClaim",
  "POST /api/v1/claims/{id}/send-back": "sendBackClaim",
  "POST /api/v1/articles/{id}/publish": "publishArticle",
  "GET /api/v1/claimreview": "listClaimReviews",
  "GET /api/v1/rating-scale": "getRatingScale",
  "POST /api/v1/rating-scale/labels": "createRatingLabel",
  "GET /api/v1/rating-scale/labels/{id}": "getRatingLabel",
  "PATCH /api/v1/rating-scale/labels/{id}": "updateRatingLabel",
  "DELETE /api/v1/rating-scale/labels/{id}": "deleteRatingLabel",
  "PUT /api/v1/rating-scale/order": "reorderRatingLabels",
};

const TAGS = [
  { name: "System", description: "Health, this document, the caller." },
  { name: "Users and tokens", description: "Accounts (admins), personal API tokens, settings." },
  {
    name: "Articles",
    description: "Import, list and read articles; their claims and audit log; extraction and auto-assignment.",
  },
  { name: "Review", description: "Claims, assignments, sources, verdicts, comments, consultations." },
  {
    name: "Notifications",
    description: "Your notification centre and how each kind reaches you; docs/notifications.md.",
  },
  {
    name: "Curation",
    description: "Claims across articles; rewording, splitting, merging and deleting claims; due dates.",
  },
  { name: "Reports", description: "Finalizing articles and exporting audit reports." },
  { name: "Webhooks", description: "Endpoints that receive signed events (admins); docs/webhooks.md." },
  { name: "Sign-off and publishing", description: "Second-person sign-off, publication, the ClaimReview feed; docs/signoff.md." },
  { name: "Rating scale", description: "The desk's rating labels (admins write); docs/rating-scale.md." },
];

export function buildOpenApiDocument() {
  return versionOptionalWithIfMatch(
    createDocument({
      openapi: "3.1.0",
      info: {
        title: "ClaimLedger API",
        version: "1",
        description:
          "Authenticate with `Authorization: Bearer TOKEN` (create tokens under Settings → API tokens, or `npx claimledger token create`) or a browser session. Errors are `{ error: { code, message, fields? } }`.",
      },
      servers: [{ url: "/", description: "The ClaimLedger instance that serves this document" }],
      tags: TAGS,
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
      paths: mergePaths([
        finish(systemPaths, "System"),
        finish(userPaths, "Users and tokens"),
        finish(articlePaths, "Articles"),
        finish(revisionPaths, "Articles"),
        finish(reviewPaths, "Review"),
        finish(notificationPaths, "Notifications"),
        finish(similarPaths, "Review"),
        finish(curationPaths, "Curation"),
        finish(reportPaths, "Reports"),
        finish(webhookPaths, "Webhooks"),
        finish(signoffPaths, "Sign-off and publishing"),
        finish(ratingScalePaths, "Rating scale"),
      ]),
    }),
  );
}

type Document = ReturnType<typeof createDocument>;
interface JsonSchema {
  required?: string[];
}

/**
 * A versioned claim write validates its body with `version` required, and lib/http/api.ts puts
 * the If-Match version into the body first: so, as a client sees it, `version` is optional where
 * the operation takes If-Match (a body with neither is refused naming `version`).
 */
function versionOptionalWithIfMatch(document: Document): Document {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of OPERATION_METHODS) {
      const operation = item?.[method];
      const takesIfMatch = operation?.parameters?.some(
        (parameter) => "name" in parameter && parameter.name === "If-Match",
      );
      const requestBody = operation?.requestBody;
      if (!takesIfMatch || !requestBody || !("content" in requestBody)) continue;
      const schema = requestBody.content["application/json"]?.schema as JsonSchema | undefined;
      if (schema?.required) schema.required = schema.required.filter((name) => name !== "version");
    }
  }
  return document;
}
