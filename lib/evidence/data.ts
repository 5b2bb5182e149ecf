// What the app and API show of a source.
import "server-only";
export const evidenceSelect = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  publishedAt: true,
  accessedAt: true,
  stance: true,
  excerpt: true,
  note: true,
  addedById: true,
  removedAt: true,
  removedById: true,
  createdAt: true,
  updatedAt: true,
  linkState: true,
  linkCheckedAt: true,
} as const;
