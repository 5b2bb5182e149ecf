import type { NextRequest } from "next/server";
import type { ManagedVia } from "@/lib/tokens/mutations";

/**
 * How an authenticated API request proved who it is. authenticateApiRequest (lib/http/session.ts)
 * takes any Authorization header as the token path and never falls back to the cookie, so a
 * request that reached the handler with one came in with an API token.
 */
export function callerVia(request: NextRequest): ManagedVia {
  return request.headers.has("authorization") ? "token" : "session";
}
