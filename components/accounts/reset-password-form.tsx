"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { completeResetAction } from "@/app/login/actions";
import { completeResetSchema } from "@/lib/accounts/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof completeResetSchema>;

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const ta = useTranslations("account");
  const locale = useLocale();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input>({
    resolver: zodResolver(completeResetSchema),
    defaultValues: { token, newPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await completeResetAction(values);
    if (result.ok) setDone(true);
    else {
      applyServerErrors(result, setError);
      const tokenError = result.fields?.token?.[0];
      if (tokenError || !result.fields) setFormError(translateServerMessage(tokenError ?? result.message, locale));
    }
  });
  if (done)
    return (
      <>
        <p className="form-success" role="status">
          {t("done")}
        </p>
        <Link href="/login">{t("signIn")}</Link>
      </>
    );
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <p>{t("intro")}</p>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <input type="hidden" {...register("token")} />
      <div className="field">
        <label htmlFor="reset-new-password">{t("newPassword")}</label>
        <input
          id="reset-new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(formState.errors.newPassword)}
          aria-describedby="reset-new-password-hint"
          {...register("newPassword")}
        />
        <p id="reset-new-password-hint" className="muted small">
          {ta("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        </p>
        <FieldError id="reset-new-password-error" message={formState.errors.newPassword?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
