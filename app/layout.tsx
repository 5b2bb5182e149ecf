import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader, BADGE_MAX } from "@/components/app-header";
import { BrowserTimeZone } from "@/components/browser-time-zone";
import { DemoBanner } from "@/components/demo-banner";
import { can } from "@/lib/auth/permissions";
import { isLocale } from "@/lib/i18n/locales";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { getCurrentUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { unreadNotificationCount } from "@/lib/notifications/data";
import { ClientIntlProvider } from "./client-intl-provider";
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
  // Started now, awaited by the header's badge under a Suspense boundary: the page renders and
  // reads its own data meanwhile instead of after it (docs/performance.md, fifth pass).
  const notificationCount = user ? unreadNotificationCount(user, { atMost: BADGE_MAX + 1 }) : undefined;
  // A failed count still fails the badge when it renders; this only keeps Node from reporting the
  // rejection as unhandled should it come before the badge awaits it.
  notificationCount?.catch(() => undefined);
  const timeZone = await viewerTimeZone(user);
  const locale = await getLocale();
  const t = await getTranslations("app");
  return (
    // The interface's language sets the page's direction: Arabic mirrors the layout. User text
    // inside sets its own (components/user-text.tsx).
    <html lang={locale} dir={directionOfLanguage(locale)}>
      <body>
        {/* Client components' messages come with the JavaScript (app/client-intl-provider.tsx), not in each page. */}
        <ClientIntlProvider locale={isLocale(locale) ? locale : "en"} timeZone={timeZone}>
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
        </ClientIntlProvider>
      </body>
    </html>
  );
}
