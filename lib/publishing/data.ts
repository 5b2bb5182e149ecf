// Reads of published work. The feed and the public page read only PublishedClaim rows (the public
// copies written at publication and by corrections) and the publication itself: nothing a reviewer
// is still working on, no comment and no person's name can reach them.
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { encodeCursor, parsePageQuery, type Page } from "@/lib/pagination";
import { publishedClaimReview } from "@/lib/reports/claimreview";
import { assertId } from "@/lib/schemas";
import { isVerdict } from "@/lib/workflow/states";
import { claimReviewFeedQuerySchema } from "./feed-query";
import type { PublicSource } from "./sources";

export const PUBLIC_PAGES_SETTING = "publicFactCheckPages";

export function organisation() {
  const baseUrl = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return { name: process.env.CLAIMLEDGER_ORG_NAME?.trim() || "ClaimLedger", url: process.env.CLAIMLEDGER_ORG_URL?.trim() || baseUrl };
}

export async function publicPagesEnabled(): Promise<boolean> {
  const row = await db.appSetting.findUnique({ where: { key: PUBLIC_PAGES_SETTING }, select: { value: true } });
  const value = row?.value as { enabled?: unknown } | undefined;
  return value?.enabled === true;
}

const publishedSelect = {
  claimId: true,
  number: true,
  statement: true,
  claimant: true,
  status: true,
  ratingLabel: true,
  ratingValue: true,
  rationale: true,
  sources: true,
  publishedAt: true,
  modifiedAt: true,
  article: {
    select: {
      id: true,
      title: true,
      url: true,
      publisher: true,
      publishedAt: true,
      publication: { select: { url: true, publishedAt: true, modifiedAt: true } },
    },
  },
} as const;

/** GET /api/v1/claimreview: published items, oldest publication first, keyset-paginated. */
export async function claimReviewFeed(params: URLSearchParams): Promise<Page<object>> {
  const page = parsePageQuery(params);
  const parsed = claimReviewFeedQuerySchema.safeParse({
    since: params.get("since") ?? undefined,
    until: params.get("until") ?? undefined,
  });
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
    throw new AppError("VALIDATION_FAILED", "The date filters are not valid.", { fields });
  }
  const { since, until } = parsed.data;
  const sinceAt = since ? new Date(`${since}T00:00:00.000Z`) : undefined;
  const untilEnd = until ? new Date(Date.parse(`${until}T00:00:00.000Z`) + 24 * 60 * 60 * 1000) : undefined;
  const rows = await db.publishedClaim.findMany({
    where: {
      ...(sinceAt ? { OR: [{ publishedAt: { gte: sinceAt } }, { modifiedAt: { gte: sinceAt } }] } : {}),
      ...(untilEnd ? { publishedAt: { lt: untilEnd } } : {}),
    },
    orderBy: [{ publishedAt: "asc" }, { claimId: "asc" }],
    select: publishedSelect,
    // The cursor names a claim id (PublishedClaim's key), as lib/pagination's cursors name ids.
    take: page.limit + 1,
    ...(page.after ? { cursor: { claimId: page.after }, skip: 1 } : {}),
  });
  const items = rows.slice(0, page.limit);
  const next = rows.length > page.limit ? items[items.length - 1].claimId : null;
  const org = organisation();
  return {
    items: items.flatMap((row) => {
      const review = toReview(row, org);
      return review ? [review] : [];
    }),
    next: next === null ? null : encodeCursor(next),
  };
}

type PublishedRow = Awaited<ReturnType<typeof db.publishedClaim.findMany<{ select: typeof publishedSelect }>>>[number];

function toReview(row: PublishedRow, org: ReturnType<typeof organisation>) {
  const publication = row.article.publication;
  if (!publication || !isVerdict(row.status)) return null;
  return publishedClaimReview({
    article: row.article,
    publication,
    claim: { ...row, status: row.status },
    organisation: org,
  });
}

/** The public page of one published article: its published claims, corrections, ClaimReview items. Null when not published. */
export async function publicFactCheck(articleId: unknown) {
  const id = assertId(articleId, "articleId");
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publisher: true,
      publishedAt: true,
      language: true,
      publication: { select: { url: true, publishedAt: true, modifiedAt: true } },
    },
  });
  if (!article?.publication) return null;
  const [claims, corrections] = await Promise.all([
    db.publishedClaim.findMany({ where: { articleId: id }, orderBy: { number: "asc" }, select: publishedSelect }),
    db.correction.findMany({
      where: { articleId: id, claim: { published: { isNot: null } } },
      orderBy: { createdAt: "asc" },
      // No approver: reviewer and editor identities stay inside the workspace.
      select: { id: true, claimId: true, fromStatus: true, toStatus: true, fromRatingLabel: true, toRatingLabel: true, reason: true, createdAt: true },
    }),
  ]);
  const org = organisation();
  const numberOf = new Map(claims.map((claim) => [claim.claimId, claim.number]));
  return {
    article: { id: article.id, title: article.title, url: article.url, publisher: article.publisher, language: article.language },
    publication: article.publication,
    claims: claims.map((claim) => ({
      number: claim.number,
      statement: claim.statement,
      claimant: claim.claimant,
      status: claim.status,
      ratingLabel: claim.ratingLabel,
      rationale: claim.rationale,
      sources: (Array.isArray(claim.sources) ? claim.sources : []) as unknown as PublicSource[],
      publishedAt: claim.publishedAt,
      modifiedAt: claim.modifiedAt,
    })),
    corrections: corrections.map((correction) => ({ ...correction, number: numberOf.get(correction.claimId) ?? null })),
    claimReviews: claims.flatMap((claim) => {
      const review = toReview(claim, org);
      return review ? [review] : [];
    }),
  };
}

/** The article page's publication panel: where it is published, what blocks publishing, corrections. */
export async function publicationPanel(articleId: string) {
  const id = assertId(articleId, "articleId");
  const [publication, claims, corrections] = await Promise.all([
    db.articlePublication.findUnique({ where: { articleId: id }, select: { url: true, publishedAt: true, modifiedAt: true } }),
    db.claim.findMany({
      where: { articleId: id, deletedAt: null },
      select: { id: true, number: true, status: true, signoff: true, excludedFromPublication: true, published: { select: { claimId: true } } },
      orderBy: { number: "asc" },
    }),
    db.correction.findMany({
      where: { articleId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        fromStatus: true,
        toStatus: true,
        reason: true,
        createdAt: true,
        claim: { select: { number: true } },
        approvedBy: { select: { name: true } },
      },
    }),
  ]);
  return {
    publication,
    claims: claims.map(({ published, ...claim }) => ({ ...claim, published: Boolean(published) })),
    corrections: corrections.map(({ claim, approvedBy, ...correction }) => ({ ...correction, number: claim.number, approvedBy: approvedBy.name })),
  };
}
