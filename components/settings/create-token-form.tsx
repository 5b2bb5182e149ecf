"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createTokenAction } from "@/app/settings/tokens/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { createTokenSchema } from "@/lib/tokens/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";
import { UserText } from "../user-text";

type Input = z.input<typeof createTokenSchema>;
type Output = z.output<typeof createTokenSchema>;

export function CreateTokenForm() {
  const t = useTranslations("tokens");
  const to = useTranslations("tokenOptions");
  const locale = useLocale();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(createTokenSchema),
    defaultValues: { name: "", expiresInDays: null, readOnly: false },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await createTokenAction(values);
    if (result.ok) {
      setCreated(result.data);
      reset();
    } else {
      applyServerErrors(result, setError);
      setFormError(translateServerMessage(result.message, locale));
    }
  });

  return (
    <>
      {created ? (
        <div className="form-success" role="status">
          <p>
            {t.rich("createdNotice", { name: created.name, who: () => <UserText text={created.name} /> })}
          </p>
          <p className="token-once" data-testid="new-token" dir="ltr">
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
          <label htmlFor="token-name">{t("nameLabel")}</label>
          <input
            id="token-name"
            dir="auto"
            placeholder={t("namePlaceholder")}
            aria-invalid={Boolean(formState.errors.name)}
            {...register("name")}
          />
          <FieldError id="token-name-error" message={formState.errors.name?.message} />
        </div>
        <div className="field">
          <label htmlFor="token-expires">{to("expires")}</label>
          <select
            id="token-expires"
            {...register("expiresInDays", { setValueAs: (value: string) => (value ? Number(value) : null) })}
          >
            <option value="">{to("never")}</option>
            {[7, 30, 90, 365].map((days) => (
              <option key={days} value={days}>
                {to("days", { count: days })}
              </option>
            ))}
          </select>
          <FieldError id="token-expires-error" message={formState.errors.expiresInDays?.message} />
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register("readOnly")} /> {to("readOnly")}
        </label>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("creating") : t("create")}
        </button>
      </form>
    </>
  );
}
