// Times in the PDF, in the reader's time zone and naming it ("2024-12-11 10:30 Europe/Berlin
// (UTC+1)"), on the app's one time module (lib/time), so that the report and the pages agree on
// every day and offset. A zone the runtime does not know falls back to UTC (resolveTimeZone), so a
// stale setting cannot break a report.
import { dayInZone, offsetLabel, resolveTimeZone, wallClock } from "@/lib/time";

const resolvedZones = new Map<string | undefined, string>();

/** The zone to show times in; kept per name (checking one builds an Intl formatter: ~10 ms). */
export function validTimeZone(zone: string | undefined): string {
  let resolved = resolvedZones.get(zone);
  if (resolved === undefined) {
    resolved = resolveTimeZone(zone);
    if (resolvedZones.size < 100) resolvedZones.set(zone, resolved);
  }
  return resolved;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * The wall clock in the zone. UTC (the default zone) straight from the Date: the same numbers
 * Intl gives, without formatting parts for each of the thousands of times a long report shows.
 */
function clockIn(date: Date, zone: string) {
  if (zone !== "UTC") return wallClock(date, zone);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** "2024-12-11 09:30 UTC", or "2024-12-11 10:30 Europe/Berlin (UTC+1)". */
export function formatDateTime(date: Date, zone: string): string {
  // One reading of the clock gives the day too (what dayInZone reads): a long report shows
  // thousands of times.
  const clock = clockIn(date, zone);
  const moment = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)} ${pad(clock.hour)}:${pad(clock.minute)}`;
  return zone === "UTC" ? `${moment} UTC` : `${moment} ${zone} (${offsetLabel(date, zone)})`;
}

/** The calendar day in the zone ("2024-12-11"). */
export function formatDay(date: Date, zone: string): string {
  if (zone !== "UTC") return dayInZone(date, zone);
  const clock = clockIn(date, zone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}
