import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/login-form";
import { getCurrentUser } from "@/lib/http/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/articles");
  const t = await getTranslations("login");
  return (
    <div className="login-wrap card">
      <h1>{t("heading")}</h1>
      <LoginForm />
    </div>
  );
}
