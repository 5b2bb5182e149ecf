// Where sign-in sends someone back to: the page that asked them to sign in (a link in a
// notification email, say). Only a path on this site is accepted, never another origin
// ("//evil.example", "/\evil.example", "https://…"): an open redirect would let a phishing link
// borrow our sign-in page. Pure.

/** Request header proxy.ts sets to the page's own path and query (any value a client sends is replaced). */
export const PAGE_PATH_HEADER = "x-claimledger-page";

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  // Nothing to come back to on the sign-in pages themselves or the API.
  if (value === "/login" || value.startsWith("/login/") || value.startsWith("/login?") || value.startsWith("/api/"))
    return null;
  return value;
}

/** The sign-in page that returns to `path` afterwards. */
export function signInPathFor(path: string | null): string {
  const back = safeReturnPath(path);
  return back && back !== "/" ? `/login?next=${encodeURIComponent(back)}` : "/login";
}
