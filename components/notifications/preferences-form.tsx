"use client";
// One choice per kind of notification, validated by the same zod schema as the API's PUT. With
// email off on the server, the email choices are shown disabled (the page says why).
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setNotificationPreferencesAction } from "@/app/settings/notifications/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import {
  DEFAULT_CHANNELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from "@/lib/notifications/kinds";
import { notificationPreferencesSchema } from "@/lib/notifications/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof notificationPreferencesSchema>;
type Output = z.output<typeof notificationPreferencesSchema>;

const EMAIL_CHANNELS: readonly NotificationChannel[] = ["EMAIL", "DIGEST"];

export function NotificationPreferencesForm({
  preferences,
  emailEnabled,
  kinds = NOTIFICATION_KINDS,
}: {
  preferences: Record<NotificationKind, NotificationChannel>;
  emailEnabled: boolean;
  /** The kinds this person can receive (admins' server notices only for admins). */
  kinds?: readonly NotificationKind[];
}) {
  const t = useTranslations("notificationSettings");
  const locale = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(notificationPreferencesSchema),
    defaultValues: preferences,
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setFormError(null);
    const result = await setNotificationPreferencesAction(values);
    if (result.ok) setMessage(t("saved"));
    else {
      applyServerErrors(result, setError);
      setFormError(translateServerMessage(result.message, locale));
    }
  });

  return (
    <form className="stack notification-preferences" onSubmit={onSubmit} noValidate aria-label={t("title")}>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {kinds.map((kind) => {
        const id = `notify-${kind.toLowerCase()}`;
        const error = formState.errors[kind]?.message;
        return (
          <div className="field" key={kind}>
            <label htmlFor={id}>{t(`kinds.${kind}`)}</label>
            <select id={id} aria-describedby={`${id}-default`} aria-invalid={Boolean(error)} {...register(kind)}>
              {NOTIFICATION_CHANNELS.map((channel) => (
                <option key={channel} value={channel} disabled={!emailEnabled && EMAIL_CHANNELS.includes(channel)}>
                  {t(`channels.${channel}`)}
                </option>
              ))}
            </select>
            <span id={`${id}-default`} className="hint">
              {t("defaultNote", { channel: t(`channels.${DEFAULT_CHANNELS[kind]}`) })}
            </span>
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      })}
      {message ? (
        <p className="form-success" role="status">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
