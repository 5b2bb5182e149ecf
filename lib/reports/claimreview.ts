// schema.org ClaimReview (JSON-LD), one per claim whose verdict is in force, as Google's
// fact-check markup documents it. Pure. Ratings come from lib/rating-scale/scale.ts: the desk's
// label on its 1..5 scale, or without a label the default scale 1 = Disputed, 2 = Unverified,
// 3 = Corroborated (docs/rating-scale.md, docs/reports.md); claims not yet reviewed (PENDING) get no ClaimReview. The claimant (whose
// assertion it is) is itemReviewed.author; the publisher only appears as where it appeared.
import type { ReportArticle, ReportClaim, ReportContext } from "./model";
import { verdictInForce } from "./model";
import type { Verdict } from "@/lib/workflow/states";
import { reviewRatingOf } from "@/lib/rating-scale/scale";

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  /** Published claims only: the day of the last correction. */
  dateModified?: string;
  author: { "@type": "Organization"; name: string; url?: string };
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    "@type": "Claim";
    appearance: { "@type": "CreativeWork"; url: string; headline: string; datePublished?: string; publisher?: { "@type": "Organization"; name: string } }[];
    author?: { "@type": "Organization" | "Person"; name: string };
    datePublished?: string;
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

// Words that name an institution rather than a person, in English and Arabic; acronyms only in
// capitals, so a person called Sana or a phrase with "who" stays a Person.
const ORGANISATION_WORDS =
  /\b(ministry|agency|army|forces|government|office|observatory|council|committee|organi[sz]ation|news|media|police|authorit(y|ies)|department|commission|group|union|coalition|command|court|reuters|associated press)\b|وزارة|وكالة|الجيش|القوات|الحكومة|المرصد|مجلس|لجنة|منظمة|قيادة/i;
const ORGANISATION_ACRONYMS = /\b(UN|WHO|NGO|AFP|AP|SANA|OCHA|UNHCR|UNICEF|NATO)\b/;

/** schema.org wants a Person or an Organization; the claimant's wording tells which, roughly. */
export function claimantAuthor(claimant: string): { "@type": "Organization" | "Person"; name: string } {
  const organisation = ORGANISATION_WORDS.test(claimant) || ORGANISATION_ACRONYMS.test(claimant);
  return { "@type": organisation ? "Organization" : "Person", name: claimant };
}

/**
 * null when the claim is not yet reviewed (PENDING), or was deleted. A published claim points at
 * its public anchor, dated by its publication and its last correction (lib/publishing); any
 * other at the app's own (sign-in) page of the claim, dated by its verdict.
 */
export function claimReviewFor(article: ReportArticle, claim: ReportClaim, context: ReportContext): ClaimReview | null {
  if (claim.status === "PENDING" || claim.deletedAt) return null;
  const verdict = verdictInForce(claim);
  const publisher = article.publisher ? { "@type": "Organization" as const, name: article.publisher } : undefined;
  const published = article.publication?.claims.find((item) => item.claimId === claim.id);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: published ? `${article.publication!.url}#c${published.number}` : `${context.baseUrl}/claims/${claim.id}`,
    claimReviewed: claim.statement,
    datePublished: day(published?.publishedAt ?? verdict?.createdAt ?? claim.updatedAt),
    ...(published?.modifiedAt ? { dateModified: day(published.modifiedAt) } : {}),
    author: {
      "@type": "Organization",
      name: context.organisation.name,
      ...(context.organisation.url ? { url: context.organisation.url } : {}),
    },
    // The desk's label and scale when the verdict was given under one, else the verdicts' own scale.
    reviewRating: { "@type": "Rating", ...reviewRatingOf(claim.status, claim.ratingLabel) },
    itemReviewed: {
      "@type": "Claim",
      appearance: [
        {
          "@type": "CreativeWork",
          // The original when we know it, else our stored copy of the article.
          url: article.url ?? `${context.baseUrl}/articles/${article.id}`,
          headline: article.title,
          ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
          ...(publisher ? { publisher } : {}),
        },
      ],
      ...(claim.claimant ? { author: claimantAuthor(claim.claimant) } : {}),
      ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
    },
  };
}

function publishedRating(claim: PublishedClaimReviewInput["claim"]) {
  if (claim.ratingLabel !== null && claim.ratingValue !== null) {
    return reviewRatingOf(claim.status, { name: claim.ratingLabel, verdict: claim.status, ratingValue: claim.ratingValue });
  }
  return { ...reviewRatingOf(claim.status, null), ...(claim.ratingLabel ? { alternateName: claim.ratingLabel } : {}) };
}

/** A published claim as the feed and the public page read it (PublishedClaim and its article). */
export interface PublishedClaimReviewInput {
  article: { id: string; title: string; url: string | null; publisher: string | null; publishedAt: Date | null };
  publication: { url: string };
  claim: {
    number: number;
    statement: string;
    claimant: string | null;
    status: Verdict;
    ratingLabel: string | null;
    /** The label's value on the desk's scale, snapshotted at publication and by corrections. */
    ratingValue: number | null;
    publishedAt: Date;
    modifiedAt: Date | null;
  };
  organisation: { name: string; url: string | null };
}

/**
 * The ClaimReview of a published verdict: its public anchor as `url`, the day it was published,
 * and `dateModified` once a correction changed it. Rated as the public copy was published: the
 * desk's label and its value (1..5) when it was published under one, else the default scale. A
 * copy with a label name but no value (published before values were kept) falls back to the
 * default scale's value, still showing the label's name.
 */
export function publishedClaimReview(input: PublishedClaimReviewInput): ClaimReview & { dateModified?: string } {
  const { article, publication, claim, organisation } = input;
  const publisher = article.publisher ? { "@type": "Organization" as const, name: article.publisher } : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${publication.url}#c${claim.number}`,
    claimReviewed: claim.statement,
    datePublished: day(claim.publishedAt),
    ...(claim.modifiedAt ? { dateModified: day(claim.modifiedAt) } : {}),
    author: { "@type": "Organization", name: organisation.name, ...(organisation.url ? { url: organisation.url } : {}) },
    reviewRating: { "@type": "Rating", ...publishedRating(claim) },
    itemReviewed: {
      "@type": "Claim",
      appearance: [
        {
          "@type": "CreativeWork",
          // The original article when we know its address; else the fact-check itself.
          url: article.url ?? publication.url,
          headline: article.title,
          ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
          ...(publisher ? { publisher } : {}),
        },
      ],
      ...(claim.claimant ? { author: claimantAuthor(claim.claimant) } : {}),
      ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
    },
  };
}
