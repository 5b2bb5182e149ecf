// A notification as the API answers it (GET /api/v1/notifications): ids, kind, dates, the claim's
// number and the article's title, and where to open it. Pure.
import type { NotificationKind } from "./kinds";

export interface NotificationListRow {
  id: string;
  kind: string;
  data: unknown;
  readAt: Date | null;
  createdAt: Date;
  articleId: string;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  article: { title: string };
  claim: { number: number } | null;
}

/** Where a notification leads in the app: its claim, else its article. */
export const notificationPath = (row: { claimId: string | null; articleId: string }) =>
  row.claimId ? `/claims/${row.claimId}` : `/articles/${row.articleId}`;

export function notificationApiView(row: NotificationListRow) {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    articleId: row.articleId,
    articleTitle: row.article.title,
    claimId: row.claimId,
    claimNumber: row.claim?.number ?? null,
    actor: row.actor,
    link: notificationPath(row),
    data: (row.data ?? {}) as Record<string, string | number | boolean | null>,
  };
}
