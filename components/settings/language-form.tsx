"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setLocaleAction } from "@/app/settings/language/actions";
import { localeSettingSchema } from "@/lib/i18n/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";
import { FormMessage, type FormOutcome } from "../form-message";

type Input = z.input<typeof localeSettingSchema>;
type Output = z.output<typeof localeSettingSchema>;

interface Props {
  options: { value: string; name: string }[];
  chosen: string | null;
  /** The language the browser asks for: what "follow my browser" means now. */
  browserName: string;
}

export function LanguageForm({ options, chosen, browserName }: Props) {
  const t = useTranslations("language");
  const router = useRouter();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(localeSettingSchema),
    defaultValues: { locale: (chosen ?? "") as Input["locale"] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await setLocaleAction(values);
    if (result.ok) {
      setOutcome({ kind: "success", text: t("saved") });
      // The whole page changes language (and direction): render it again on the server.
      router.refresh();
    } else {
      applyServerErrors(result, setError);
      setOutcome({ kind: "error", text: result.message });
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage message={outcome} />
      <div className="field">
        <label htmlFor="locale">{t("label")}</label>
        <select id="locale" aria-invalid={Boolean(formState.errors.locale)} {...register("locale")}>
          <option value="">
            {t("followBrowser")} ({browserName})
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.value}>
              {option.name}
            </option>
          ))}
        </select>
        <FieldError id="locale-error" message={formState.errors.locale?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
