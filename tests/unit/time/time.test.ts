import { describe, expect, it } from "vitest";
import {
  canonicalTimeZone,
  dayInZone,
  dueAtFromDay,
  endOfDayInZone,
  formatDate,
  formatDateTime,
  formatDue,
  isEndOfDayInZone,
  offsetLabel,
  resolveTimeZone,
  startOfDayInZone,
} from "@/lib/time";
import { timeZoneSettingSchema } from "@/lib/time/schema";

describe("time zones", () => {
  it("accepts IANA names in any case or alias, stored canonical, and refuses the rest", () => {
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    for (const bad of ["Mars/Olympus", "+01:00", "", "Europe/Berlin\u0000", 42, null, "x".repeat(100)]) {
      expect(canonicalTimeZone(bad), String(bad)).toBeNull();
    }
    expect(resolveTimeZone(null, "Nowhere/Land", "Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(resolveTimeZone(undefined)).toBe("UTC");
  });

  it("the setting schema: a zone, or null/'' for the browser's; anything else a field message", () => {
    expect(timeZoneSettingSchema.parse({ timeZone: "asia/tokyo" })).toEqual({ timeZone: "Asia/Tokyo" });
    expect(timeZoneSettingSchema.parse({ timeZone: "" })).toEqual({ timeZone: null });
    expect(timeZoneSettingSchema.parse({ timeZone: null })).toEqual({ timeZone: null });
    const bad = timeZoneSettingSchema.safeParse({ timeZone: "Europe/Atlantis" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["timeZone"]);
    expect(bad.error?.issues[0]?.message).toMatch(/IANA name/);
    expect(timeZoneSettingSchema.safeParse({ timeZone: 5 }).success).toBe(false);
  });
});

describe("formatting in a zone", () => {
  const instant = new Date("2024-12-07T13:05:00Z");

  it("writes the day and time in the zone with its offset", () => {
    expect(formatDateTime(instant, "UTC")).toBe("7 Dec 2024, 13:05 UTC");
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("7 Dec 2024, 14:05 UTC+1");
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe("7 Dec 2024, 18:35 UTC+5:30");
    expect(formatDateTime(instant, "America/Los_Angeles")).toBe("7 Dec 2024, 05:05 UTC-8");
    expect(formatDateTime(new Date("2024-07-01T12:00:00Z"), "Europe/Berlin")).toBe("1 Jul 2024, 14:00 UTC+2");
    // The day changes with the zone.
    expect(formatDate(new Date("2024-12-07T23:30:00Z"), "Asia/Tokyo")).toBe("8 Dec 2024");
    expect(formatDate(null, "UTC")).toBe("—");
    expect(formatDate("not a date", "UTC")).toBe("—");
    expect(offsetLabel(instant, "Asia/Kathmandu")).toBe("UTC+5:45");
  });

  it("turns a day in a zone into its first and last instants, across daylight-saving changes", () => {
    expect(startOfDayInZone("2024-12-07", "Europe/Berlin").toISOString()).toBe("2024-12-06T23:00:00.000Z");
    expect(endOfDayInZone("2024-12-07", "Europe/Berlin").toISOString()).toBe("2024-12-07T22:59:59.999Z");
    expect(endOfDayInZone("2024-12-07", "UTC").toISOString()).toBe("2024-12-07T23:59:59.999Z");
    // Berlin springs forward on 31 March 2024 (a 23-hour day) and falls back on 27 October (25 hours).
    expect(endOfDayInZone("2024-03-31", "Europe/Berlin").toISOString()).toBe("2024-03-31T21:59:59.999Z");
    expect(endOfDayInZone("2024-10-27", "Europe/Berlin").toISOString()).toBe("2024-10-27T22:59:59.999Z");
    // Midnight does not exist in Santiago on 8 September 2024: the day starts at 01:00.
    expect(startOfDayInZone("2024-09-08", "America/Santiago").toISOString()).toBe("2024-09-08T04:00:00.000Z");
    expect(dayInZone(endOfDayInZone("2024-12-31", "Pacific/Kiritimati"), "Pacific/Kiritimati")).toBe("2024-12-31");
  });

  it("shows a due date set as a day as that day, and any other instant with its time", () => {
    const dueInTokyo = endOfDayInZone("2024-12-07", "Asia/Tokyo");
    expect(isEndOfDayInZone(dueInTokyo, "Asia/Tokyo")).toBe(true);
    expect(formatDue(dueInTokyo, "Asia/Tokyo")).toBe("7 Dec 2024");
    // The same deadline read in Berlin: the afternoon before, named as such.
    expect(formatDue(dueInTokyo, "Europe/Berlin")).toBe("7 Dec 2024, 15:59 UTC+1");
    // A due date stored before due dates had zones (midnight UTC) reads as that instant.
    expect(formatDue(new Date("2024-12-07T00:00:00Z"), "UTC")).toBe("7 Dec 2024, 00:00 UTC");
  });

  it("turns a due-date field into what the server stores: the end of that day in the zone", () => {
    expect(dueAtFromDay("2030-01-15", "Asia/Tokyo")).toBe("2030-01-15T14:59:59.999Z");
    expect(dueAtFromDay("2030-01-15", "America/New_York")).toBe("2030-01-16T04:59:59.999Z");
    expect(dueAtFromDay("", "UTC")).toBeNull();
    expect(dueAtFromDay(null, "UTC")).toBeNull();
    // Not a day: passed on as typed, so the server's schema names the problem at the field.
    expect(dueAtFromDay("15/01/2030", "UTC")).toBe("15/01/2030");
    expect(dueAtFromDay("2024-02-30", "UTC")).toBe("2024-02-30");
    expect(dueAtFromDay("2024-13-01", "UTC")).toBe("2024-13-01");
  });
});
