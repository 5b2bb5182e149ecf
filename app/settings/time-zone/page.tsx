import type { Metadata } from "next";
import { TimeZoneForm } from "@/components/settings/time-zone-form";
import { requireUser } from "@/lib/http/session";
import { browserTimeZone } from "@/lib/http/time-zone";
import { canonicalTimeZone, formatDateTime, supportedTimeZones } from "@/lib/time";

export const metadata: Metadata = { title: "Time zone" };

export default async function TimeZonePage() {
  const user = await requireUser();
  const browser = canonicalTimeZone(await browserTimeZone());
  const inUse = user.timeZone ?? browser ?? "UTC";
  return (
    <>
      <h1>Time zone</h1>
      <p className="muted">
        Pages and reports write times in this zone, naming its offset (“{formatDateTime(new Date(), inUse)}”), and due
        dates you enter are due by the end of that day here. Stored times stay in UTC, so colleagues in other zones see
        the same moments in theirs.
      </p>
      <section className="card" aria-labelledby="zone-heading">
        <h2 id="zone-heading">Your time zone</h2>
        <p data-testid="time-zone-in-use">
          Now: <strong>{inUse}</strong>
          {user.timeZone ? " (chosen)" : browser ? " (from your browser)" : " (default)"}
        </p>
        <TimeZoneForm zones={supportedTimeZones()} chosen={user.timeZone} browser={browser} />
      </section>
    </>
  );
}
