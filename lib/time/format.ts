// How every page and report writes a time: in the reader's zone, the zone named by its offset
// ("7 Dec 2024, 14:05 UTC+1"), in the reader's language ("7 ديسمبر 2024، 14:05 UTC+1"). One
// module so that pages, reports and client components agree; month names are ours, not the
// runtime's, so the server's and the browser's text match. Arabic keeps Western digits, as most
// Arabic news sites write dates and as claims quote figures. Pure.
import { dayInZone, isEndOfDayInZone, offsetLabel, wallClock } from "./calendar";

const MONTHS = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
} as const;
/** The languages dates are written in; any other falls back to English. */
export type DateLanguage = keyof typeof MONTHS;
const monthsOf = (language: string) => MONTHS[language === "ar" ? "ar" : "en"];
const listComma = (language: string) => (language === "ar" ? "،" : ",");
const pad = (value: number) => String(value).padStart(2, "0");

type Instant = Date | string | null | undefined;

function toDate(value: Instant): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "7 Dec 2024": the day in the zone; "—" for none. */
export function formatDate(value: Instant, zone: string, language: string = "en"): string {
  const date = toDate(value);
  if (!date) return "—";
  const clock = wallClock(date, zone);
  return `${clock.day} ${monthsOf(language)[clock.month - 1]} ${clock.year}`;
}

/** "7 Dec 2024, 14:05 UTC+1"; "—" for none. */
export function formatDateTime(value: Instant, zone: string, language: string = "en"): string {
  const date = toDate(value);
  if (!date) return "—";
  const clock = wallClock(date, zone);
  const time = `${pad(clock.hour)}:${pad(clock.minute)} ${offsetLabel(date, zone)}`;
  return `${formatDate(date, zone, language)}${listComma(language)} ${time}`;
}

/**
 * A due date. One set as a day ("due by the end of 7 Dec" in the reader's zone) reads
 * "7 Dec 2024"; any other instant (set in another zone, or through the API with a time) is
 * written with its time and offset, so nobody reads a deadline a day off.
 */
export function formatDue(value: Instant, zone: string, language: string = "en"): string {
  const date = toDate(value);
  if (!date) return "—";
  return isEndOfDayInZone(date, zone) ? formatDate(date, zone, language) : formatDateTime(date, zone, language);
}

/** YYYY-MM-DD in the zone, for date inputs and file names. */
export function isoDay(value: Instant, zone: string): string {
  const date = toDate(value);
  return date ? dayInZone(date, zone) : "";
}
