// One line per audit event, as people read it in the article's audit log and the dashboard's
// recent activity: "Split C4 into C4 and C12", "Verdict on C7: Unverified". Pure and
// browser-safe: it reads the typed events of events.ts and never looks anything up itself; what
// an event names only by id (a claim, a person) comes from the caller's context, and a name it
// cannot find is said in general words ("a claim", "a reviewer").
//
// The words come from the message catalogs ("history" in lib/i18n/messages/*/claims.json), in the
// language the caller names (English when it names none, so reports and older callers read as
// before). createTranslator is use-intl/core: next-intl's framework-free core (ICU plurals, no React, no request).
import { createTranslator } from "use-intl/core";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { CATALOGS, type Messages } from "@/lib/i18n/messages";
import { formatDue } from "@/lib/time/format";
import { CLAIM_STATUSES, claimLabel, isVerdict, type ClaimStatus } from "@/lib/workflow/states";
import type { AuditEvent, StoredAuditEvent } from "./events";

export interface DescribeContext {
  /** Claim numbers by claim id: verdicts, assignments, comments and consultations name a claim by id only. */
  claimNumbers?: ReadonlyMap<string, number>;
  /** People's names by user id: assignees and consulted colleagues. */
  userNames?: ReadonlyMap<string, string>;
  /** The reader's zone, for due dates (UTC when not given). */
  timeZone?: string;
  /** The reader's interface language ("en", "ar"); English when not given or not an interface language. */
  language?: string;
}

type EventOf<A extends AuditEvent["action"]> = Extract<AuditEvent, { action: A }>;

const translators = new Map<Locale, ReturnType<typeof translatorFor>>();

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale] as Messages, namespace: "history" });
}

// Sign-off and publication lines live with their area's catalog (lib/i18n/messages/*/signoff.json).
const signoffTranslators = new Map<Locale, ReturnType<typeof signoffTranslatorFor>>();

function signoffTranslatorFor(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale] as Messages, namespace: "signoffHistory" });
}

function signoffTranslator(locale: Locale) {
  let t = signoffTranslators.get(locale);
  if (!t) signoffTranslators.set(locale, (t = signoffTranslatorFor(locale)));
  return t;
}

function historyTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translatorFor(locale)));
  return t;
}

const QUOTE_LIMIT = 120;

const isStatus = (status: string): status is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(status);

/** Not yet reviewed first, then the verdicts, as every screen lists them; unknown values last. */
const statusOrder = (status: string) => (isStatus(status) ? CLAIM_STATUSES.indexOf(status) : CLAIM_STATUSES.length);

const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
const isRole = (role: string): role is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(role);

function describer(context: DescribeContext) {
  const locale: Locale = isLocale(context.language) ? context.language : DEFAULT_LOCALE;
  const t = historyTranslator(locale);
  // Names, quotes and reasons are people's text in any language: in a right-to-left sentence each
  // is isolated (FSI…PDI) so a Latin name or an English quote keeps its own order and does not
  // drag the punctuation around it. English lines stay exactly as they always were.
  const rtl = directionOfLanguage(locale) === "rtl";
  const own = (text: string) => (rtl ? `\u2068${text}\u2069` : text);
  /** "C7" from the event's own number, else the context's; undefined when unknown. */
  const knownClaim = (claimId: string | undefined, number?: number) => {
    const known = number ?? (claimId ? context.claimNumbers?.get(claimId) : undefined);
    return known === undefined ? undefined : claimLabel({ number: known });
  };
  /** "C7", or "a claim" when the event and the context do not say which. */
  const claim = (claimId: string | undefined, number?: number) => knownClaim(claimId, number) ?? t("aClaim");
  const person = (userId: string | undefined, fallback: string) => {
    const name = userId ? context.userNames?.get(userId) : undefined;
    return name === undefined ? fallback : own(name);
  };
  const quote = (text: string) =>
    t("quote", { text: own(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text) });
  /** A due date in the reader's zone and language ("15 Jan 2030"; with time and offset when set elsewhere). */
  const due = (iso: string) => formatDue(iso, context.timeZone ?? "UTC", locale);
  /** A status as people read it; anything unknown (an old or foreign value) is shown as stored. */
  const status = (value: string) => (isStatus(value) ? t(`statusNames.${value}`) : value);
  const role = (value: string) => (isRole(value) ? t(`roles.${value}`) : value.toLowerCase());
  /** "A and B and C", in the reader's language. */
  const and = (items: string[]) => items.reduce((first, second) => t("both", { first, second }));
  const list = (items: string[]) => items.reduce((first, second) => t("list", { first, second }));
  /** "Removed …: the reason" when there is one. */
  const detail = (text: string, more: string | null | undefined) => (more ? t("detail", { text, detail: more }) : text);
  return { t, own, knownClaim, claim, person, quote, due, status, role, and, list, detail, signoffT: signoffTranslator(locale) };
}

