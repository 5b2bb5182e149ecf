"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestResetAction } from "@/app/login/actions";
import { requestResetSchema } from "@/lib/accounts/schema";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof requestResetSchema>;

export function ForgotPasswordForm() {
  const t = useTranslations("forgot");
  const locale = useLocale();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input>({
    resolver: zodResolver(requestResetSchema),
    defaultValues: { email: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestResetAction(values);
    if (result.ok) setMessage({ ok: true, text: translateServerMessage(result.data.message, locale) });
    else {
      applyServerErrors(result, setError);
      if (!result.fields) setMessage({ ok: false, text: translateServerMessage(result.message, locale) });
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="reset-email">{t("email")}</label>
        <input
          id="reset-email"
          type="email"
          dir="ltr"
          autoComplete="username"
          aria-invalid={Boolean(formState.errors.email)}
          {...register("email")}
        />
        <FieldError id="reset-email-error" message={formState.errors.email?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("sending") : t("send")}
      </button>
    </form>
  );
}
