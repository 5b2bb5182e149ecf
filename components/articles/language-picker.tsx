"use client";
// Picks an article's language: the common ones by name, any other typed as a BCP 47 tag. Used by
// the import form and the language form on the article page; the value is the tag itself.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { COMMON_LANGUAGES, OTHER_LANGUAGE } from "@/lib/articles/language";

type Common = (typeof COMMON_LANGUAGES)[number];
const isCommon = (tag: string): tag is Common => (COMMON_LANGUAGES as readonly string[]).includes(tag);

/** The language's name in the interface language when it is a common one, else its tag. */
export function useLanguageName() {
  const t = useTranslations("articleLanguage");
  return (tag: string) => (isCommon(tag) ? t(`names.${tag}`) : tag);
}

interface Props {
  id: string;
  value: string;
  onChange: (tag: string) => void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

export function LanguagePicker({ id, value, onChange, invalid, describedBy, disabled }: Props) {
  const t = useTranslations("articleLanguage");
  const name = useLanguageName();
  // "Other" stays chosen while the editor types a tag, even one that happens to be common.
  const [typing, setTyping] = useState(false);
  const other = typing || !isCommon(value);
  return (
    <div className="language-picker">
      <select
        id={id}
        value={other ? OTHER_LANGUAGE : value}
        aria-invalid={invalid && !other}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(event) => {
          const choice = event.target.value;
          setTyping(choice === OTHER_LANGUAGE);
          onChange(choice === OTHER_LANGUAGE ? (isCommon(value) ? "" : value) : choice);
        }}
      >
        {COMMON_LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {name(tag)}
          </option>
        ))}
        <option value={OTHER_LANGUAGE}>{t("other")}</option>
      </select>
      {other ? (
        <input
          id={`${id}-tag`}
          dir="ltr"
          value={value}
          placeholder={t("tagPlaceholder")}
          aria-label={t("tagLabel")}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : null}
    </div>
  );
}
