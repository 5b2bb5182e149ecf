"use client";
// An admin sets another person's password (a reset, when they forgot it or it leaked). Their
// browser sessions end; they sign in with the new one. Same rules as everywhere: setPasswordSchema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { setPasswordSchema } from "@/lib/users/schema";
import { updateUserAction } from "./actions";

type Input = z.input<typeof setPasswordSchema>;
type Output = z.output<typeof setPasswordSchema>;

export function SetPasswordForm({ user }: { user: { id: string; name: string } }) {
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
      setMessage({ kind: "success", text: `New password set for ${user.name}; their sessions were ended.` });
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
          Set password…
        </button>
      </div>
    );
  }
  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={`Set the password of ${user.name}`}>
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor={inputId}>New password for {user.name}</label>
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
          {isSubmitting ? "Setting…" : "Set password"}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
