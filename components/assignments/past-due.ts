// Whether a due date the editor typed is already behind them: a day (YYYY-MM-DD) before today in
// their zone. Today is still allowed (due by the end of it). Pure: `now` is given.
import { dayInZone } from "@/lib/time/calendar";

export function isPastDueDay(day: string | null | undefined, zone: string, now: Date): boolean {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  return day < dayInZone(now, zone);
}
