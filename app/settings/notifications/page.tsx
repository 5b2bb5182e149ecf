import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";
import { requireUser } from "@/lib/http/session";
import { mailEnabled } from "@/lib/mail/config";
import { notificationPreferencesOf } from "@/lib/notifications/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationSettings"))("title") };
}
export const dynamic = "force-dynamic";

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const [t, preferences] = await Promise.all([
    getTranslations("notificationSettings"),
    notificationPreferencesOf(user.id),
  ]);
  const emailOn = mailEnabled();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("intro")} <Link href="/notifications">{t("back")}</Link>
      </p>
      {emailOn ? null : (
        <p className="notice" role="note" data-testid="email-off">
          {t("emailOff")}
        </p>
      )}
      <section className="card">
        <NotificationPreferencesForm preferences={preferences} emailEnabled={emailOn} />
      </section>
    </>
  );
}
