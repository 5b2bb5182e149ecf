import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { EndOtherSessionsButton } from "@/components/accounts/end-other-sessions-button";
import { TwoFactorSection } from "@/components/accounts/two-factor-section";
import { UserText } from "@/components/user-text";
import { accountOverview } from "@/lib/accounts/overview";
import { pendingAccountStep } from "@/lib/accounts/steps";
import { getCurrentSessionToken, requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser({ allowAccountStep: true });
  const [zone, locale, t, step, overview] = await Promise.all([
    viewerTimeZone(user),
    getLocale(),
    getTranslations("account"),
    pendingAccountStep(user),
    getCurrentSessionToken().then((sid) => accountOverview(user, sid)),
  ]);
  const others = overview.sessions.filter((session) => !session.current).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t.rich("intro", { name: user.name, email: user.email, who: () => <UserText text={user.name} /> })}{" "}
        <Link href="/settings/tokens">{t("tokensLink")}</Link>
      </p>
      {step ? (
        <p className="form-error" role="alert" data-testid="account-step">
          {step === "change-password" ? t("stepChangePassword") : t("stepEnrolTwoFactor")}
        </p>
      ) : null}

      <section className="card stack" aria-labelledby="password">
        <h2 id="password">{t("passwordHeading")}</h2>
        {overview.hasPassword ? (
          <>
            <p className="muted">{t("passwordIntro")}</p>
            <ChangePasswordForm />
          </>
        ) : (
          <p className="muted" data-testid="no-password">
            {t("noPassword")}
          </p>
        )}
      </section>

      <section className="card stack" aria-labelledby="two-factor">
        <h2 id="two-factor">{t("twoFactorHeading")}</h2>
        <TwoFactorSection
          enabledOn={overview.twoFactorEnabledAt ? formatDate(overview.twoFactorEnabledAt, zone, locale) : null}
          recoveryCodesLeft={overview.recoveryCodesLeft}
        />
      </section>

      <section className="card stack" aria-labelledby="sessions">
        <h2 id="sessions">{t("sessionsHeading")}</h2>
        <div className="table-scroll" tabIndex={0} aria-label={t("sessionsTable")}>
          <table aria-label={t("sessionsTable")}>
            <thead>
              <tr>
                <th scope="col">{t("device")}</th>
                <th scope="col">{t("address")}</th>
                <th scope="col">{t("signedIn")}</th>
                <th scope="col">{t("lastSeen")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.sessions.map((session) => (
                <tr key={session.id} data-testid={session.current ? "session-current" : "session-other"}>
                  <td>
                    {session.browser && session.os
                      ? t("deviceOn", { browser: session.browser, os: session.os })
                      : (session.browser ?? session.os ?? t("unknownDevice"))}
                    {session.current ? <strong className="session-current"> · {t("thisSession")}</strong> : null}
                  </td>
                  <td>
                    <code dir="ltr">{session.ipAddress ?? t("unknownAddress")}</code>
                  </td>
                  <td>{formatDate(session.createdAt, zone, locale)}</td>
                  <td>{formatDate(session.lastSeenAt, zone, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {others > 0 ? <EndOtherSessionsButton /> : <p className="muted">{t("noOthers")}</p>}
      </section>
    </>
  );
}
