// Notification emails: one message for what one change brought a person (usually one item), and
// the daily digest. Plain text first; the HTML part is the same text with its links clickable.
// Content rules are in lib/notifications/wording.ts: claim numbers, article titles and links only.
import type { DigestGroup } from "@/lib/notifications/digest";
import { describeForMail, KIND_HEADINGS, type WordingItem } from "@/lib/notifications/wording";
import type { MailMessage } from "../message";

export interface MailItem extends WordingItem {
  articleTitle: string;
  /** Absolute link to the thing (the claim) in the app. */
  link: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Every line that is only a link becomes a clickable link; the rest is escaped text. */
function htmlWithLinks(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => {
    const lines = paragraph.split("\n").map((line) => {
      const escaped = escapeHtml(line);
      return escaped.replace(/https?:\/\/\S+/g, (url) => `<a href="${url}">${url}</a>`);
    });
    return `<p>${lines.join("<br>")}</p>`;
  });
  return `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">${paragraphs.join("\n")}</body></html>`;
}

const MAX_ITEMS_IN_MAIL = 20;

const quoted = (title: string) => `“${title.replace(/\s+/g, " ").trim()}”`;

function footer(settingsLink: string) {
  return `You get this email because of your notification settings: ${settingsLink}`;
}

export function notificationMail({
  to,
  name,
  items,
  centreLink,
  settingsLink,
}: {
  to: string;
  name: string;
  items: MailItem[];
  centreLink: string;
  settingsLink: string;
}): MailMessage {
  const [first] = items;
  if (!first) throw new Error("A notification email needs at least one item.");
  const subject =
    items.length === 1
      ? `${describeForMail(first).replace(/[.:].*$/, "")} · ${first.articleTitle}`.slice(0, 200)
      : `${items.length} ClaimLedger notifications`;
  // A bulk assignment is one email; past a screenful, the centre lists the rest.
  const shown = items.slice(0, MAX_ITEMS_IN_MAIL);
  const lines = shown.map((item) => `${describeForMail(item)}\nIn ${quoted(item.articleTitle)}: ${item.link}`);
  if (items.length > shown.length) lines.push(`… and ${items.length - shown.length} more.`);
  const text = [`Hello ${name},`, ...lines, `All your notifications: ${centreLink}`, footer(settingsLink)].join("\n\n");
  return { to, subject, text, html: htmlWithLinks(text) };
}

export function digestMail({
  to,
  name,
  groups,
  linkFor,
  articleLink,
  centreLink,
  settingsLink,
}: {
  to: string;
  name: string;
  groups: DigestGroup[];
  linkFor: (claimId: string) => string;
  articleLink: (articleId: string) => string;
  centreLink: string;
  settingsLink: string;
}): MailMessage {
  const count = groups.reduce((sum, group) => sum + group.kinds.reduce((n, kind) => n + kind.items.length, 0), 0);
  const sections = groups.map((group) => {
    const kinds = group.kinds.map((kind) =>
      [
        `${KIND_HEADINGS[kind.kind]}:`,
        ...kind.items.map(
          (item) => `- ${describeForMail(item)} ${item.claimId ? linkFor(item.claimId) : articleLink(group.articleId)}`,
        ),
      ].join("\n"),
    );
    return [`${quoted(group.articleTitle)}\n${articleLink(group.articleId)}`, ...kinds].join("\n");
  });
  const text = [
    `Hello ${name},`,
    `Your ClaimLedger digest: ${count === 1 ? "1 notification" : `${count} notifications`} since the last one.`,
    ...sections,
    `All your notifications: ${centreLink}`,
    footer(settingsLink),
  ].join("\n\n");
  return {
    to,
    subject: `Your ClaimLedger digest: ${count === 1 ? "1 notification" : `${count} notifications`}`,
    text,
    html: htmlWithLinks(text),
  };
}
