import { z } from "zod";

export const createTokenSchema = z.object({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, { error: "Give the token a name." })
    .max(80, { error: "Use at most 80 characters." }),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;
