// The security headers every response carries (pages, API, static files, errors). Pure; proxy.ts
// sets them per request, next.config.js repeats the static ones for anything the proxy never sees.

/** A fresh, unguessable nonce for one response's scripts and styles (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts; 'strict-dynamic' lets them load the page's chunks); no
 * 'unsafe-inline' for scripts. Inline style *attributes* are allowed (the status chart's bar
 * widths): they cannot run code. No page may frame the app.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development?: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers that do not depend on the request (apart from https), for every response. */
export function staticSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Whether the client reached us over https (directly, or through a proxy that says so). */
export function servedOverHttps(requestUrl: string, forwardedProto: string | null): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (first) return first === "https";
  return requestUrl.startsWith("https:");
}
