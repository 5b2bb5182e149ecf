// The daily digest's shape: one person's pending items grouped by article, then by kind, claims in
// number order. Pure, so the grouping is unit-tested apart from the job that sends it.
import { isNotificationKind, NOTIFICATION_KINDS, SERVER_NOTICE_KINDS, type NotificationKind } from "./kinds";

export interface DigestItem {
  kind: NotificationKind;
  articleId: string;
  articleTitle: string;
  claimId: string | null;
  claimNumber: number | null;
  actorName: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface DigestGroup {
  articleId: string;
  articleTitle: string;
  kinds: { kind: NotificationKind; items: DigestItem[] }[];
}

/** A pending notification as the digest job loads it. */
export interface DigestSourceRow {
  kind: string;
  articleId: string | null;
  claimId: string | null;
  data: unknown;
  createdAt: Date;
  actor: { name: string } | null;
  article: { title: string } | null;
  claim: { number: number } | null;
}

/**
 * The digest item of a pending notification, or null for one the digest leaves out: a notice
 * about the server itself (a disabled webhook endpoint has no article to group under, and its
 * admins were already emailed at once when email is on; it stays in the centre), or a row whose
 * article or claim is gone.
 */
export function digestItemOf(row: DigestSourceRow): DigestItem | null {
  if (!isNotificationKind(row.kind) || SERVER_NOTICE_KINDS.includes(row.kind)) return null;
  if (row.articleId === null || row.article === null || row.claimId === null || row.claim === null) return null;
  return {
    kind: row.kind,
    articleId: row.articleId,
    articleTitle: row.article.title,
    claimId: row.claimId,
    claimNumber: row.claim.number,
    actorName: row.actor?.name ?? null,
    data: (row.data ?? {}) as Record<string, unknown>,
    createdAt: row.createdAt,
  };
}

export function groupDigest(items: DigestItem[]): DigestGroup[] {
  const byArticle = new Map<string, DigestGroup>();
  for (const item of items) {
    let group = byArticle.get(item.articleId);
    if (!group) {
      group = { articleId: item.articleId, articleTitle: item.articleTitle, kinds: [] };
      byArticle.set(item.articleId, group);
    }
    let kind = group.kinds.find((entry) => entry.kind === item.kind);
    if (!kind) {
      kind = { kind: item.kind, items: [] };
      group.kinds.push(kind);
    }
    kind.items.push(item);
  }
  const order = (kind: NotificationKind) => NOTIFICATION_KINDS.indexOf(kind);
  const groups = [...byArticle.values()];
  for (const group of groups) {
    group.kinds.sort((a, b) => order(a.kind) - order(b.kind));
    for (const kind of group.kinds) {
      kind.items.sort(
        (a, b) => (a.claimNumber ?? 0) - (b.claimNumber ?? 0) || a.createdAt.getTime() - b.createdAt.getTime(),
      );
    }
  }
  return groups.sort((a, b) => a.articleTitle.localeCompare(b.articleTitle) || a.articleId.localeCompare(b.articleId));
}
