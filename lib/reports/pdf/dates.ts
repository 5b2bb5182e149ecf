// Times in the PDF, in the reader's time zone and naming it ("2024-12-11 10:30 Europe/Berlin
// (UTC+1)"), on the app's one time module (lib/time), so that the report and the pages agree on
// every day and offset. A zone the runtime does not know falls back to UTC (resolveTimeZone), so a
// stale setting cannot break a report.
import { dayInZone, offsetLabel, resolveTimeZone, wallClock } from "@/lib/time";

export const validTimeZone = (zone: string | undefined): string => resolveTimeZone(zone);

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "2024-12-11 09:30 UTC", or "2024-12-11 10:30 Europe/Berlin (UTC+1)". */
export function formatDateTime(date: Date, zone: string): string {
  // One reading of the clock gives the day too (what dayInZone reads): a long report shows
  // thousands of times.
  const clock = wallClock(date, zone);
  const moment = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)} ${pad(clock.hour)}:${pad(clock.minute)}`;
  return zone === "UTC" ? `${moment} UTC` : `${moment} ${zone} (${offsetLabel(date, zone)})`;
}

/** The calendar day in the zone ("2024-12-11"). */
export const formatDay = (date: Date, zone: string): string => dayInZone(date, zone);
