// The publication as reports show it: where and when the article's fact-check was published,
// which claims, and every correction (what changed, why, who approved it, when). Loaded with the
// report's article (lib/reports/data.ts) through this select.
import type { ReportPublication } from "@/lib/reports/model";

const person = { select: { id: true, name: true, email: true } } as const;

export const reportPublicationSelect = {
  publication: { select: { url: true, publishedAt: true, modifiedAt: true, publishedBy: person } },
  publishedClaims: {
    select: { claimId: true, number: true, status: true, ratingLabel: true, publishedAt: true, modifiedAt: true },
    orderBy: { number: "asc" },
  },
  corrections: {
    select: {
      id: true,
      claimId: true,
      fromStatus: true,
      toStatus: true,
      fromRatingLabel: true,
      toRatingLabel: true,
      fromRationale: true,
      toRationale: true,
      reason: true,
      approvedBy: person,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
} as const;

type PublicationRows = {
  publication: Omit<ReportPublication, "claims" | "corrections"> | null;
  publishedClaims: ReportPublication["claims"];
  corrections: Omit<ReportPublication["corrections"][number], "number">[];
};

export function toReportPublication(row: PublicationRows): ReportPublication | null {
  if (!row.publication) return null;
  const numbers = new Map(row.publishedClaims.map((claim) => [claim.claimId, claim.number]));
  return {
    ...row.publication,
    claims: row.publishedClaims,
    corrections: row.corrections.map((correction) => ({ ...correction, number: numbers.get(correction.claimId) ?? null })),
  };
}
