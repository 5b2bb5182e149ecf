import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { BrowserTimeZone } from "@/components/browser-time-zone";
import { DemoBanner } from "@/components/demo-banner";
import { can } from "@/lib/auth/permissions";
import { unreadMentionCount } from "@/lib/comments/data";
import { getCurrentUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ClaimLedger", template: "%s · ClaimLedger" },
  description: "Fact-verification workflow for newsrooms.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put this request's CSP nonce (set by
  // proxy.ts) on its scripts: a page prerendered at build time would carry none and not run.
  await connection();
  const user = await getCurrentUser();
  const mentionCount = user ? await unreadMentionCount(user) : 0;
  const timeZone = await viewerTimeZone(user);
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <DemoBanner />
        {user ? (
          <AppHeader
            user={{ name: user.name, email: user.email, role: user.role }}
            showAdmin={can(user, "user.manage")}
            showReports={can(user, "report.export")}
            mentionCount={mentionCount}
            timeZone={timeZone}
          />
        ) : null}
        <BrowserTimeZone renderedIn={timeZone} chosen={user?.timeZone ?? null} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
