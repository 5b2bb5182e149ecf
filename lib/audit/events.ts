// Audit events, typed per action: one zod discriminated union that writers validate against and
// readers (the audit log, the activity list, reports, history verification) parse with. Payloads
// are loose objects: the fields named here are what readers rely on; rows written before a field
// existed still parse (every field a reader may miss is optional). Browser-safe: zod only.
import { z } from "zod";

const json = z.unknown();
const payload = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
const optionalText = z.string().nullish();

const claimSnapshot = payload({
  articleId: z.string().optional(),
  number: z.number().int().optional(),
  text: z.string().optional(),
  /** The statement a reviewer reads (claims since issue 12); `text` is the quote at the anchor. */
  statement: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
  version: z.number().optional(),
});

/** A claim's anchor in one revision of its article (lib/revisions). */
const anchorSnapshot = claimSnapshot.extend({
  revision: z.number().int().optional(),
  anchorState: z.enum(["EXACT", "NEEDS_RECHECK", "ORPHANED"]).optional(),
});

const evidenceView = payload({
  claimId: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  stance: z.string().optional(),
});

const similarView = payload({
  matchId: z.string().optional(),
  earlierClaimId: z.string().optional(),
  earlierNumber: z.number().int().optional(),
  number: z.number().int().optional(),
  score: z.number().optional(),
});

const webhookView = payload({
  url: z.string().optional(),
  events: z.array(z.string()).optional(),
  enabled: z.boolean().optional(),
  secretHint: z.string().optional(),
});

const ratingLabelView = payload({
  name: z.string().optional(),
  description: z.string().optional(),
  color: z.string().optional(),
  verdict: z.string().optional(),
  ratingValue: z.number().optional(),
  position: z.number().optional(),
  retired: z.boolean().optional(),
  /** Claims carrying the label when it changed (a change to those published is a correction). */
  claimsCarrying: z.number().optional(),
});

const assignmentView = payload({
  claimId: z.string(),
  reviewerId: z.string(),
  state: z.string().optional(),
  dueAt: optionalText,
  note: optionalText,
  reason: z.string().optional(),
});

/**
 * The history row a verdict event appended: a second witness of the hash chain. History
 * verification reads witnesses with this part of the schema alone, so a tampered event that no
 * longer parses as a whole still names the row it witnessed.
 */
export const historyWitnessSchema = payload({ statusChangeId: z.string().min(1), seq: z.unknown().optional() });

const verdictAfter = historyWitnessSchema.extend({
  status: z.string(),
  version: z.number().optional(),
  seq: z.number().int().nullish(),
  assignment: z.string().nullish(),
  reason: z.string().optional(),
});

const event = <A extends string, E extends string, B extends z.ZodType, F extends z.ZodType>(
  action: A,
  entityType: E,
  before: B,
  after: F,
) =>
  z.object({
    action: z.literal(action),
    entityType: z.literal(entityType),
    entityId: z.string(),
    actorId: z.string().nullable(),
    before: before.optional(),
    after: after.optional(),
  });

