// The daily digest's shape: one person's pending items grouped by article, then by kind, claims in
// number order. Pure, so the grouping is unit-tested apart from the job that sends it.
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

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
