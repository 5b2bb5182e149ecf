// A due date given as a bare day ("2030-01-15") means the end of that day where the person who
// set it lives: the forms convert it in the browser, and the API and CLI get the same meaning
// here, from the actor's time zone (UTC until they choose one). An ISO date-time is an instant
// and passes unchanged. Framework-free.
import { dueAtFromDay, resolveTimeZone } from "@/lib/time";

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readDueDayInZone(input: unknown, zone: string | null | undefined): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const { dueAt } = input as { dueAt?: unknown };
  // Only days the schema accepts (years 1000 to 9999): any other passes unchanged, to be named by it.
  if (typeof dueAt !== "string" || !BARE_DAY.test(dueAt) || Number(dueAt.slice(0, 4)) < 1000) return input;
  return { ...input, dueAt: dueAtFromDay(dueAt, resolveTimeZone(zone)) };
}
