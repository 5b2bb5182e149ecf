// The desk's rating scale, pure and browser-safe (docs/rating-scale.md). A label maps to one of
// the three verdicts, which rules, progress and filters keep using, and to a ClaimReview
// ratingValue on a fixed scale: 1 = worst … 5 = best (schema.org Rating's own default bounds, so
// a consumer that ignores bestRating/worstRating still reads it right). With no label configured
// the scale is the three verdicts themselves, rated as reports always did (1..3).
import { STATUS_LABELS, type Verdict } from "@/lib/workflow/states";

export const WORST_RATING = 1;
export const BEST_RATING = 5;

/** The default scale (no labels configured): the verdicts, as ClaimReview has always rated them. */
export const DEFAULT_RATING: Record<Verdict, number> = { DISPUTED: 1, UNVERIFIED: 2, CORROBORATED: 3 };
export const DEFAULT_WORST_RATING = 1;
export const DEFAULT_BEST_RATING = 3;

/** What a claim's verdict is rated by: the label it was given under, when it has one. */
export interface LabelRating {
  name: string;
  verdict: Verdict;
  ratingValue: number;
}

export interface ReviewRating {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

/**
 * The ClaimReview rating of a verdict: the label's name and value on the desk's scale, or the
 * verdict on the default scale when the claim carries no label (or, defensively, one that maps
 * to another verdict than the one in force).
 */
export function reviewRatingOf(verdict: Verdict, label: LabelRating | null | undefined): ReviewRating {
  if (label && label.verdict === verdict) {
    return { ratingValue: label.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: label.name };
  }
  return {
    ratingValue: DEFAULT_RATING[verdict],
    bestRating: DEFAULT_BEST_RATING,
    worstRating: DEFAULT_WORST_RATING,
    alternateName: STATUS_LABELS[verdict],
  };
}

/** Why a label cannot be given with this verdict, or null. */
export function labelVerdictProblem(label: { name: string; verdict: Verdict; retiredAt: Date | null }, status: Verdict): string | null {
  if (label.retiredAt) return `The rating label "${label.name}" is retired: choose an active one.`;
  if (label.verdict !== status) {
    return `The rating label "${label.name}" stands for ${STATUS_LABELS[label.verdict]}, not ${STATUS_LABELS[status]}: choose a label of that verdict, or the verdict it stands for.`;
  }
  return null;
}

/** Case and surrounding spaces do not make two names different. */
export function nameKeyOf(name: string): string {
  return name.trim().toLocaleLowerCase("en").normalize("NFC");
}

/** The bounds ClaimReview uses: the desk's scale once it has a label, else the default one. */
export function scaleBounds(hasScale: boolean) {
  return hasScale
    ? { kind: "desk" as const, worstRating: WORST_RATING, bestRating: BEST_RATING }
    : { kind: "default" as const, worstRating: DEFAULT_WORST_RATING, bestRating: DEFAULT_BEST_RATING };
}
