"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createWebhookAction } from "@/app/admin/webhooks/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { EVENT_LABEL_KEYS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhookSchema } from "@/lib/webhooks/schema";
import { SecretOnce } from "./secret-once";

type Input = z.input<typeof createWebhookSchema>;
type Output = z.output<typeof createWebhookSchema>;

/** Registers an endpoint: URL, events, and a secret (generated when left empty, then shown once). */
export function CreateWebhookForm() {
  const t = useTranslations("webhooksAdmin.form");
  const events = useTranslations("webhooksAdmin.eventNames");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const { register, handleSubmit, formState, reset, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(createWebhookSchema),
    defaultValues: { url: "", events: [], secret: "" },
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setSecret(null);
    const result = await createWebhookAction(values);
    if (result.ok) {
      reset();
      setSecret({ url: result.data.url, secret: result.data.secret });
      setMessage({ kind: "success", text: t("added") });
    } else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const eventsError =
    errors.events?.message ?? (Array.isArray(errors.events) ? errors.events.find(Boolean)?.message : undefined);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormMessage message={message} />
      {secret ? <SecretOnce url={secret.url} secret={secret.secret} /> : null}
      <div className="field">
        <label htmlFor="webhook-url">{t("url")}</label>
        <input
          id="webhook-url"
          type="url"
          dir="ltr"
          inputMode="url"
          placeholder="https://"
          aria-invalid={Boolean(errors.url)}
          aria-describedby={errors.url ? "webhook-url-error" : undefined}
          {...register("url")}
        />
        <FieldError id="webhook-url-error" message={errors.url?.message} />
      </div>
      <fieldset className="field webhook-events" aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend>{t("events")}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="checkbox-label">
            <input type="checkbox" value={event} {...register("events")} /> {events(EVENT_LABEL_KEYS[event])}{" "}
            <code dir="ltr">{event}</code>
          </label>
        ))}
        <FieldError id="webhook-events-error" message={eventsError} />
      </fieldset>
      <div className="field">
        <label htmlFor="webhook-secret">{t("secret")}</label>
        <input
          id="webhook-secret"
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.secret)}
          aria-describedby={errors.secret ? "webhook-secret-error webhook-secret-help" : "webhook-secret-help"}
          {...register("secret")}
        />
        <p id="webhook-secret-help" className="small muted">
          {t("secretHelp")}
        </p>
        <FieldError id="webhook-secret-error" message={errors.secret?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("adding") : t("add")}
      </button>
    </form>
  );
}
