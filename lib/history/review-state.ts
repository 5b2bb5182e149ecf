// Finalizing and reopening an article are part of every claim's history, though they are stored
// as Article AuditEvents ("article.finalized" / "article.reopened"), not as StatusChange rows:
// they are not hash-chained. Pure.

export const REVIEW_STATE_ACTIONS = ["article.finalized", "article.reopened"] as const;
export type ReviewStateAction = (typeof REVIEW_STATE_ACTIONS)[number];

export const REVIEW_STATE_LABELS: Record<ReviewStateAction, string> = {
  "article.finalized": "Article finalized",
  "article.reopened": "Article reopened",
};

export function isReviewStateAction(action: string): action is ReviewStateAction {
  return (REVIEW_STATE_ACTIONS as readonly string[]).includes(action);
}

/** The finalize/reopen events among an article's audit events, oldest first. */
export function reviewStateEvents<T extends { action: string; createdAt: Date }>(
  events: T[],
): (T & { action: ReviewStateAction })[] {
  return events
    .filter((event): event is T & { action: ReviewStateAction } => isReviewStateAction(event.action))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
