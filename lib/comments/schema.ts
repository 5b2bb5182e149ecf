import { z } from "zod";
import { idSchema } from "@/lib/schemas";

export const commentSchema = z.object({
  body: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, { error: "Write a comment." })
    .max(5000, { error: "A comment must be at most 5000 characters." }),
  /** Post even though some @names match nobody (the writer saw the warning). */
  allowUnknownMentions: z.boolean().optional(),
});
export type CommentInput = z.input<typeof commentSchema>;

/** Mentions to mark read (the mentions page, POST /api/v1/me/mentions/read). */
export const mentionIdsSchema = z
  .array(idSchema, { error: "Send the ids of the mentions to mark read." })
  .max(200, { error: "Mark at most 200 mentions at once." });

export const markMentionsReadSchema = z.object({ ids: mentionIdsSchema });
