// Publishing input, shared by the article page's Publish form, the API and the server.
import { z } from "zod";
import { httpUrlSchema } from "@/lib/articles/schema";

export const publishFieldsSchema = z.object({
  url: httpUrlSchema.refine((value) => !value.includes("#"), {
    error: "Give the page's address without a #fragment: each claim gets its own (#c1, #c2, …).",
  }),
});
export type PublishFieldsInput = z.input<typeof publishFieldsSchema>;

export const publishArticleSchema = publishFieldsSchema.extend({
  /** Claim numbers to leave out of the publication (kept until included again). */
  exclude: z
    .array(z.int({ error: "Name claims by their number (7 for C7)." }).positive(), {
      error: "exclude is a list of claim numbers.",
    })
    .max(2000)
    .optional(),
});
export type PublishArticleInput = z.input<typeof publishArticleSchema>;

export const claimExclusionSchema = z.object({
  excluded: z.boolean({ error: "Say true to leave the claim out of publication, false to include it." }),
});

export const publicPagesSchema = z.object({
  enabled: z.boolean({ error: "Say true or false." }),
});

/** Where claim `number` of a fact-check published at `url` is: its own anchor. */
export function claimAnchorUrl(url: string, number: number): string {
  return `${url}#c${number}`;
}
