// The input of an undo (POST /api/v1/undo): the token a split, merge or delete answered with.
import { z } from "zod";
import { UNDOABLE_ACTIONS } from "./undo-rules";

export const undoCurationSchema = z.object({
  token: z
    .string({ error: "Send the undo token the split, merge or delete answered with." })
    .trim()
    .min(1, { error: "Send the undo token the split, merge or delete answered with." })
    .max(100, { error: "That is not an undo token." }),
});
export type UndoCurationInput = z.input<typeof undoCurationSchema>;

const numberedClaim = z.object({ id: z.string(), number: z.int() });

/** What an undo answers: which change it took back, the claims put back and those removed again. */
export const undoResultSchema = z.object({
  undone: z.enum(UNDOABLE_ACTIONS),
  restored: z.array(numberedClaim),
  removed: z.array(numberedClaim),
});
