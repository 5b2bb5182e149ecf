// What an email says about a notification, in English (mail goes out from the server, like the
// API's messages). It names the claim by its number and the article by its title, both of which
// the recipient may read (checked when the notification was made and again when a digest is
// sent), and never quotes claim text, comments, rationales or sources: the link opens the rest in
// the app, behind sign-in. Pure.
import { STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";
import type { NotificationKind } from "./kinds";

export interface WordingItem {
  kind: NotificationKind;
  claimNumber: number | null;
  actorName: string | null;
  data: Record<string, unknown>;
}

/** The heading a kind has in a digest. */
export const KIND_HEADINGS: Record<NotificationKind, string> = {
  ASSIGNED: "Assigned to you",
  MENTIONED: "You were mentioned",
  CONSULTED: "You were consulted",
  DUE_TOMORROW: "Due tomorrow",
  OVERDUE: "Overdue",
  VERDICT_REOPENED: "Your verdict was sent back",
  VERDICT_CHANGED: "Your verdict was changed",
  SOURCE_CHANGED: "A source you cited changed or is gone",
  SIGNOFF_REQUESTED: "Verdicts awaiting your sign-off",
  WEBHOOK_DISABLED: "Webhook endpoints disabled",
};

const statusLabel = (value: unknown) =>
  typeof value === "string" && value in STATUS_LABELS ? STATUS_LABELS[value as ClaimStatus] : null;

/** One sentence about one notification. */
export function describeForMail(item: WordingItem): string {
  const claim = item.claimNumber ? `claim C${item.claimNumber}` : "a claim";
  const who = item.actorName ?? "Someone";
  switch (item.kind) {
    case "ASSIGNED":
      return `${who} assigned ${claim} to you.`;
    case "MENTIONED":
      return `${who} mentioned you in a comment on ${claim}.`;
    case "CONSULTED":
      return `${who} consulted you on ${claim}: you may read it and reply in its comments.`;
    case "DUE_TOMORROW":
      return `Your review of ${claim} is due tomorrow.`;
    case "OVERDUE":
      return `Your review of ${claim} is overdue.`;
    case "VERDICT_REOPENED":
      return `${who} sent back your verdict on ${claim}; it is not yet reviewed again.`;
    case "VERDICT_CHANGED": {
      const now = statusLabel(item.data.toStatus);
      return `${who} changed your verdict on ${claim}${now ? ` (now ${now})` : ""}.`;
    }
    case "SIGNOFF_REQUESTED":
      return `${who} set a verdict on ${claim}, which you assigned; it awaits sign-off.`;
    case "SOURCE_CHANGED":
      return item.data.state === "GONE"
        ? `A source you cited on ${claim} is gone.`
        : `A source you cited on ${claim} changed since you cited it.`;
    case "WEBHOOK_DISABLED": {
      const url = typeof item.data.url === "string" ? item.data.url : null;
      return `Webhook endpoint ${url ?? "(unknown)"} was disabled after failing for a day.`;
    }
  }
}
