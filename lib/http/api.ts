// Route-handler plumbing for the JSON API: parse, authenticate, call lib/, map errors.
// Every failure becomes a JSON body { error: { code, message, fields? } } with a 4xx status;
// an unexpected error is logged and answered with a generic 500 that reveals nothing.
import { createHash } from "node:crypto";
import { parse as parseContentType } from "content-type";
import { NextResponse, type NextRequest } from "next/server";
import { appErrorFromDatabase } from "@/lib/db/errors";
import { AppError, isAppError } from "@/lib/errors";
import { clientAddressFrom } from "@/lib/auth/client-address";
import type { CurrentUser } from "@/lib/auth/identity";
import { consumeRequest, rateLimits } from "@/lib/auth/rate-limit";
import { readBodyCapped } from "./body";
import { fieldName, unstorablePlace } from "./input-text";
import { asPreconditionFailed, claimEtag, versionFromIfMatch, withIfMatchVersion } from "./etag";
import { crossOriginRefusal, CROSS_ORIGIN_MESSAGE, ownOrigins } from "./origin";
import { authenticateApiRequest, type ApiCaller } from "./session";
import { pendingAccountStep } from "@/lib/accounts/steps";

export function errorResponse(error: AppError): NextResponse {
  const { fields, ...rest } = error.details;
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...rest } },
    { status: error.status },
  );
}

export function handleError(error: unknown): NextResponse {
  if (isAppError(error)) return errorResponse(error);
  const refused = appErrorFromDatabase(error);
  if (refused) return errorResponse(refused);
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. It has been logged." } },
    { status: 500 },
  );
}

/** Larger than any valid body (an article is at most 2 MB of text, escaped in JSON). */
export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

