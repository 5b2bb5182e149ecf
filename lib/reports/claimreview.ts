// schema.org ClaimReview (JSON-LD), one per claim whose verdict is in force, as Google's
// fact-check markup documents it. Pure. The rating scale is ours and documented in
// docs/reports.md: 1 = Disputed, 2 = Unverified, 3 = Corroborated (worstRating 1,
// bestRating 3); claims not yet reviewed (PENDING) get no ClaimReview. The claimant (whose
// assertion it is) is itemReviewed.author; the publisher only appears as where it appeared.
import type { ReportArticle, ReportClaim, ReportContext } from "./model";
import { STATUS_LABELS, verdictInForce } from "./model";
import type { Verdict } from "@/lib/workflow/states";

export const RATING_SCALE: Record<Verdict, number> = { DISPUTED: 1, UNVERIFIED: 2, CORROBORATED: 3 };
export const WORST_RATING = 1;
export const BEST_RATING = 3;

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
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

/** null when the claim is not yet reviewed (PENDING), or was deleted. */
export function claimReviewFor(article: ReportArticle, claim: ReportClaim, context: ReportContext): ClaimReview | null {
  if (claim.status === "PENDING" || claim.deletedAt) return null;
  const verdict = verdictInForce(claim);
  const publisher = article.publisher ? { "@type": "Organization" as const, name: article.publisher } : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${context.baseUrl}/claims/${claim.id}`,
    claimReviewed: claim.statement,
    datePublished: day(verdict?.createdAt ?? claim.updatedAt),
    author: {
      "@type": "Organization",
      name: context.organisation.name,
      ...(context.organisation.url ? { url: context.organisation.url } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_SCALE[claim.status],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: STATUS_LABELS[claim.status],
    },
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