type Describer = ReturnType<typeof describer>;

function describeAssignment(
  event: EventOf<"assignment.created" | "assignment.updated" | "assignment.removed">,
  { t, own, claim: claimOf, person, due, detail }: Describer,
): string {
  // A new assignment has no "before"; a changed or removed one says whose it was on both sides.
  const view = event.action === "assignment.created" ? event.after : (event.after ?? event.before);
  const names = { claim: claimOf(view?.claimId), reviewer: person(view?.reviewerId, t("aReviewer")) };
  switch (event.action) {
    case "assignment.created": {
      const dueAt = event.after?.dueAt;
      return dueAt ? t("assignedDue", { ...names, due: due(dueAt) }) : t("assigned", names);
    }
    case "assignment.removed": {
      const reason = event.after?.reason;
      return detail(t("assignmentRemoved", names), reason ? own(reason) : null);
    }
    case "assignment.updated": {
      const from = event.before?.state;
      const to = event.after?.state;
      const reason = event.after?.reason ? own(event.after.reason) : null;
      if (to === "COMPLETED" && from !== "COMPLETED") return detail(t("assignmentDone", names), reason);
      if (to === "OPEN" && from && from !== "OPEN") return detail(t("assignmentReopened", names), reason);
      const before = event.before?.dueAt ?? null;
      const after = event.after?.dueAt ?? null;
      if (event.after && "dueAt" in event.after && before !== after) {
        return after ? t("dueSet", { ...names, due: due(after) }) : t("dueRemoved", names);
      }
      return detail(t("assignmentChanged", names), reason);
    }
  }
}

function describeClaim(
  event: EventOf<
    | "claim.created"
    | "claim.edited"
    | "claim.claimant_changed"
    | "claim.split"
    | "claim.merged"
    | "claim.deleted"
    | "claim.undone"
    | "claim.extracted"
  >,
  { t, claim, knownClaim, quote, and, detail }: Describer,
): string {
  switch (event.action) {
    case "claim.created": {
      const text = event.after?.text;
      return detail(t("claimAdded", { claim: claim(event.entityId, event.after?.number) }), text ? quote(text) : null);
    }
    case "claim.edited": {
      const label = claim(event.entityId, event.after?.number ?? event.before?.number);
      const before = event.before?.statement ?? event.before?.text;
      const after = event.after?.statement ?? event.after?.text;
      if (before && after && before !== after)
        return t("rewordedFromTo", { claim: label, before: quote(before), after: quote(after) });
      return detail(t("reworded", { claim: label }), after ? quote(after) : null);
    }
    case "claim.claimant_changed": {
      const label = claim(event.entityId, numberOf(event.after) ?? numberOf(event.before));
      const before = event.before?.claimant ?? null;
      const after = event.after?.claimant ?? null;
      if (after && before)
        return t("claimantChangedFromTo", { claim: label, before: quote(before), after: quote(after) });
      if (after) return t("claimantSet", { claim: label, after: quote(after) });
      if (before) return t("claimantRemoved", { claim: label, before: quote(before) });
      return t("claimantChanged", { claim: label });
    }
    case "claim.split": {
      const label = claim(event.entityId, event.before?.number);
      const parts = event.after?.parts ?? [];
      const named = parts.map((part) => claim(part.id, part.number));
      return named.length ? t("splitInto", { claim: label, parts: and(named) }) : t("split", { claim: label });
    }
    case "claim.merged": {
      const kept = claim(event.entityId, event.after?.number);
      const deletedNumber = event.after?.deletedNumber;
      const gone = knownClaim(event.after?.deletedId, typeof deletedNumber === "number" ? deletedNumber : undefined);
      return gone === undefined ? t("mergedUnknown", { kept }) : t("merged", { kept, gone });
    }
    case "claim.deleted": {
      const label = claim(event.entityId, event.before?.number ?? event.after?.number);
      const text = event.before?.text;
      const cancelled = event.after?.cancelledAssignments;
      const line = detail(t("deleted", { claim: label }), text ? quote(text) : null);
      return typeof cancelled === "number" && cancelled > 0
        ? t("cancelledAssignments", { text: line, count: cancelled })
        : line;
    }
    case "claim.undone": {
      const label = claim(event.entityId, event.after?.number);
      const otherNumber = event.after?.otherNumber;
      const other = knownClaim(event.after?.otherId, typeof otherNumber === "number" ? otherNumber : undefined);
      switch (event.after?.undid) {
        case "claim.split":
          return other === undefined ? t("undidSplitOf", { claim: label }) : t("undidSplit", { claim: label, other });
        case "claim.merged":
          return other === undefined ? t("undidMergeOf", { claim: label }) : t("undidMerge", { claim: label, other });
        case "claim.deleted":
          return t("undidDelete", { claim: label });
        default:
          return t("undid", { claim: label });
      }
    }
    case "claim.extracted": {
      const after = event.after;
      if (event.entityType === "Article") {
        const counts = { added: after?.added ?? 0, kept: after?.kept ?? 0 };
        return typeof after?.refreshed === "number" && after.refreshed > 0
          ? t("rerunRescored", { ...counts, rescored: after.refreshed })
          : t("rerun", counts);
      }
      const label = claim(event.entityId, numberOf(after));
      if (after?.refreshed === true) return t("rescored", { claim: label });
      return detail(t("found", { claim: label }), after?.text ? quote(after.text) : null);
    }
  }
}

