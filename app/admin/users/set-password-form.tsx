"use client";
// An admin sets another person's password (a reset, when they forgot it or it leaked). Their
// browser sessions end; they sign in with the new one. Same rules as everywhere: setPasswordSchema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { UserText } from "@/components/user-text";
import { setPasswordSchema } from "@/lib/users/schema";
import { updateUserAction } from "./actions";

type Input = z.input<typeof setPasswordSchema>;
type Output = z.output<typeof setPasswordSchema>;

export function SetPasswordForm({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("admin.setPassword");
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { password: "" },
  });
  const inputId = `password-${user.id}`;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateUserAction(user.id, values);
    if (result.ok) {
      reset();
      setOpen(false);
      setMessage({ kind: "success", text: t("done", { name: user.name }) });
    } else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  if (!open) {
    return (
      <div className="stack">
        <FormMessage message={message} />
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t("open")}
        </button>
      </div>
    );
  }
  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t("formLabel", { name: user.name })}>
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor={inputId}>
          {t.rich("label", { name: user.name, who: () => <UserText text={user.name} /> })}
        </label>
        <input
          id={inputId}
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? `${inputId}-error` : undefined}
          {...register("password")}
        />
        <FieldError id={`${inputId}-error`} message={errors.password?.message} />
      </div>
      <div className="inline-form">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("setting") : t("submit")}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
