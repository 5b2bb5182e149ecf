import { z } from "zod";

export const createTokenSchema = z.object({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, { error: "Give the token a name." })
    .max(80, { error: "Use at most 80 characters." }),
  /** Days until the token stops working; absent or null: it never expires. */
  expiresInDays: z
    .int({ error: "Give the days until it expires as a whole number (1 to 3650), or leave it out." })
    .min(1, { error: "Give the days until it expires as a whole number (1 to 3650), or leave it out." })
    .max(3650, { error: "Give the days until it expires as a whole number (1 to 3650), or leave it out." })
    .nullish(),
  /** A read-only token may read everything its owner may, and change nothing. */
  readOnly: z.boolean({ error: "readOnly must be true or false." }).optional(),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;
