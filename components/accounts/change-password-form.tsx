"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/app/settings/account/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/accounts/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const locale = useLocale();
  const router = useRouter();
  const [done, setDone] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await changePasswordAction(values);
    if (result.ok) {
      setDone(result.data.endedSessions);
      reset();
      router.refresh();
    } else {
      applyServerErrors(result, setError);
      if (!result.fields) setFormError(translateServerMessage(result.message, locale));
    }
  });
  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {done !== null ? (
        <p className="form-success" role="status">
          {t("passwordChanged", { count: done })}
        </p>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="current-password">{t("currentPassword")}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.currentPassword)}
          aria-describedby={errors.currentPassword ? "current-password-error" : undefined}
          {...register("currentPassword")}
        />
        <FieldError id="current-password-error" message={errors.currentPassword?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("newPassword")}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(errors.newPassword)}
          aria-describedby="new-password-hint"
          {...register("newPassword")}
        />
        <p id="new-password-hint" className="muted small">
          {t("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        </p>
        <FieldError id="new-password-error" message={errors.newPassword?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("changingPassword") : t("changePassword")}
      </button>
    </form>
  );
}
