"use client";
// Tells the server which zone this browser is in (a cookie), so pages can use it while the user
// has not chosen one. When the page was rendered in another zone, it is rendered again.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { BROWSER_TIME_ZONE_COOKIE } from "@/lib/time/schema";
import { canonicalTimeZone } from "@/lib/time/zones";

const ONE_YEAR = 60 * 60 * 24 * 365;

export function BrowserTimeZone({ renderedIn, chosen }: { renderedIn: string; chosen: string | null }) {
  const router = useRouter();
  useEffect(() => {
    // A zone the server would not accept (it falls back to UTC) is not reported.
    const zone = canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!zone) return;
    const current = document.cookie.split("; ").find((entry) => entry.startsWith(`${BROWSER_TIME_ZONE_COOKIE}=`));
    if (current !== `${BROWSER_TIME_ZONE_COOKIE}=${zone}`) {
      document.cookie = `${BROWSER_TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    }
    if (!chosen && zone !== renderedIn) router.refresh();
  }, [chosen, renderedIn, router]);
  return null;
}
