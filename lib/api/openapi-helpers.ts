// Small builders for OpenAPI path entries, shared by lib/api/paths/*.ts.
import { z } from "zod";
import { errorBody } from "./contracts";

export const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
export const errorResponse = (description: string) => ({ description, ...json(errorBody) });
export const standardErrors = {
  "400": errorResponse("Malformed JSON or invalid fields; `fields` says which."),
  "401": errorResponse("No valid session or API token."),
  "403": errorResponse("Your role does not allow this."),
};
export const idParam = z.object({ id: z.string() });
