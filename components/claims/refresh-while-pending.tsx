"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 2_000;
/** A snapshot is taken within seconds; past this the page stops asking (a reload still shows it). */
const GIVE_UP_MS = 3 * 60_000;

/** While a background job the page shows is still running, the page asks the server again. */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_MS) clearInterval(timer);
      else router.refresh();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [pending, router]);
  return null;
}
