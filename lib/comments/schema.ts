import { z } from "zod";

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
