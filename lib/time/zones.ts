// Which time zones a user may choose: the IANA names this runtime knows (Intl), stored in the
// canonical spelling the runtime reports ("europe/berlin" and "US/Eastern" are stored as
// "Europe/Berlin" and "America/New_York"). Pure and browser-safe: forms validate with it too.

/** Used while a user has chosen no zone and their browser has not told us one. */
export const DEFAULT_TIME_ZONE = "UTC";

let supported: Set<string> | undefined;

/** Every zone a user can pick, sorted, plus UTC (Intl lists only geographic zones). */
export function supportedTimeZones(): string[] {
  supported ??= new Set([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone")]);
  return [...supported].sort();
}

/**
 * The canonical name of a zone, or null when it is not an IANA zone we offer. Fixed offsets such
 * as "+01:00" and "Etc/GMT+5" are refused: they ignore daylight saving, which is what a place
 * name gets right.
 */
export function canonicalTimeZone(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 64) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-GB", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  supportedTimeZones();
  return supported?.has(resolved) ? resolved : null;
}

export function isTimeZone(name: unknown): name is string {
  return canonicalTimeZone(name) !== null;
}

/** The first usable zone of the candidates (the user's choice, then the browser's), else UTC. */
export function resolveTimeZone(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const zone = canonicalTimeZone(candidate);
    if (zone) return zone;
  }
  return DEFAULT_TIME_ZONE;
}
