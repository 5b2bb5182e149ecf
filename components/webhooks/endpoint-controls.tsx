"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteWebhookAction, sendTestEventAction, updateWebhookAction } from "@/app/admin/webhooks/actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FieldError } from "@/components/field-error";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { EVENT_LABEL_KEYS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { updateWebhookSchema } from "@/lib/webhooks/schema";
import { SecretOnce } from "./secret-once";

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
}

/** Change events, switch on or off, send a test event, rotate the secret, delete. */
export function EndpointControls({ endpoint }: { endpoint: Endpoint }) {
  const t = useTranslations("webhooksAdmin.controls");
  const names = useTranslations("webhooksAdmin.eventNames");
  const [events, setEvents] = useState<string[]>(endpoint.events);
  const [eventsError, setEventsError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"rotate" | "delete" | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const idBase = `webhook-${endpoint.id}`;

  const run = (work: () => Promise<{ ok: boolean; message?: string }>, success: string) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await work();
      setOutcome(result.ok ? { kind: "success", text: success } : { kind: "error", text: result.message ?? "" });
    });

  const saveEvents = () => {
    // The same schema as the server: "choose at least one", unknown names.
    const parsed = updateWebhookSchema.safeParse({ events });
    if (!parsed.success) {
      setEventsError(parsed.error.issues[0]?.message);
      return;
    }
    setEventsError(undefined);
    run(() => updateWebhookAction(endpoint.id, { events }), t("saved"));
  };

  const confirmed = () =>
    startTransition(async () => {
      setDialogError(null);
      if (confirm === "rotate") {
        const result = await updateWebhookAction(endpoint.id, { rotateSecret: true });
        if (!result.ok) return setDialogError(result.message);
        setSecret(result.data.secret);
        setOutcome({ kind: "success", text: t("rotated") });
      } else {
        const result = await deleteWebhookAction(endpoint.id);
        if (!result.ok) return setDialogError(result.message);
      }
      setConfirm(null);
    });

  return (
    <div className="stack webhook-controls">
      <FormMessage message={outcome} />
      {secret ? <SecretOnce url={endpoint.url} secret={secret} /> : null}
      <fieldset className="field webhook-events" aria-describedby={eventsError ? `${idBase}-events-error` : undefined}>
        <legend>{t("events")}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="checkbox-label">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(change) =>
                setEvents((current) =>
                  change.target.checked ? [...current, event] : current.filter((name) => name !== event),
                )
              }
            />{" "}
            {names(EVENT_LABEL_KEYS[event])} <code dir="ltr">{event}</code>
          </label>
        ))}
        <FieldError id={`${idBase}-events-error`} message={eventsError} />
      </fieldset>
      <div className="inline-form">
        <button type="button" className="secondary" disabled={pending} onClick={saveEvents}>
          {t("saveEvents")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => updateWebhookAction(endpoint.id, { enabled: !endpoint.enabled }),
              endpoint.enabled ? t("disabledNow") : t("enabledNow"),
            )
          }
        >
          {endpoint.enabled ? t("disable") : t("enable")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => run(() => sendTestEventAction(endpoint.id), t("testQueued"))}
        >
          {t("sendTest")}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={() => setConfirm("rotate")}>
          {t("rotate")}
        </button>
        <button type="button" className="danger" disabled={pending} onClick={() => setConfirm("delete")}>
          {t("delete")}
        </button>
      </div>
      {confirm ? (
        <ConfirmDialog
          title={confirm === "rotate" ? t("rotateTitle") : t("deleteTitle")}
          confirmLabel={confirm === "rotate" ? t("rotate") : t("delete")}
          busyLabel={t("working")}
          cancelLabel={t("cancel")}
          busy={pending}
          error={dialogError}
          onConfirm={confirmed}
          onCancel={() => {
            setConfirm(null);
            setDialogError(null);
          }}
        >
          <p>
            {confirm === "rotate" ? t("rotateBody") : t("deleteBody")} <bdi dir="ltr">{endpoint.url}</bdi>
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