/** The `number` of a loose payload that does not name it in its schema. */
function numberOf(payload: { [key: string]: unknown } | undefined): number | undefined {
  const number = payload?.number;
  return typeof number === "number" ? number : undefined;
}

function describeArticle(
  event: EventOf<
    | "article.imported"
    | "article.finalized"
    | "article.reopened"
    | "article.language_changed"
    | "article.exported"
    | "report.exported"
  >,
  { t, quote, status, list, detail }: Describer,
): string {
  switch (event.action) {
    case "article.imported": {
      const title = event.after?.title;
      const claims = event.after?.claims;
      const line = title ? t("importedTitle", { title: quote(title) }) : t("imported");
      return claims === undefined ? line : t("withClaims", { text: line, count: claims });
    }
    case "article.finalized": {
      const byStatus = event.after?.claimsByStatus;
      const counts = byStatus
        ? Object.entries(byStatus)
            .filter(([, count]) => count > 0)
            .sort(([a], [b]) => statusOrder(a) - statusOrder(b))
            .map(([value, count]) =>
              isStatus(value)
                ? t(`statusCounts.${value}`, { count })
                : t("statusCounts.other", { count, status: status(value).toLowerCase() }),
            )
        : [];
      const cancelled = event.after?.cancelledAssignments;
      const line = detail(t("finalized"), counts.length ? list(counts) : null);
      return cancelled ? t("cancelledAssignments", { text: line, count: cancelled }) : line;
    }
    case "article.reopened": {
      const restored = event.after?.restoredAssignments;
      return restored ? t("restoredAssignments", { text: t("reopened"), count: restored }) : t("reopened");
    }
    case "article.language_changed":
      return event.before && event.after
        ? t("languageChangedFromTo", { before: event.before.language, after: event.after.language })
        : t("languageChanged");
    case "article.exported":
      return t("articleExported");
    case "report.exported":
      return t("reportExported");
  }
}

function describeRevision(
  event: EventOf<"article.revised" | "claim.reanchored" | "claim.anchor_resolved">,
  { t, claim }: Describer,
): string {
  switch (event.action) {
    case "article.revised": {
      const after = event.after;
      if (!after) return t("revisedUnknown");
      return t("revised", {
        revision: after.revision,
        exact: after.exact ?? 0,
        recheck: after.needsRecheck ?? 0,
        orphaned: after.orphaned ?? 0,
        added: after.added ?? 0,
      });
    }
    case "claim.reanchored": {
      const label = claim(event.entityId, event.after?.number ?? event.before?.number);
      const revision = event.after?.revision ?? 0;
      switch (event.after?.anchorState) {
        case "NEEDS_RECHECK":
          return t("reanchoredRecheck", { claim: label, revision });
        case "ORPHANED":
          return t("reanchoredOrphaned", { claim: label, revision });
        default:
          return t("reanchoredExact", { claim: label, revision });
      }
    }
    case "claim.anchor_resolved": {
      const label = claim(event.entityId, event.after?.number ?? event.before?.number);
      switch (event.after?.resolution) {
        case "reselected":
          return t("anchorReselected", { claim: label });
        case "orphaned":
          return t("anchorOrphaned", { claim: label });
        default:
          return t("anchorAccepted", { claim: label });
      }
    }
  }
}