export const auditEventSchema = z.discriminatedUnion("action", [
  event("user.created", "User", json, payload({ email: z.string(), name: z.string(), role: z.string() })),
  event("user.role_changed", "User", payload({ role: z.string() }), payload({ role: z.string() })),
  event("user.deactivated", "User", json, payload({ revokedTokens: z.number().optional() })),
  event("user.reactivated", "User", json, json),
  event(
    "user.password_changed",
    "User",
    json,
    payload({ via: z.enum(["app", "cli"]).optional(), endedSessions: z.number().optional() }),
  ),
  // Accounts (lib/accounts): resets, required password changes, two-factor sign-in, sessions.
  event("user.password_reset_requested", "User", json, payload({ via: z.enum(["app", "cli"]).optional() })),
  event("user.password_reset", "User", json, payload({ endedSessions: z.number().optional() })),
  event("user.password_change_required", "User", json, payload({ endedSessions: z.number().optional() })),
  event("user.two_factor_enabled", "User", json, json),
  event("user.two_factor_disabled", "User", json, json),
  event("user.recovery_code_used", "User", json, payload({ remaining: z.number().optional() })),
  event("user.sessions_ended", "User", json, payload({ endedSessions: z.number().optional() })),
  // Single sign-on (lib/sso): an account made at its first sign-in, and each sign-in (`linked`: the
  // account was tied to the provider's subject just now).
  event(
    "user.sso_created",
    "User",
    json,
    payload({ email: z.string(), name: z.string(), role: z.string(), issuer: z.string().optional() }),
  ),
  event("user.sso_signed_in", "User", json, payload({ issuer: z.string().optional(), linked: z.boolean().optional() })),
  event("settings.two_factor_policy", "Setting", json, payload({ requiredForStaff: z.boolean() })),
  event("token.created", "ApiToken", json, payload({ name: z.string().optional() })),
  event("token.revoked", "ApiToken", json, json),
  // Webhook endpoints (lib/webhooks): the secret itself is never in the log, only its last characters.
  event("webhook.created", "WebhookEndpoint", json, webhookView),
  event("webhook.updated", "WebhookEndpoint", webhookView, webhookView),
  event("webhook.deleted", "WebhookEndpoint", webhookView, json),
  event("webhook.secret_rotated", "WebhookEndpoint", json, payload({ secretHint: z.string().optional() })),
  event(
    "webhook.auto_disabled",
    "WebhookEndpoint",
    json,
    payload({ url: z.string().optional(), failingSince: z.string().optional() }),
  ),
  // The desk's rating scale (lib/rating-scale): each label's state before and after the change.
  event("rating_label.created", "RatingLabel", json, ratingLabelView),
  event("rating_label.updated", "RatingLabel", ratingLabelView, ratingLabelView),
  event("rating_label.deleted", "RatingLabel", ratingLabelView, json),
  event("rating_scale.reordered", "RatingScale", payload({ ids: z.array(z.string()) }), payload({ ids: z.array(z.string()) })),
  event("article.imported", "Article", json, payload({ title: z.string().optional(), claims: z.number().optional() })),
  event(
    "article.finalized",
    "Article",
    json,
    payload({
      finalizedAt: z.string(),
      claimsByStatus: z.record(z.string(), z.number()).optional(),
      cancelledAssignments: z.number().optional(),
    }),
  ),
  event("article.reopened", "Article", json, payload({ restoredAssignments: z.number().optional() })),
  event("article.language_changed", "Article", payload({ language: z.string() }), payload({ language: z.string() })),
  event("article.exported", "Article", json, json),
  event("report.exported", "Report", json, json),
  event("claim.created", "Claim", json, claimSnapshot),
  event("claim.edited", "Claim", claimSnapshot, claimSnapshot),
  event("claim.claimant_changed", "Claim", payload({ claimant: optionalText }), payload({ claimant: optionalText })),
  event("claim.split", "Claim", claimSnapshot, payload({ parts: z.array(claimSnapshot.extend({ id: z.string() })) })),
  event(
    "claim.merged",
    "Claim",
    json,
    claimSnapshot.extend({ deletedId: z.string().optional(), deletedNumber: z.number().int().optional() }),
  ),
  event("claim.deleted", "Claim", claimSnapshot, claimSnapshot.extend({ cancelledAssignments: z.number().optional() })),
  // A split, merge or delete taken back by its editor (lib/claims/undo.ts); `undoes` is that event's id.
  event(
    "claim.undone",
    "Claim",
    json,
    claimSnapshot.extend({
      undid: z.string().optional(),
      undoes: z.string().optional(),
      otherId: z.string().optional(),
      otherNumber: z.number().int().optional(),
    }),
  ),
  // Entity Claim: one claim found or refreshed; entity Article: the summary of a re-run.
  z.object({
    action: z.literal("claim.extracted"),
    entityType: z.enum(["Claim", "Article"]),
    entityId: z.string(),
    actorId: z.string().nullable(),
    before: json.optional(),
    after: payload({
      added: z.number().optional(),
      kept: z.number().optional(),
      text: z.string().optional(),
    }).optional(),
  }),
  // A new revision of an article's text (lib/revisions): its number and hash, and what became of the claims.
  event(
    "article.revised",
    "Article",
    payload({ revision: z.number().int().optional(), bodySha256: z.string().optional() }),
    payload({
      revision: z.number().int(),
      bodySha256: z.string().optional(),
      exact: z.number().optional(),
      needsRecheck: z.number().optional(),
      orphaned: z.number().optional(),
      added: z.number().optional(),
    }),
  ),
  // One claim's anchor moved onto a new revision (EXACT moves are recorded too: nothing is silent in history).
  event("claim.reanchored", "Claim", anchorSnapshot, anchorSnapshot.extend({ score: z.number().optional() })),
  // An editor settled a "needs re-check" (or orphaned) anchor: accepted, re-selected or orphaned.
  event(
    "claim.anchor_resolved",
    "Claim",
    anchorSnapshot,
    anchorSnapshot.extend({ resolution: z.enum(["accepted", "reselected", "orphaned"]) }),
  ),
  // Similar claims (lib/similar): a person confirmed an earlier claim as the same, dismissed it, or
  // copied its sources onto this claim (each copy also has its own evidence.added).
  event("claim.similar_confirmed", "Claim", json, similarView),
  event("claim.similar_dismissed", "Claim", json, similarView),
  event(
    "claim.sources_reused",
    "Claim",
    json,
    similarView.extend({ evidenceIds: z.array(z.string()).optional(), skipped: z.number().int().optional() }),
  ),
  event("evidence.added", "Evidence", json, evidenceView),
  event("evidence.edited", "Evidence", evidenceView, evidenceView),
  event("evidence.removed", "Evidence", evidenceView, evidenceView),
  // A source's content given by a person: its text pasted or a file attached (lib/sources/provide.ts).
  event(
    "evidence.content_added",
    "Evidence",
    json,
    payload({
      claimId: z.string().optional(),
      snapshotId: z.string(),
      origin: z.string(),
      sha256: z.string(),
      fileName: optionalText,
    }),
  ),
  event("assignment.created", "Assignment", json, assignmentView),
  event("assignment.removed", "Assignment", assignmentView, assignmentView),
  event("assignment.updated", "Assignment", assignmentView.partial(), assignmentView.partial()),
  event("comment.created", "Comment", json, payload({ claimId: z.string().optional() })),
  event("consultation.started", "Consultation", json, payload({ claimId: z.string(), userId: z.string() })),
  event("consultation.ended", "Consultation", json, payload({ claimId: z.string(), userId: z.string() })),
  event("verdict.set", "Claim", payload({ status: z.string() }), verdictAfter),
  event("verdict.reopened", "Claim", payload({ status: z.string() }), verdictAfter),
  // Sign-off and publication (lib/signoff, lib/publishing): each names the history row it appended.
  event("claim.approved", "Claim", payload({ status: z.string() }), verdictAfter),
  event("claim.sent_back", "Claim", payload({ status: z.string() }), verdictAfter.extend({ comment: z.string().optional() })),
  event("claim.published", "Claim", json, verdictAfter.extend({ url: z.string().optional() })),
  event(
    "claim.corrected",
    "Claim",
    payload({ status: z.string() }),
    verdictAfter.extend({ correctionId: z.string().optional(), fromStatus: z.string().optional() }),
  ),
  event("claim.publication_excluded", "Claim", json, payload({ excluded: z.boolean(), number: z.number().int().optional() })),
  event(
    "article.published",
    "Article",
    payload({ url: z.string().nullish() }),
    payload({ url: z.string(), claims: z.number().int().optional(), republished: z.boolean().optional() }),
  ),
  event("settings.public_pages", "Setting", json, payload({ enabled: z.boolean() })),
]);

