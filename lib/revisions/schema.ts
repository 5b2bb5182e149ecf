// Revision inputs, shared by the article page's forms, the API and the server. Browser-safe.
import { z } from "zod";
import { httpUrlSchema, importArticleSchema } from "@/lib/articles/schema";
import { addClaimSchema } from "@/lib/claims/schema";

/**
 * A new version of an article's text: the same rules as an imported body (not empty, at most 2 MB,
 * language). `url` and `fetchedAt` say where and when the text was fetched, when it was (the form's
 * "fetch from a web address"); they are recorded with the revision.
 */
export const importRevisionSchema = z.object({
  body: importArticleSchema.shape.body,
  url: importArticleSchema.shape.url.meta({ description: "The web address the text was fetched from, if it was." }),
  fetchedAt: importArticleSchema.shape.fetchedAt,
});
export type ImportRevisionInput = z.input<typeof importRevisionSchema>;

/** A new version fetched from a web address by the server (the API's `{"url": …}` without `body`). */
export const importRevisionFromUrlSchema = z.object({ url: httpUrlSchema });

export const ANCHOR_RESOLUTIONS = ["accepted", "reselected", "orphaned"] as const;
export type AnchorResolution = (typeof ANCHOR_RESOLUTIONS)[number];

const version = z
  .number({ error: "The claim version is missing; reload the page." })
  .int({ error: "The claim version is missing; reload the page." })
  .positive({ error: "The claim version is missing; reload the page." });

/**
 * An editor settles a claim's anchor in the current revision: accept the proposed one, mark the
 * claim orphaned, or re-select its quote (a span of the current text, as when adding a claim).
 */
export const resolveAnchorSchema = z.discriminatedUnion(
  "resolution",
  [
    z.object({ resolution: z.literal("accepted"), version }),
    z.object({ resolution: z.literal("orphaned"), version }),
    addClaimSchema.safeExtend({ resolution: z.literal("reselected"), version }),
  ],
  { error: "Choose accept, re-select or orphaned." },
);
export type ResolveAnchorInput = z.input<typeof resolveAnchorSchema>;
