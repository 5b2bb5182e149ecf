import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { mailEnabled } from "@/lib/mail/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgot");
  return (
    <div className="login-wrap card stack">
      <h1>{t("title")}</h1>
      {mailEnabled() ? (
        <>
          <p>{t("intro")}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="form-error" role="status" data-testid="email-off">
          {t("emailOff")}
        </p>
      )}
      <Link href="/login">{t("back")}</Link>
    </div>
  );
}
