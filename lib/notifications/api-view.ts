// A notification as the API answers it (GET /api/v1/notifications): ids, kind, dates, the claim's
// number and the article's title, and where to open it. A notice about the server itself (a
// disabled webhook endpoint) has no article or claim: both are null and it leads to the admin
// page of what it is about. Pure.
import type { NotificationKind } from "./kinds";

export interface NotificationListRow {
  id: string;
  kind: string;
  data: unknown;
  readAt: Date | null;
  createdAt: Date;
  articleId: string | null;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  article: { title: string } | null;
  claim: { number: number } | null;
}

/** Where each kind without an article or claim leads (SERVER_NOTICE_KINDS). */
const SERVER_NOTICE_PATHS: Partial<Record<string, string>> = { WEBHOOK_DISABLED: "/admin/webhooks" };

/** Where a notification leads in the app: its claim, else its article, else its admin page. */
export const notificationPath = (row: { kind: string; claimId: string | null; articleId: string | null }) =>
  row.claimId
    ? `/claims/${row.claimId}`
    : row.articleId
      ? `/articles/${row.articleId}`
      : (SERVER_NOTICE_PATHS[row.kind] ?? "/notifications");

/** The endpoint URL a WEBHOOK_DISABLED notice names, or null when its data has none. */
export function webhookUrlOf(data: unknown): string | null {
  const url = (data as { url?: unknown } | null)?.url;
  return typeof url === "string" ? url : null;
}

export function notificationApiView(row: NotificationListRow) {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    articleId: row.articleId,
    articleTitle: row.article?.title ?? null,
    claimId: row.claimId,
    claimNumber: row.claim?.number ?? null,
    actor: row.actor,
    link: notificationPath(row),
    data: (row.data ?? {}) as Record<string, string | number | boolean | null>,
  };
}
