"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createTokenAction } from "@/app/settings/tokens/actions";
import { createTokenSchema } from "@/lib/tokens/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof createTokenSchema>;
type Output = z.output<typeof createTokenSchema>;

export function CreateTokenForm() {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(createTokenSchema),
    defaultValues: { name: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createTokenAction(values);
    if (result.ok) {
      setCreated(result.data);
      reset();
    } else {
      applyServerErrors(result, setError);
      setFormError(result.message);
    }
  });

  return (
    <>
      {created ? (
        <div className="form-success" role="status">
          <p>Token “{created.name}” created. Copy it now: it will not be shown again.</p>
          <p className="token-once" data-testid="new-token">
            {created.token}
          </p>
        </div>
      ) : null}
      <form className="stack" onSubmit={onSubmit} noValidate>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input
            id="token-name"
            placeholder="e.g. newsroom CMS"
            aria-invalid={Boolean(formState.errors.name)}
            {...register("name")}
          />
          <FieldError id="token-name-error" message={formState.errors.name?.message} />
        </div>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Creating…" : "Create token"}
        </button>
      </form>
    </>
  );
}
