// What proxy.ts does with every request before Next.js routes it: refuse what no route can
// answer sensibly (a malformed address, a cross-origin write riding on the browser's sign-in, a
// hand-made server-action body), and give every response its security headers, with a fresh
// CSP nonce that Next.js puts on its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import {
  ACTION_BODY_LIMIT_BYTES,
  ACTION_BODY_TOO_LARGE,
  checkMultipartActionBody,
  checkTextActionBody,
  INVALID_UTF8_HEADER,
  type ActionBodyVerdict,
} from "./action-body";
import { routeMatcher, type RouteVerdict } from "@/lib/api/route-match";
import { crossOriginRefusal, CROSS_ORIGIN_MESSAGE, ownOrigins } from "./origin";
import { contentSecurityPolicy, createNonce, servedOverHttps, staticSecurityHeaders } from "./security-headers";
import { PAGE_PATH_HEADER } from "./return-path";

/** The request header that carries this response's CSP nonce to the app (as Next.js documents). */
export const NONCE_HEADER = "x-nonce";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether a path has a "%" that does not start a valid percent-encoded UTF-8 sequence. */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const isVersionedApiPath = (pathname: string) => pathname === "/api/v1" || pathname.startsWith("/api/v1/");

let apiRoutes: ((method: string, pathname: string) => RouteVerdict) | undefined;

/** The API's routes, from its OpenAPI document (built once, on the first API request). */
async function matchApiRoute(method: string, pathname: string): Promise<RouteVerdict> {
  if (!apiRoutes) {
    const { buildOpenApiDocument } = await import("@/lib/api/openapi");
    apiRoutes = routeMatcher(buildOpenApiDocument().paths ?? {});
  }
  return apiRoutes(method, pathname);
}

/** A JSON answer for a path or method the API does not have (Next.js would answer HTML or an empty 405). */
async function screenApiRoute(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  const verdict = await matchApiRoute(request.method, pathname);
  if (verdict.kind === "unknown-path")
    return refusal(
      404,
      "NOT_FOUND",
      "There is no API endpoint at this address. The API is described at /api/v1/openapi.json.",
    );
  if (verdict.kind === "method-not-allowed")
    return refusal(
      405,
      "METHOD_NOT_ALLOWED",
      `This endpoint does not accept ${request.method}; it accepts ${verdict.allow.join(", ")}.`,
      {
        Allow: verdict.allow.join(", "),
      },
    );
  return null;
}

const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");
/** The JSON API authenticates a request with an Authorization header by it alone, never by cookie. */
const usesToken = (request: NextRequest) =>
  request.nextUrl.pathname.startsWith("/api/v1/") && request.headers.has("authorization");

function refusal(status: number, code: string, message: string, extra: Record<string, string> = {}) {
  return NextResponse.json(
    { error: { code, message } },
    { status, headers: { "Cache-Control": "no-store", ...extra } },
  );
}

function logRefusal(request: NextRequest, status: number, reason: string) {
  const where = JSON.stringify(`${request.method} ${request.nextUrl.pathname}`.slice(0, 300));
  console.warn(`[claimledger] refused ${where} with ${status}: ${reason}`);
}

async function checkActionBody(request: NextRequest): Promise<ActionBodyVerdict> {
  // A larger body reaches the proxy cut short (next.config.js proxyClientMaxBodySize).
  if (Number(request.headers.get("content-length")) > ACTION_BODY_LIMIT_BYTES) return ACTION_BODY_TOO_LARGE;
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data")) {
    const parts = await request.formData().catch(() => null);
    return parts ? checkMultipartActionBody(parts) : { ok: false, status: 400, message: "The form data is malformed." };
  }
  return checkTextActionBody(new Uint8Array(await request.arrayBuffer()));
}

/** Refuses the request, or says how it may go on (with which extra request headers). */
async function screen(request: NextRequest): Promise<NextResponse | { invalidUtf8: boolean }> {
  const { pathname } = request.nextUrl;
  if (hasMalformedPercentEncoding(pathname)) {
    logRefusal(request, 400, "malformed percent-encoding in the path");
    return refusal(400, "BAD_REQUEST", "The address contains a malformed %-escape.");
  }
  if (isVersionedApiPath(pathname)) {
    const refused = await screenApiRoute(request);
    if (refused) return refused;
  }
  if (SAFE_METHODS.has(request.method)) return { invalidUtf8: false };

  if (!usesToken(request)) {
    const reason = crossOriginRefusal(request.method, request.headers, ownOrigins(request.headers, request.url));
    if (reason) {
      logRefusal(request, 403, `cross-origin write (${reason})`);
      return refusal(403, "FORBIDDEN", CROSS_ORIGIN_MESSAGE);
    }
  }
  if (isApiPath(pathname)) return { invalidUtf8: false };

  // Pages take writes only as server-action calls (the app has no form that posts without
  // JavaScript): anything else would reach React's form-action decoder with whatever it carries.
  if (request.method !== "POST" || !request.headers.has("next-action")) {
    logRefusal(request, 405, "a write to a page that is not a server-action call");
    return refusal(405, "METHOD_NOT_ALLOWED", "Pages accept only GET requests and the app's own action calls.", {
      Allow: "GET, HEAD",
    });
  }
  const verdict = await checkActionBody(request);
  if (!verdict.ok) {
    logRefusal(request, verdict.status, "malformed server-action body");
    return refusal(verdict.status, verdict.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", verdict.message);
  }
  return { invalidUtf8: verdict.invalidUtf8 };
}

export async function guardRequest(request: NextRequest): Promise<NextResponse> {
  const https = servedOverHttps(request.url, request.headers.get("x-forwarded-proto"));
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development" });

  const outcome = await screen(request);
  let response: NextResponse;
  if (outcome instanceof NextResponse) {
    // Read what is left of a refused request's body first: a browser that drops the connection
    // as soon as it sees the answer (a form posted into a frame that may not show it) would
    // otherwise make Node.js abort the unread request with an uncaught exception. (Next.js still
    // logs one when a client drops a POST before the answer is written: docs/security.md.)
    if (!request.bodyUsed) await request.arrayBuffer().catch(() => undefined);
    response = outcome;
  } else {
    // Next.js reads the nonce from the request's Content-Security-Policy while rendering.
    const headers = new Headers(request.headers);
    headers.delete(INVALID_UTF8_HEADER);
    headers.set(NONCE_HEADER, nonce);
    headers.set("Content-Security-Policy", csp);
    // The page's own path, so sign-in can return to it (lib/http/return-path.ts).
    headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    if (outcome.invalidUtf8) headers.set(INVALID_UTF8_HEADER, "1");
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}
