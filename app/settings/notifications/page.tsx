import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";
import { requireUser } from "@/lib/http/session";
import { mailEnabled } from "@/lib/mail/config";
import { can } from "@/lib/auth/permissions";
import { notificationPreferencesOf } from "@/lib/notifications/data";
import { NOTIFICATION_KINDS, SERVER_NOTICE_KINDS } from "@/lib/notifications/kinds";

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
  // Server notices (a disabled webhook endpoint) reach only those who may manage webhooks.
  const kinds = NOTIFICATION_KINDS.filter((kind) => !SERVER_NOTICE_KINDS.includes(kind) || can(user, "webhook.manage"));
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
        <NotificationPreferencesForm preferences={preferences} emailEnabled={emailOn} kinds={kinds} />
      </section>
    </>
  );
}
