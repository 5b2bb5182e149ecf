import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/login-form";
import { safeReturnPath } from "@/lib/http/return-path";
import { getCurrentUser } from "@/lib/http/session";
import { ssoErrorKey } from "@/lib/sso/login-errors";
import { ssoSettingsForPages } from "@/lib/sso/settings";
import styles from "./sso.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string | string[]; next?: string | string[] }>;
}) {
  // Where to go once signed in: the page that sent here (lib/http/return-path.ts), else the articles.
  const next = safeReturnPath((await searchParams).next) ?? "/articles";
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("login");
  const tSso = await getTranslations("sso");
  // Single sign-on, when configured: a refused or broken-off sign-in comes back here with `error`.
  const sso = ssoSettingsForPages();
  const ssoError = sso ? ssoErrorKey((await searchParams).error) : null;
  return (
    <div className="login-wrap card">
      <h1>{t("heading")}</h1>
      {ssoError && sso ? (
        <p className={`form-error ${styles.error}`} role="alert">
          {tSso(ssoError, { provider: sso.name })}
        </p>
      ) : null}
      <LoginForm next={next} />
      {sso ? (
        <div className={styles.alternative}>
          <p className={styles.or}>{tSso("or")}</p>
          <Link
            className={`button ${styles.providerLink}`}
            href={next === "/articles" ? "/login/sso" : `/login/sso?next=${encodeURIComponent(next)}`}
            prefetch={false}
          >
            {tSso("signInWith", { provider: sso.name })}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
