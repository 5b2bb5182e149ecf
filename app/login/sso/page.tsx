import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/http/return-path";
import { getCurrentUser } from "@/lib/http/session";
import { ssoSettingsForPages } from "@/lib/sso/settings";
import { StartSso } from "./start-sso";

export async function generateMetadata(): Promise<Metadata> {
  const sso = ssoSettingsForPages();
  return { title: (await getTranslations("sso"))("startTitle", { provider: sso?.name ?? "" }) };
}

/**
 * Starts a sign-in at the identity provider (next-auth needs a POST with its CSRF token, which
 * the browser sends from here). A page of its own, so the sign-in page links to it and an
 * identity provider's app tile can point at /login/sso.
 */
export default async function StartSsoPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const sso = ssoSettingsForPages();
  if (!sso) redirect("/login");
  // Where to land once signed in: the page that sent the visitor to sign in, else the articles.
  const next = safeReturnPath((await searchParams).next) ?? "/articles";
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("sso");
  return (
    <div className="login-wrap card">
      <h1>{t("startTitle", { provider: sso.name })}</h1>
      <StartSso provider={sso.name} next={next} />
    </div>
  );
}
