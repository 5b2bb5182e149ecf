import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { BrowserTimeZone } from "@/components/browser-time-zone";
import { DemoBanner } from "@/components/demo-banner";
import { can } from "@/lib/auth/permissions";
import { clientMessages } from "@/lib/i18n/client-namespaces";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { getCurrentUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { unreadNotificationCount } from "@/lib/notifications/data";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put this request's CSP nonce (set by
  // proxy.ts) on its scripts: a page prerendered at build time would carry none and not run.
  await connection();
  const user = await getCurrentUser();
  const notificationCount = user ? await unreadNotificationCount(user) : 0;
  const timeZone = await viewerTimeZone(user);
  const locale = await getLocale();
  const t = await getTranslations("app");
  // Only what client components read goes to the browser (lib/i18n/client-namespaces.ts).
  const messages = clientMessages(await getMessages());
  return (
    // The interface's language sets the page's direction: Arabic mirrors the layout. User text
    // inside sets its own (components/user-text.tsx).
    <html lang={locale} dir={directionOfLanguage(locale)}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <DemoBanner />
          {user ? (
            <AppHeader
              user={{ name: user.name, email: user.email, role: user.role }}
              showAdmin={can(user, "user.manage")}
              showReports={can(user, "report.export")}
              showSignoff={can(user, "claim.signoff")}
              notificationCount={notificationCount}
              timeZone={timeZone}
            />
          ) : null}
          <BrowserTimeZone renderedIn={timeZone} chosen={user?.timeZone ?? null} />
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
