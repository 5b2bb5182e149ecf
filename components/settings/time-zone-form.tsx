"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setTimeZoneAction } from "@/app/settings/time-zone/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { timeZoneSettingSchema } from "@/lib/time/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof timeZoneSettingSchema>;
type Output = z.output<typeof timeZoneSettingSchema>;

interface Props {
  zones: string[];
  chosen: string | null;
  /** The zone the browser reported, if any: what "not chosen" means. */
  browser: string | null;
}

export function TimeZoneForm({ zones, chosen, browser }: Props) {
  const t = useTranslations("timeZone");
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(timeZoneSettingSchema),
    // The browser's zone is the default choice while none is saved.
    defaultValues: { timeZone: chosen ?? browser ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setFormError(null);
    const result = await setTimeZoneAction(values);
    if (result.ok) {
      setMessage(result.data.timeZone ? t("savedZone", { zone: result.data.timeZone }) : t("savedBrowser"));
      router.refresh();
    } else {
      applyServerErrors(result, setError);
      setFormError(translateServerMessage(result.message, locale));
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {message ? (
        <p className="form-success" role="status">
          {message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="time-zone">{t("label")}</label>
        <input
          id="time-zone"
          list="time-zone-names"
          autoComplete="off"
          dir="ltr"
          placeholder={browser ?? t("placeholder")}
          aria-invalid={Boolean(formState.errors.timeZone)}
          aria-describedby="time-zone-hint"
          {...register("timeZone")}
        />
        <datalist id="time-zone-names">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id="time-zone-hint" className="muted small">
          {browser ? t("hintWithBrowser", { browser }) : t("hint")}
        </p>
        <FieldError id="time-zone-error" message={formState.errors.timeZone?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
