import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RangeExportForm } from "@/components/reports/range-export-form";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { dayInZone, startOfMonthDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  const user = await requirePermission("report.export");
  const [timeZone, t] = await Promise.all([viewerTimeZone(user), getTranslations("reports")]);
  const today = dayInZone(new Date(), timeZone);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted">
        {/* The same criterion as lib/reports rangeCriterion(), which the report itself states in English. */}
        {t("criterion", { zone: timeZone })} {t("intro")}
      </p>
      <section className="card">
        <RangeExportForm defaultFrom={startOfMonthDay(today)} defaultTo={today} />
      </section>
    </>
  );
}
