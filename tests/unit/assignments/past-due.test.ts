import { describe, expect, it } from "vitest";
import { isPastDueDay } from "@/components/assignments/past-due";

describe("isPastDueDay", () => {
  // 23:30 UTC on 1 December is already 2 December in Damascus (UTC+3).
  const now = new Date("2026-12-01T23:30:00Z");

  it("is true for a day before today in the editor's zone, false for today and later", () => {
    expect(isPastDueDay("2026-11-30", "UTC", now)).toBe(true);
    expect(isPastDueDay("2026-12-01", "UTC", now)).toBe(false);
    expect(isPastDueDay("2026-12-02", "UTC", now)).toBe(false);
  });

  it("uses the editor's zone for today", () => {
    expect(isPastDueDay("2026-12-01", "Asia/Damascus", now)).toBe(true);
    expect(isPastDueDay("2026-12-01", "America/New_York", now)).toBe(false);
  });

  it("is false for no date or something that is not a day", () => {
    expect(isPastDueDay("", "UTC", now)).toBe(false);
    expect(isPastDueDay(null, "UTC", now)).toBe(false);
    expect(isPastDueDay("yesterday", "UTC", now)).toBe(false);
  });
});