export type AuditEventInput = z.input<typeof auditEventSchema>;
export type AuditEvent = z.output<typeof auditEventSchema>;
export type AuditAction = AuditEvent["action"];
export type AuditEntityType = AuditEvent["entityType"];

export const AUDIT_ACTIONS = auditEventSchema.options.map((option) => option.shape.action.value) as AuditAction[];

/** Actions whose `after` names the StatusChange row they appended. */
export const HISTORY_ACTIONS = [
  "verdict.set",
  "verdict.reopened",
  "claim.approved",
  "claim.sent_back",
  "claim.published",
  "claim.corrected",
] as const satisfies readonly AuditAction[];

/** A stored row as readers get it: typed when it parses, else kept as "unrecognised". */
export type StoredAuditEvent =
  | { parsed: true; event: AuditEvent }
  | { parsed: false; event: { action: string; entityType: string; entityId: string; actorId: string | null } };

export function readAuditEvent(row: {
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  before?: unknown;
  after?: unknown;
}): StoredAuditEvent {
  const result = auditEventSchema.safeParse({
    ...row,
    before: row.before ?? undefined,
    after: row.after ?? undefined,
  });
  if (result.success) return { parsed: true, event: result.data };
  return {
    parsed: false,
    event: { action: row.action, entityType: row.entityType, entityId: row.entityId, actorId: row.actorId },
  };
}
