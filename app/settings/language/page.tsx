import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/settings/language-form";
import { browserLocale } from "@/lib/http/i18n-request";
import { requireUser } from "@/lib/http/session";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("language"))("title") };
}

export default async function LanguagePage() {
  const user = await requireUser();
  const t = await getTranslations("language");
  const browser = await browserLocale();
  const chosen = isLocale(user.locale) ? user.locale : null;
  const inUse = chosen ?? browser;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card" aria-labelledby="language-heading">
        <h2 id="language-heading">{t("heading")}</h2>
        <p data-testid="language-in-use">
          {t("inUse", { language: LOCALE_NAMES[inUse] })} {chosen ? t("chosen") : t("fromBrowser")}
        </p>
        <LanguageForm
          options={LOCALES.map((locale) => ({ value: locale, name: LOCALE_NAMES[locale] }))}
          chosen={chosen}
          browserName={LOCALE_NAMES[browser]}
        />
      </section>
    </>
  );
}