function describeVerdict(
  event: EventOf<"verdict.set" | "verdict.reopened">,
  { t, own, knownClaim, status: statusName, detail }: Describer,
): string {
  const claim = knownClaim(event.entityId);
  if (event.action === "verdict.set") {
    const status = event.after?.status;
    if (!status) return claim === undefined ? t("verdictRecorded") : t("verdictOnRecorded", { claim });
    const verdict = statusName(status);
    const line = claim === undefined ? t("verdict", { verdict }) : t("verdictOn", { claim, verdict });
    const before = event.before?.status;
    // A verdict replacing another says so: "Verdict on C4: Disputed (was Corroborated)".
    return before && isVerdict(before) && before !== status ? t("was", { text: line, status: statusName(before) }) : line;
  }
  const line = claim === undefined ? t("takenBack") : t("takenBackOn", { claim });
  const reason = event.after?.reason;
  if (reason) return detail(line, own(reason));
  return event.before?.status ? t("was", { text: line, status: statusName(event.before.status) }) : line;
}

function describeSignoff(
  event: EventOf<
    | "claim.approved"
    | "claim.sent_back"
    | "claim.published"
    | "claim.corrected"
    | "claim.publication_excluded"
    | "article.published"
    | "settings.public_pages"
  >,
  { signoffT: s, own, claim: claimOf, status, detail }: Describer,
): string {
  const claim = claimOf(event.entityId);
  switch (event.action) {
    case "claim.approved":
      return detail(s("approved", { claim }), event.after?.status ? status(event.after.status) : null);
    case "claim.sent_back":
      return detail(s("sentBack", { claim }), event.after?.comment ? own(event.after.comment) : null);
    case "claim.published":
      return detail(s("published", { claim }), event.after?.url ? own(event.after.url) : null);
    case "claim.corrected": {
      const from = event.after?.fromStatus ?? event.before?.status;
      const to = event.after?.status;
      return detail(s("corrected", { claim }), from && to ? s("change", { from: status(from), to: status(to) }) : null);
    }
    case "claim.publication_excluded":
      return s(event.after?.excluded === false ? "included" : "excluded", { claim: claimOf(event.entityId, event.after?.number) });
    case "article.published":
      return detail(s(event.after?.republished ? "articleRepublished" : "articlePublished"), event.after?.url ? own(event.after.url) : null);
    case "settings.public_pages":
      return s(event.after?.enabled ? "publicPagesOn" : "publicPagesOff");
  }
}

/**
 * A one-line summary of a stored audit event, in `context.language` (English by default); rows
 * that do not parse are named, not hidden.
 */
