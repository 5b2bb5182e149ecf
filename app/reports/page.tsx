import type { Metadata } from "next";
import { RangeExportForm } from "@/components/reports/range-export-form";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { rangeCriterion } from "@/lib/reports/mutations";
import { dayInZone, startOfMonthDay } from "@/lib/time";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const user = await requirePermission("report.export");
  const timeZone = await viewerTimeZone(user);
  const today = dayInZone(new Date(), timeZone);
  return (
    <>
      <h1>Export a date range</h1>
      <p className="muted">
        {rangeCriterion(timeZone)} Each article appears once, with its whole history. Every export is recorded in the
        audit log. One article&apos;s report is on its dashboard.
      </p>
      <section className="card">
        <RangeExportForm defaultFrom={startOfMonthDay(today)} defaultTo={today} />
      </section>
    </>
  );
}
