// One line per audit event, as people read it in the article's audit log and the dashboard's
// recent activity: "Split C4 into C4 and C12", "Verdict on C7: Unverified". Pure and
// browser-safe: it reads the typed events of events.ts and never looks anything up itself; what
// an event names only by id (a claim, a person) comes from the caller's context, and a name it
// cannot find is said in general words ("a claim", "a reviewer").
import { CLAIM_STATUSES, STATUS_LABELS, claimLabel, isVerdict, type ClaimStatus } from "@/lib/workflow/states";
import { formatDue } from "@/lib/time/format";
import type { AuditEvent, StoredAuditEvent } from "./events";

export interface DescribeContext {
  /** Claim numbers by claim id: verdicts, assignments, comments and consultations name a claim by id only. */
  claimNumbers?: ReadonlyMap<string, number>;
  /** People's names by user id: assignees and consulted colleagues. */
  userNames?: ReadonlyMap<string, string>;
  /** The reader's zone, for due dates (UTC when not given). */
  timeZone?: string;
}

type EventOf<A extends AuditEvent["action"]> = Extract<AuditEvent, { action: A }>;

const QUOTE_LIMIT = 120;

const quote = (text: string) => `“${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text}”`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const isStatus = (status: string): status is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(status);

/** A status as people read it; anything unknown (an old or foreign value) is shown as stored. */
const statusLabel = (status: string) => (isStatus(status) ? STATUS_LABELS[status] : status);

/** Not yet reviewed first, then the verdicts, as every screen lists them; unknown values last. */
const statusOrder = (status: string) => (isStatus(status) ? CLAIM_STATUSES.indexOf(status) : CLAIM_STATUSES.length);

const roleLabel = (role: string) => role.toLowerCase();

function describer(context: DescribeContext) {
  /** "C7" from the event's own number, else the context's, else "a claim". */
  const claim = (claimId: string | undefined, number?: number) => {
    const known = number ?? (claimId ? context.claimNumbers?.get(claimId) : undefined);
    return known === undefined ? "a claim" : claimLabel({ number: known });
  };
  const person = (userId: string | undefined, fallback: string) =>
    (userId ? context.userNames?.get(userId) : undefined) ?? fallback;
  /** A due date in the reader's zone ("15 Jan 2030"; with time and offset when set elsewhere). */
  const due = (iso: string) => formatDue(iso, context.timeZone ?? "UTC");
  return { claim, person, due };
}

type Describer = ReturnType<typeof describer>;

