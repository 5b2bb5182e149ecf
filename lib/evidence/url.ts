// Source URLs are stored normalised so "the same URL twice" means the same page: lowercase
// scheme and host, no default port, no fragment. Only http(s) is accepted; javascript:, data:,
// file: and the rest are refused. Pure, and safe in the browser (the form uses it too).

export type NormalisedUrl = { ok: true; url: string } | { ok: false; message: string };

export const MAX_URL_LENGTH = 2000;

export function normaliseSourceUrl(input: string): NormalisedUrl {
  const raw = input.trim();
  if (!raw) return { ok: false, message: "Enter the source's web address." };
  if (raw.length > MAX_URL_LENGTH)
    return { ok: false, message: `The URL must be at most ${MAX_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "Enter a full web address starting with http:// or https://." };
  }
  // WHATWG URL parsing already lowercases scheme and host and drops the scheme's default port.
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: `Only http:// and https:// sources can be cited, not ${url.protocol}.` };
  }
  if (!url.hostname) return { ok: false, message: "The URL has no host name." };
  if (url.username || url.password) return { ok: false, message: "Remove the user name or password from the URL." };
  url.hash = "";
  return { ok: true, url: url.toString() };
}
