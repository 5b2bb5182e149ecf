// Small builders for OpenAPI path entries, shared by lib/api/paths/*.ts.
import { z } from "zod";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "@/lib/pagination";
import { errorBody } from "./contracts";
import { validationErrorExample } from "./examples";

/** A JSON body; with an example, the document shows it (a unit test checks it against the schema). */
export const json = (schema: z.ZodType, example?: unknown) => ({
  content: { "application/json": example === undefined ? { schema } : { schema, example } },
});
export const errorResponse = (description: string) => ({ description, ...json(errorBody) });

const unauthenticated = {
  ...errorResponse("No valid session or API token."),
  headers: z.object({
    "WWW-Authenticate": z
      .string()
      .meta({ description: 'Bearer realm="ClaimLedger", with error="invalid_token" when the token sent was refused.' }),
  }),
};

export const invalidInput = {
  "400": {
    description: "Malformed JSON or invalid fields; `fields` says which.",
    ...json(errorBody, validationErrorExample),
  },
};
/** Every operation that needs a session or token. */
export const authRequired = { "401": unauthenticated };
export const forbidden = (description = "Your role does not allow this.") => ({ "403": errorResponse(description) });
/** Added to every authenticated write by lib/api/openapi.ts (an operation's own 403 keeps its words). */
export const readOnlyTokenRefusal = {
  "403": errorResponse("Your role does not allow this, or (code READ_ONLY_TOKEN) the API token is read-only."),
};
/** An operation that reads input and checks the caller's role. */
export const standardErrors = { ...invalidInput, ...authRequired, ...forbidden() };

/** Operations that read a JSON body. */
export const bodyErrors = {
  "413": errorResponse("The body is larger than 5 MB."),
  "415": errorResponse("The body is not sent as Content-Type: application/json."),
};

export const rateLimitedResponse = {
  "429": {
    ...errorResponse("Over the rate limit of the caller or the client address (docs/api.md)."),
    headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds until the limit's window ends." }) }),
  },
};

export const notFound = (what: string) => ({ "404": errorResponse(`No such ${what}.`) });

export const idParam = z.object({ id: z.string() });

/** Versioned claim writes: If-Match as the alternative to the `version` field (lib/http/etag.ts). */
export const ifMatchHeader = z.object({
  "If-Match": z.string().optional().meta({
    description:
      'The ETag of a claim read, e.g. "v7": instead of the `version` field (or `?version=`). 412 when the claim has moved on.',
  }),
});
export const preconditionFailed = {
  "412": errorResponse("If-Match named a version the claim has moved past; `error.current` is the claim now."),
};
/** The ETag of a claim read. */
export const claimEtagHeader = z.object({
  ETag: z.string().meta({ description: 'The claim version as a validator ("v7"): send it as If-Match with a write.' }),
});

/** The query of every list: cursor pagination (lib/pagination). */
export const pageQuery = z.object({
  limit: z
    .string()
    .optional()
    .meta({ description: `Rows per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z.string().optional().meta({ description: "The `next` of the previous page, unchanged." }),
});
/** The `next` of every list answer. */
export const nextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` for the following page; null on the last page." });
