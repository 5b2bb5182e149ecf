"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/admin/users/actions";
import { ROLES } from "@/lib/auth/permissions";
import { createUserSchema } from "@/lib/users/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof createUserSchema>;
type Output = z.output<typeof createUserSchema>;

export function CreateUserForm() {
  const t = useTranslations("admin.createUser");
  const roles = useTranslations("roles");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", role: "REVIEWER", password: "" },
  });
  const { register, handleSubmit, formState, reset, setError } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await createUserAction(values);
    if (result.ok) {
      reset();
      setMessage({ kind: "success", text: t("added", { email: result.data.email }) });
    } else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor="new-name">{t("name")}</label>
        <input id="new-name" dir="auto" aria-invalid={Boolean(errors.name)} {...register("name")} />
        <FieldError id="new-name-error" message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("email")}</label>
        <input id="new-email" type="email" aria-invalid={Boolean(errors.email)} {...register("email")} />
        <FieldError id="new-email-error" message={errors.email?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("role")}</label>
        <select id="new-role" aria-invalid={Boolean(errors.role)} {...register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" message={errors.role?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("initialPassword")}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(errors.password)}
          {...register("password")}
        />
        <FieldError id="new-password-error" message={errors.password?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("adding") : t("add")}
      </button>
    </form>
  );
}
