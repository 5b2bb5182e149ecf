// The ClaimReview feed's date filters (GET /api/v1/claimreview), beside lib/pagination's page.
import { z } from "zod";

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be a day as YYYY-MM-DD.` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { error: `${what} is not a calendar day.` })
    .optional()
    .meta({ description: `${what}: a day as YYYY-MM-DD (UTC).` });

export const claimReviewFeedQuerySchema = z.object({
  since: day("since"),
  until: day("until"),
});
