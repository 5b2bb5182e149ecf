// Finalize input, shared by the dashboard, the API (and its OpenAPI document) and the server.
import { z } from "zod";

/**
 * When anything is unfinished, the request must confirm the counts the editor saw. If the article
 * changed since (a claim gained a verdict, an assignment came or went), finalizing is refused
 * with the current counts so the editor confirms what is really there. A finished article needs
 * no confirmation.
 */
const count = z.number({ error: "Send the count as a number." }).int().nonnegative();
export const finalizeSchema = z
  .object({ confirmPending: count.optional(), confirmOpenAssignments: count.optional() })
  .default({});
export type FinalizeInput = z.input<typeof finalizeSchema>;
