import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TimeZoneForm } from "@/components/settings/time-zone-form";
import { requireUser } from "@/lib/http/session";
import { browserTimeZone } from "@/lib/http/time-zone";
import { canonicalTimeZone, formatDateTime, supportedTimeZones } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeZone"))("title") };
}

export default async function TimeZonePage() {
  const user = await requireUser();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("timeZone")]);
  const browser = canonicalTimeZone(await browserTimeZone());
  const inUse = user.timeZone ?? browser ?? "UTC";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { example: formatDateTime(new Date(), inUse, locale) })}</p>
      <section className="card" aria-labelledby="zone-heading">
        <h2 id="zone-heading">{t("heading")}</h2>
        <p data-testid="time-zone-in-use">
          {t.rich("now", { zone: inUse, strong: (chunks) => <strong dir="ltr">{chunks}</strong> })}{" "}
          {t(user.timeZone ? "chosen" : browser ? "fromBrowser" : "default")}
        </p>
        <TimeZoneForm zones={supportedTimeZones()} chosen={user.timeZone} browser={browser} />
      </section>
    </>
  );
}
