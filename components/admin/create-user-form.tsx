"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/admin/users/actions";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { createUserSchema } from "@/lib/users/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof createUserSchema>;
type Output = z.output<typeof createUserSchema>;

export function CreateUserForm() {
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
      setMessage({ kind: "success", text: `Added ${result.data.email}.` });
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
        <label htmlFor="new-name">Name</label>
        <input id="new-name" aria-invalid={Boolean(errors.name)} {...register("name")} />
        <FieldError id="new-name-error" message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-email">Email</label>
        <input id="new-email" type="email" aria-invalid={Boolean(errors.email)} {...register("email")} />
        <FieldError id="new-email-error" message={errors.email?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" aria-invalid={Boolean(errors.role)} {...register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id="new-role-error" message={errors.role?.message} />
      </div>
      <div className="field">
        <label htmlFor="new-password">Initial password</label>
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
        {isSubmitting ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
