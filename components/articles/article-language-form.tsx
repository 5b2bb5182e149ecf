"use client";
// The article's language on its page: shown to readers, changeable by editors (it sets the text's
// direction). The same schema checks the tag here and on the server.
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setArticleLanguageAction } from "@/app/articles/[id]/actions";
import { articleLanguageSchema } from "@/lib/articles/language";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { LanguagePicker } from "./language-picker";

export function ArticleLanguageForm({ articleId, language }: { articleId: string; language: string }) {
  const t = useTranslations("articleLanguage");
  const locale = useLocale();
  const [value, setValue] = useState(language);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function save(event: React.FormEvent) {
    event.preventDefault();
    setResult(null);
    const parsed = articleLanguageSchema.safeParse({ language: value });
    if (!parsed.success) return setFieldError(parsed.error.issues[0]?.message);
    setFieldError(undefined);
    startTransition(async () => {
      const outcome = await setArticleLanguageAction(articleId, parsed.data);
      if (outcome.ok) {
        setValue(outcome.data.language);
        setResult({ ok: true, text: t("saved") });
      } else {
        setFieldError(outcome.fields?.language?.[0]);
        setResult({ ok: false, text: translateServerMessage(outcome.message, locale) });
      }
    });
  }

  return (
    <form className="inline-form article-language-form" onSubmit={save} noValidate aria-label={t("formLabel")}>
      <label htmlFor="article-language">{t("label")}</label>
      <LanguagePicker
        id="article-language"
        value={value}
        onChange={setValue}
        invalid={Boolean(fieldError)}
        describedBy={fieldError ? "article-language-error" : undefined}
        disabled={pending}
      />
      <button type="submit" className="secondary" disabled={pending || value === language}>
        {pending ? t("saving") : t("save")}
      </button>
      <FieldError id="article-language-error" message={fieldError} />
      {result ? (
        <p className={result.ok ? "form-success" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.text}
        </p>
      ) : null}
    </form>
  );
}
