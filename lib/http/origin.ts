// Cross-origin write protection for requests a browser authenticates with cookies (pages'
// server actions, next-auth's endpoints, the JSON API without a token). Pure: takes headers,
// returns a verdict; proxy.ts and lib/http/api.ts apply it.
//
// The rule is the one Go's net/http CrossOriginProtection uses:
// 1. GET, HEAD and OPTIONS are never refused (they must not change anything).
// 2. A browser that sends Sec-Fetch-Site says where the request comes from: only
//    "same-origin" (or "none": typed by the user) may write.
// 3. Otherwise the Origin header, when present, must be the app's own origin.
// 4. A request with neither header does not come from a browser page (browsers send Origin with
//    every cross-origin request that could write), so no cookie was attached behind the
//    user's back: it is allowed.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface HeaderReader {
  get(name: string): string | null;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins this request may come from: the one it was addressed to (its Host, or the
 * X-Forwarded-Host a reverse proxy set, with the scheme it arrived on) and the public address
 * in NEXTAUTH_URL.
 */
export function ownOrigins(headers: HeaderReader, requestUrl: string, publicUrl = process.env.NEXTAUTH_URL): string[] {
  const origins = new Set<string>();
  const fromUrl = originOf(requestUrl);
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const scheme = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : fromUrl?.split(":")[0];
  for (const host of [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")?.trim()]) {
    if (host && scheme) {
      const origin = originOf(`${scheme}://${host}`);
      if (origin) origins.add(origin);
    }
  }
  if (fromUrl) origins.add(fromUrl);
  const configured = publicUrl ? originOf(publicUrl) : null;
  if (configured) origins.add(configured);
  return [...origins];
}

/** Why this request must be refused as a cross-origin write, or null when it may proceed. */
export function crossOriginRefusal(
  method: string,
  headers: HeaderReader,
  allowedOrigins: readonly string[],
): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site) {
    if (site === "same-origin" || site === "none") return null;
    return `The browser reports this request as ${site}.`;
  }
  const origin = headers.get("origin");
  if (origin === null) return null;
  const normalised = originOf(origin.trim());
  if (normalised && allowedOrigins.includes(normalised)) return null;
  return `Requests from ${origin.slice(0, 100) || "an unnamed origin"} may not write here.`;
}

export const CROSS_ORIGIN_MESSAGE =
  "Cross-origin requests that rely on the browser's sign-in are refused. Call the API from another site with an API token (Authorization: Bearer TOKEN).";
