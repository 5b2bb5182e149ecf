// "Firefox on Windows" from a User-Agent header, for the sessions list. bowser (MIT) rather than
// ua-parser-js, whose current major is AGPL. Pure.
import Bowser from "bowser";

export function describeDevice(userAgent: string | null | undefined): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ?? null;
  const os = parsed.os.name ?? null;
  return { browser, os };
}
