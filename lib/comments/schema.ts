import { z } from "zod";

export const commentSchema = z.object({
  body: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, { error: "Write a comment." })
    .max(5000, { error: "A comment must be at most 5000 characters." }),
});
export type CommentInput = z.input<typeof commentSchema>;
