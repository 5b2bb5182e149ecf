// The zone a page writes times in: the user's choice, else the zone their browser reported (a
// cookie set by components/browser-time-zone.tsx), else UTC.
import { cookies } from "next/headers";
import { resolveTimeZone } from "@/lib/time";
import { BROWSER_TIME_ZONE_COOKIE } from "@/lib/time/schema";

export async function browserTimeZone(): Promise<string | null> {
  return (await cookies()).get(BROWSER_TIME_ZONE_COOKIE)?.value ?? null;
}

export async function viewerTimeZone(user: { timeZone: string | null } | null): Promise<string> {
  return resolveTimeZone(user?.timeZone, await browserTimeZone());
}