export function describeAuditEvent(stored: StoredAuditEvent, context: DescribeContext = {}): string {
  const names = describer(context);
  const { t, own, quote, person, role } = names;
  if (!stored.parsed) {
    return t("unrecognised", { action: own(stored.event.action), entity: stored.event.entityType.toLowerCase() });
  }
  const event = stored.event;
  const account = (userId: string) => {
    const name = person(userId, "");
    return name ? t("accountOf", { name }) : t("anAccount");
  };
  switch (event.action) {
    case "user.created":
      return event.after
        ? t("userCreated", { name: own(event.after.name), role: role(event.after.role) })
        : t("userCreatedUnknown");
    case "user.role_changed": {
      const whose = person(event.entityId, t("anAccount"));
      return event.before && event.after
        ? t("roleChangedFromTo", { whose, before: role(event.before.role), after: role(event.after.role) })
        : t("roleChanged", { whose });
    }
    case "user.deactivated": {
      const revoked = event.after?.revokedTokens;
      const line = t("deactivated", { account: account(event.entityId) });
      return revoked ? t("revokedTokens", { text: line, count: revoked }) : line;
    }
    case "user.reactivated":
      return t("reactivated", { account: account(event.entityId) });
    case "user.password_changed":
      return t(event.after?.via === "cli" ? "passwordSetCli" : "passwordSet", { account: account(event.entityId) });
    case "user.password_reset_requested":
      return t(event.after?.via === "cli" ? "resetLinkSentCli" : "resetLinkRequested", { account: account(event.entityId) });
    case "user.password_reset":
      return t("passwordReset", { account: account(event.entityId) });
    case "user.password_change_required":
      return t("passwordChangeRequired", { account: account(event.entityId) });
    case "user.two_factor_enabled":
      return t("twoFactorEnabled", { account: account(event.entityId) });
    case "user.two_factor_disabled":
      return t("twoFactorDisabled", { account: account(event.entityId) });
    case "user.recovery_code_used":
      return t("recoveryCodeUsed", { account: account(event.entityId) });
    case "user.sessions_ended":
      return t("sessionsEnded", { account: account(event.entityId), count: event.after?.endedSessions ?? 0 });
    case "user.sso_created":
      return event.after
        ? t("ssoCreated", { name: own(event.after.name), role: role(event.after.role) })
        : t("userCreatedUnknown");
    case "user.sso_signed_in":
      return t(event.after?.linked ? "ssoLinked" : "ssoSignedIn", { account: account(event.entityId) });
    case "settings.two_factor_policy":
      return t(event.after?.requiredForStaff ? "twoFactorPolicyOn" : "twoFactorPolicyOff");
    case "token.created":
      return event.after?.name ? t("tokenCreatedNamed", { name: quote(event.after.name) }) : t("tokenCreated");
    case "token.revoked":
      return t("tokenRevoked");
    case "webhook.created":
      return t("webhookCreated", { url: own(event.after?.url ?? "") });
    case "webhook.updated":
      return t("webhookUpdated", { url: own(event.after?.url ?? event.before?.url ?? "") });
    case "webhook.deleted":
      return t("webhookDeleted", { url: own(event.before?.url ?? "") });
    case "webhook.secret_rotated":
      return t("webhookSecretRotated");
    case "webhook.auto_disabled":
      return t("webhookAutoDisabled", { url: own(event.after?.url ?? "") });
    case "rating_label.created":
      return t("ratingLabelCreated", { name: own(event.after?.name ?? "") });
    case "rating_label.updated":
      return event.after?.retired && !event.before?.retired
        ? t("ratingLabelRetired", { name: own(event.after?.name ?? "") })
        : t("ratingLabelUpdated", { name: own(event.after?.name ?? event.before?.name ?? "") });
    case "rating_label.deleted":
      return t("ratingLabelDeleted", { name: own(event.before?.name ?? "") });
    case "rating_scale.reordered":
      return t("ratingScaleReordered");
    case "article.imported":
    case "article.finalized":
    case "article.reopened":
    case "article.language_changed":
    case "article.exported":
    case "report.exported":
      return describeArticle(event, names);
    case "claim.created":
    case "claim.edited":
    case "claim.claimant_changed":
    case "claim.split":
    case "claim.merged":
    case "claim.deleted":
    case "claim.undone":
    case "claim.extracted":
      return describeClaim(event, names);
    case "article.revised":
    case "claim.reanchored":
    case "claim.anchor_resolved":
      return describeRevision(event, names);
    case "claim.similar_confirmed":
    case "claim.similar_dismissed":
    case "claim.sources_reused": {
      const claim = names.claim(event.entityId, event.after?.number);
      const earlier = event.after?.earlierNumber === undefined ? t("anEarlierClaim") : names.claim(undefined, event.after.earlierNumber);
      if (event.action === "claim.similar_confirmed") return t("similarConfirmed", { claim, earlier });
      if (event.action === "claim.similar_dismissed") return t("similarDismissed", { claim, earlier });
      return t("sourcesReused", { claim, earlier, count: event.after?.evidenceIds?.length ?? 0 });
    }
    case "evidence.added":
      return t("evidenceAdded");
    case "evidence.edited":
      return t("evidenceEdited");
    case "evidence.removed":
      return t("evidenceRemoved");
    case "evidence.content_added":
      return event.after?.origin === "PASTED" ? t("evidenceTextPasted") : t("evidenceFileAttached");
    case "assignment.created":
    case "assignment.updated":
    case "assignment.removed":
      return describeAssignment(event, names);
    case "comment.created":
      return t("commented", { claim: names.claim(event.after?.claimId) });
    case "consultation.started":
      return t("consulted", { person: person(event.after?.userId, t("aColleague")), claim: names.claim(event.after?.claimId) });
    case "consultation.ended":
      return t("consultationEnded", {
        person: person(event.after?.userId, t("aColleague")),
        claim: names.claim(event.after?.claimId),
      });
    case "verdict.set":
    case "verdict.reopened":
      return describeVerdict(event, names);
    case "claim.approved":
    case "claim.sent_back":
    case "claim.published":
    case "claim.corrected":
    case "claim.publication_excluded":
    case "article.published":
    case "settings.public_pages":
      return describeSignoff(event, names);
  }
}
