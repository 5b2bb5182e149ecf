// Wall-clock parts of an instant in a zone, the zone's offset, and days in a zone turned into
// instants. Stored times are UTC instants; a "day" exists only in some zone. Pure.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partFormats.get(zone);
  if (!format) {
    // Numeric parts only: month and zone names differ between ICU versions (server vs browser),
    // numbers do not, so server-rendered and hydrated text agree.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    partFormats.set(zone, format);
  }
  return format;
}

export function wallClock(instant: Date, zone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** How far the zone's clock is ahead of UTC at that instant, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const clock = wallClock(instant, zone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/** "UTC", "UTC+1", "UTC+5:30", "UTC-3": names the offset the same way on server and browser. */
export function offsetLabel(instant: Date, zone: string): string {
  const minutes = offsetMinutes(instant, zone);
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "-";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayInZone(instant: Date, zone: string): string {
  const clock = wallClock(instant, zone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): { year: number; month: number; day: number } {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The first instant of a day in the zone (local midnight, or the first moment that exists where
 * daylight saving skips midnight). Two passes: the offset at the guess can differ from the
 * offset at the answer on the day the clocks change.
 */
export function startOfDayInZone(day: string, zone: string): Date {
  const { year, month, day: date } = parseDay(day);
  const wall = Date.UTC(year, month - 1, date);
  let instant = wall - offsetMinutes(new Date(wall), zone) * 60_000;
  instant = wall - offsetMinutes(new Date(instant), zone) * 60_000;
  // Midnight skipped by daylight saving: the computed instant lands on the previous day.
  if (dayInZone(new Date(instant), zone) !== day) instant += 60 * 60_000;
  return new Date(instant);
}

/** The day after, as YYYY-MM-DD (calendar arithmetic, no zone). */
/** The first day of the month a day is in ("2024-12-17" → "2024-12-01"). */
export const startOfMonthDay = (day: string) => `${day.slice(0, 8)}01`;

export function nextDay(day: string): string {
  const { year, month, day: date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The last millisecond of a day in the zone: "due on 7 Dec" means due by the end of it. */
export function endOfDayInZone(day: string, zone: string): Date {
  return new Date(startOfDayInZone(nextDay(day), zone).getTime() - 1);
}

/** Whether the instant is the last millisecond of its day in the zone (a due date set as a day). */
export function isEndOfDayInZone(instant: Date, zone: string): boolean {
  return endOfDayInZone(dayInZone(instant, zone), zone).getTime() === instant.getTime();
}

/**
 * What a due-date field sends: a day entered in the user's zone becomes the last millisecond of
 * that day there (ISO, UTC), "" becomes null (no due date), and anything else is passed on as
 * typed so that the server's schema names the problem.
 */
export function dueAtFromDay(day: string | Date | null | undefined, zone: string): string | Date | null {
  if (!day) return null;
  if (day instanceof Date) return day;
  // Only a day that exists (no 2024-02-30, which Date would roll into March).
  const probe = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== day) return day;
  try {
    const instant = endOfDayInZone(day, zone);
    return Number.isNaN(instant.getTime()) ? day : instant.toISOString();
  } catch {
    return day;
  }
}