function describeAssignment(
  event: EventOf<"assignment.created" | "assignment.updated" | "assignment.removed">,
  { claim, person, due: dueDate }: Describer,
): string {
  // A new assignment has no "before"; a changed or removed one says whose it was on both sides.
  const view = event.action === "assignment.created" ? event.after : (event.after ?? event.before);
  const target = claim(view?.claimId);
  const reviewer = person(view?.reviewerId, "a reviewer");
  switch (event.action) {
    case "assignment.created": {
      const due = event.after?.dueAt ? ` (due ${dueDate(event.after.dueAt)})` : "";
      return `Assigned ${target} to ${reviewer}${due}`;
    }
    case "assignment.removed": {
      const reason = event.after?.reason;
      return `Removed the assignment of ${target} to ${reviewer}${reason ? `: ${reason}` : ""}`;
    }
    case "assignment.updated": {
      const from = event.before?.state;
      const to = event.after?.state;
      const reason = event.after?.reason ? `: ${event.after.reason}` : "";
      if (to === "COMPLETED" && from !== "COMPLETED") return `Assignment of ${target} to ${reviewer} done${reason}`;
      if (to === "OPEN" && from && from !== "OPEN") return `Assignment of ${target} to ${reviewer} reopened${reason}`;
      const before = event.before?.dueAt ?? null;
      const after = event.after?.dueAt ?? null;
      if (event.after && "dueAt" in event.after && before !== after) {
        return after
          ? `Set the due date of ${target} for ${reviewer} to ${dueDate(after)}`
          : `Removed the due date of ${target} for ${reviewer}`;
      }
      return `Changed the assignment of ${target} to ${reviewer}${reason}`;
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
    | "claim.extracted"
  >,
  { claim }: Describer,
): string {
  switch (event.action) {
    case "claim.created": {
      const text = event.after?.text;
      return `Added ${claim(event.entityId, event.after?.number)}${text ? `: ${quote(text)}` : ""}`;
    }
    case "claim.edited": {
      const label = claim(event.entityId, event.after?.number ?? event.before?.number);
      const before = event.before?.statement ?? event.before?.text;
      const after = event.after?.statement ?? event.after?.text;
      if (before && after && before !== after) return `Reworded ${label}: ${quote(before)} → ${quote(after)}`;
      return after ? `Reworded ${label}: ${quote(after)}` : `Reworded ${label}`;
    }
    case "claim.claimant_changed": {
      const label = claim(event.entityId, numberOf(event.after) ?? numberOf(event.before));
      const before = event.before?.claimant ?? null;
      const after = event.after?.claimant ?? null;
      if (after && before) return `Changed the claimant of ${label} from ${quote(before)} to ${quote(after)}`;
      if (after) return `Set the claimant of ${label} to ${quote(after)}`;
      if (before) return `Removed the claimant of ${label} (was ${quote(before)})`;
      return `Changed the claimant of ${label}`;
    }
    case "claim.split": {
      const label = claim(event.entityId, event.before?.number);
      const parts = event.after?.parts ?? [];
      const named = parts.map((part) => claim(part.id, part.number));
      return named.length ? `Split ${label} into ${named.join(" and ")}` : `Split ${label}`;
    }
    case "claim.merged": {
      const kept = claim(event.entityId, event.after?.number);
      const deletedNumber = event.after?.deletedNumber;
      const gone = claim(event.after?.deletedId, typeof deletedNumber === "number" ? deletedNumber : undefined);
      return gone === "a claim" ? `Merged another claim into ${kept}` : `Merged ${kept} and ${gone} into ${kept}`;
    }
    case "claim.deleted": {
      const label = claim(event.entityId, event.before?.number ?? event.after?.number);
      const text = event.before?.text;
      const cancelled = event.after?.cancelledAssignments;
      const assignments =
        typeof cancelled === "number" && cancelled > 0 ? `; ${plural(cancelled, "open assignment")} cancelled` : "";
      return `Deleted ${label}${text ? `: ${quote(text)}` : ""}${assignments}`;
    }
    case "claim.extracted": {
      const after = event.after;
      if (event.entityType === "Article") {
        const added = after?.added ?? 0;
        const kept = after?.kept ?? 0;
        const refreshed =
          typeof after?.refreshed === "number" && after.refreshed > 0 ? ` (${after.refreshed} rescored)` : "";
        return `Re-ran extraction: ${added} added, ${kept} already there${refreshed}`;
      }
      const label = claim(event.entityId, numberOf(after));
      if (after?.refreshed === true) return `Extraction rescored ${label}`;
      return `Extraction found ${label}${after?.text ? `: ${quote(after.text)}` : ""}`;
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
    "article.imported" | "article.finalized" | "article.reopened" | "article.exported" | "report.exported"
  >,
): string {
  switch (event.action) {
    case "article.imported": {
      const title = event.after?.title;
      const claims = event.after?.claims;
      return `Imported the article${title ? ` ${quote(title)}` : ""}${claims === undefined ? "" : ` with ${plural(claims, "claim")}`}`;
    }
    case "article.finalized": {
      const byStatus = event.after?.claimsByStatus;
      const counts = byStatus
        ? Object.entries(byStatus)
            .filter(([, count]) => count > 0)
            .sort(([a], [b]) => statusOrder(a) - statusOrder(b))
            .map(([status, count]) => `${count} ${statusLabel(status).toLowerCase()}`)
        : [];
      const cancelled = event.after?.cancelledAssignments;
      const assignments = cancelled ? `; ${plural(cancelled, "open assignment")} cancelled` : "";
      return `Finalized the article${counts.length ? `: ${counts.join(", ")}` : ""}${assignments}`;
    }
    case "article.reopened": {
      const restored = event.after?.restoredAssignments;
      return `Reopened the article${restored ? `; ${plural(restored, "assignment")} given back to reviewers` : ""}`;
    }
    case "article.exported":
      return "Exported a report of the article";
    case "report.exported":
      return "Exported a report";
  }
}

function describeVerdict(event: EventOf<"verdict.set" | "verdict.reopened">, { claim }: Describer): string {
  const label = claim(event.entityId);
  const on = label === "a claim" ? "" : ` on ${label}`;
  if (event.action === "verdict.set") {
    const status = event.after?.status;
    const verdict = status ? statusLabel(status) : null;
    if (!verdict) return `Verdict${on} recorded`;
    const before = event.before?.status;
    // A verdict replacing another says so: "Verdict on C4: Disputed (was Corroborated)".
    const was = before && isVerdict(before) && before !== status ? ` (was ${statusLabel(before)})` : "";
    return `Verdict${on}: ${verdict}${was}`;
  }
  const reason = event.after?.reason;
  const was = event.before?.status ? ` (was ${statusLabel(event.before.status)})` : "";
  return `Verdict${on} taken back${reason ? `: ${reason}` : was}`;
}

/** A one-line summary of a stored audit event; rows that do not parse are named, not hidden. */
export function describeAuditEvent(stored: StoredAuditEvent, context: DescribeContext = {}): string {
  if (!stored.parsed) {
    return `Unrecognised event “${stored.event.action}” on ${stored.event.entityType.toLowerCase()}`;
  }
  const event = stored.event;
  const names = describer(context);
  const account = (userId: string) => {
    const name = names.person(userId, "");
    return name ? `the account of ${name}` : "an account";
  };
  switch (event.action) {
    case "user.created":
      return event.after
        ? `Created the account of ${event.after.name} (${roleLabel(event.after.role)})`
        : "Created an account";
    case "user.role_changed": {
      const whose = names.person(event.entityId, "an account");
      return event.before && event.after
        ? `Changed the role of ${whose} from ${roleLabel(event.before.role)} to ${roleLabel(event.after.role)}`
        : `Changed the role of ${whose}`;
    }
    case "user.deactivated": {
      const revoked = event.after?.revokedTokens;
      return `Deactivated ${account(event.entityId)}${revoked ? `; ${plural(revoked, "API token")} revoked` : ""}`;
    }
    case "user.reactivated":
      return `Reactivated ${account(event.entityId)}`;
    case "user.password_changed":
      return `Set a new password for ${account(event.entityId)}${event.after?.via === "cli" ? " from the command line" : ""}`;
    case "token.created":
      return event.after?.name ? `Created the API token ${quote(event.after.name)}` : "Created an API token";
    case "token.revoked":
      return "Revoked an API token";
    case "article.imported":
    case "article.finalized":
    case "article.reopened":
    case "article.exported":
    case "report.exported":
      return describeArticle(event);
    case "claim.created":
    case "claim.edited":
    case "claim.claimant_changed":
    case "claim.split":
    case "claim.merged":
    case "claim.deleted":
    case "claim.extracted":
      return describeClaim(event, names);
    case "evidence.added":
      return "Added a source";
    case "evidence.edited":
      return "Edited a source";
    case "evidence.removed":
      return "Removed a source";
    case "assignment.created":
    case "assignment.updated":
    case "assignment.removed":
      return describeAssignment(event, names);
    case "comment.created":
      return `Commented on ${names.claim(event.after?.claimId)}`;
    case "consultation.started":
      return `Consulted ${names.person(event.after?.userId, "a colleague")} on ${names.claim(event.after?.claimId)}`;
    case "consultation.ended":
      return `Ended the consultation of ${names.person(event.after?.userId, "a colleague")} on ${names.claim(event.after?.claimId)}`;
    case "verdict.set":
    case "verdict.reopened":
      return describeVerdict(event, names);
  }
}
