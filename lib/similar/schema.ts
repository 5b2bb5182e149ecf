// Input of the similar-claim actions, shared by the claim page's buttons, the API and the server.
import { z } from "zod";
import { versionSchema } from "@/lib/evidence/schema";

export const MATCH_DECISIONS = ["CONFIRMED", "DISMISSED"] as const;
export type MatchDecision = (typeof MATCH_DECISIONS)[number];

export const decideMatchSchema = z.object({
  decision: z.enum(MATCH_DECISIONS, { error: "Send decision: CONFIRMED (the same claim) or DISMISSED." }),
});

export const reuseSourcesSchema = z.object({ version: versionSchema });

export const similarSearchSchema = z.object({
  q: z
    .string({ error: "Enter the words of a claim to look for." })
    .trim()
    .min(3, { error: "Enter at least 3 characters." })
    .max(500, { error: "Search with at most 500 characters." }),
});