async function readBodyText(request: NextRequest): Promise<string> {
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`);
  const body = await readBodyCapped(request, MAX_JSON_BODY_BYTES, tooLarge);
  try {
    // Fatal: invalid UTF-8 would otherwise be stored as U+FFFD, silently changing the text.
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const message = "The request body is not valid UTF-8.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { _: [message] } });
  }
}

/**
 * Whether a Content-Type names JSON: the media type exactly application/json (any case), with
 * no charset other than UTF-8. "text/plain; charset=application/json" is not JSON: browsers send
 * text/plain across origins without asking first, so accepting it would let other pages post.
 */
export function isJsonMediaType(header: string | null): boolean {
  if (!header) return false;
  const { type, parameters } = parseContentType(header);
  if (type !== "application/json") return false;
  const charset = parameters.charset?.toLowerCase();
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

export async function readJson(request: NextRequest): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readBodyText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid JSON.", {
      fields: { _: ["Malformed JSON."] },
    });
  }
  const problem = unstorablePlace(body);
  if (problem)
    throw new AppError("VALIDATION_FAILED", problem.message, {
      fields: { [fieldName(problem.path)]: [problem.message] },
    });
  return body;
}

/**
 * A write signed in by the browser's cookie must come from the app's own pages (proxy.ts checks
 * this for every request already; this keeps the rule where the API is, for callers in-process).
 * Token callers may write from anywhere: no browser attaches a token behind the user's back.
 */
function assertSameOriginIfCookie(request: NextRequest, caller: ApiCaller) {
  if (caller.via !== "session") return;
  if (crossOriginRefusal(request.method, request.headers, ownOrigins(request.headers, request.url)))
    throw new AppError("FORBIDDEN", CROSS_ORIGIN_MESSAGE);
}

const fingerprint = (secret: string) => createHash("sha256").update(secret).digest("hex").slice(0, 32);

/**
 * What one API request counts against: its client address, and its caller: the token it presents
 * (valid or not, so guessing tokens is limited too) or its browser session. Secrets are hashed.
 */
function rateKeys(request: NextRequest): [string, number][] {
  const limits = rateLimits();
  const keys: [string, number][] = [[`address:${clientAddressFrom(request.headers) || "unknown"}`, limits.address]];
  const authorization = request.headers.get("authorization");
  const session = request.cookies.get("__Secure-next-auth.session-token") ?? request.cookies.get("next-auth.session-token");
  if (authorization) keys.push([`token:${fingerprint(authorization)}`, limits.caller]);
  else if (session) keys.push([`session:${fingerprint(session.value)}`, limits.caller]);
  return keys;
}

/** 429 with Retry-After when the request is over a limit; null when it may go on. */
async function rateLimited(request: NextRequest): Promise<NextResponse | null> {
  const check = await consumeRequest(rateKeys(request));
  if (check.allowed) return null;
  const response = errorResponse(
    new AppError(
      "RATE_LIMITED",
      `Too many requests: at most ${check.limit} a minute. Try again in ${check.resetSeconds} s (Retry-After).`,
    ),
  );
  response.headers.set("Retry-After", String(check.resetSeconds));
  return response;
}

type Params = Record<string, string>;

interface HandlerContext {
  request: NextRequest;
  user: CurrentUser;
  /** The parsed JSON body (when the route reads one); lib/ validates it with its zod schema. */
  body: unknown;
  params: Params;
  /** How the caller proved who they are: an API token, or the browser session cookie. */
  via: ApiCaller["via"];
  /** The claim version named by If-Match (routes with `ifMatch`), or null. */
  ifMatchVersion: number | null;
}

/** A request that carries a body: a length other than 0, or a chunked stream. */
const hasBody = (request: NextRequest) =>
  request.headers.get("content-length") !== "0" &&
  (request.headers.has("content-length") || request.headers.has("transfer-encoding"));

/**
 * An authenticated API route. With `readsBody`, the request must carry a JSON body; with
 * "optional", a body is read as JSON when there is one, and the handler gets undefined otherwise.
 */
export function apiRoute(
  options: {
    readsBody?: boolean | "optional";
    /**
     * A versioned claim write: If-Match may carry the version instead of the body's `version`
     * ("body": put into the body before validation) or `?version=` ("query": the handler reads
     * ifMatchVersion); a stale If-Match answers 412 instead of 409.
     */
    ifMatch?: "body" | "query";
  },
  handler: (context: HandlerContext) => Promise<unknown>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<NextResponse> => {
    let badToken = false;
    let usedIfMatch = false;
    try {
      const limited = await rateLimited(request);
      if (limited) return limited;
      const caller = await authenticateApiRequest(request);
      // A Bearer token was sent and refused (another scheme, or none, is just "not signed in").
      badToken = caller === "bad-token" && /^Bearer\s+\S+$/i.test(request.headers.get("authorization") ?? "");
      if (caller === "bad-token")
        throw new AppError("UNAUTHENTICATED", "The API token is invalid or has been revoked.");
      if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token: Authorization: Bearer TOKEN.");
      // A read-only token reads; every other method is a write, refused before the route runs.
      if (caller.readOnly && request.method !== "GET" && request.method !== "HEAD")
        throw new AppError("READ_ONLY_TOKEN", "This API token is read-only: it may not make changes.");
      assertSameOriginIfCookie(request, caller);
      // A browser session with a step to take first (a new password, required two-factor) uses
      // the app's pages for it; its API calls wait, as its pages do. Tokens are not affected.
      if (caller.via === "session" && (await pendingAccountStep(caller.user)))
        throw new AppError("FORBIDDEN", "Finish the step on Settings → Account first (a new password or two-factor sign-in).");
      const reads = options.readsBody === true || (options.readsBody === "optional" && hasBody(request));
      let body = reads ? await readJson(request) : undefined;
      const ifMatchVersion = options.ifMatch ? versionFromIfMatch(request.headers.get("if-match")) : null;
      usedIfMatch = ifMatchVersion !== null;
      if (ifMatchVersion !== null && options.ifMatch === "body") body = withIfMatchVersion(body, ifMatchVersion);
      const params = (await context.params) ?? {};
      const result = await handler({ request, user: caller.user, via: caller.via, body, params, ifMatchVersion });
      return result instanceof NextResponse ? result : NextResponse.json(result);
    } catch (error) {
      const response = handleError(usedIfMatch ? asPreconditionFailed(error) : error);
      if (response.status === 401) response.headers.set("WWW-Authenticate", bearerChallenge(badToken));
      return response;
    }
  };
}

/** RFC 6750's challenge: how to authenticate, and whether the token sent was the problem. */
export function bearerChallenge(badToken: boolean): string {
  return badToken ? 'Bearer realm="ClaimLedger", error="invalid_token"' : 'Bearer realm="ClaimLedger"';
}

export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201 });
}

/** A claim read with its version as the ETag, for If-Match on the next write. */
export function withClaimEtag(body: { version: number }): NextResponse {
  return NextResponse.json(body, { headers: { ETag: claimEtag(body.version) } });
}

/**
 * A read whose representation has no version of its own (an article: its counts change with every
 * claim write) tagged by its content, so a client can tell a changed answer from the same one.
 */
export function withContentEtag(body: unknown): NextResponse {
  const tag = createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 22);
  return NextResponse.json(body, { headers: { ETag: `"${tag}"` } });
}
