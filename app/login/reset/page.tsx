import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { resetLinkIsLive } from "@/lib/accounts/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("title") };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const t = await getTranslations("reset");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const live = await resetLinkIsLive(token);
  return (
    <div className="login-wrap card stack">
      <h1>{t("title")}</h1>
      {live ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <p className="form-error" role="alert">
            {t("invalid")}
          </p>
          <Link href="/login/forgot">{t("askAgain")}</Link>
        </>
      )}
    </div>
  );
}
