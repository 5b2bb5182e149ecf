import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatDateTime } from "@/components/format";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { mailEnabled } from "@/lib/mail/config";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/webhooks/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooksAdmin"))("title") };
}

/** Attempts shown per endpoint; the API pages through the rest. */
const LOG_ROWS = 20;

export default async function AdminWebhooksPage() {
  const admin = await requirePermission("webhook.manage");
  const [zone, locale, t, endpoints] = await Promise.all([
    viewerTimeZone(admin),
    getLocale(),
    getTranslations("webhooksAdmin"),
    listWebhookEndpoints(admin),
  ]);
  const logs = await Promise.all(
    endpoints.map((endpoint) => listWebhookDeliveries(admin, endpoint.id, { limit: LOG_ROWS })),
  );
  const when = (date: Date | null) => (date ? formatDateTime(date, zone, locale) : t("never"));
  return (
    <>
      <AdminNav current="webhooks" />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {mailEnabled() ? null : (
        <p className="notice" role="note" data-testid="webhooks-mail-off">
          {t("mailOff")}
        </p>
      )}
      <section className="card" aria-labelledby="new-webhook">
        <h2 id="new-webhook">{t("addHeading")}</h2>
        <CreateWebhookForm />
      </section>
      <h2>{t("endpointsHeading")}</h2>
      {endpoints.length === 0 ? <p className="card empty">{t("empty")}</p> : null}
      {endpoints.map((endpoint, index) => (
        <section
          key={endpoint.id}
          className="card webhook-endpoint"
          aria-labelledby={`webhook-${endpoint.id}`}
          data-testid="webhook-endpoint"
        >
          <h3 id={`webhook-${endpoint.id}`} className="webhook-url">
            <bdi dir="ltr">{endpoint.url}</bdi>
          </h3>
          <p>
            <span className={`webhook-state ${endpoint.enabled ? "webhook-on" : "webhook-off"}`}>
              {endpoint.enabled ? t("enabled") : t("disabled")}
            </span>
          </p>
          {!endpoint.enabled && endpoint.disabledReason === "auto" ? (
            <p className="form-error" role="status" data-testid="webhook-auto-disabled">
              {t("autoDisabled", { since: when(endpoint.failingSince), at: when(endpoint.disabledAt) })}
            </p>
          ) : null}
          <dl className="webhook-facts">
            <dt>{t("events")}</dt>
            <dd>
              {endpoint.events.map((event) => (
                <code key={event} className="webhook-event">
                  {event}
                </code>
              ))}
            </dd>
            <dt>{t("secret")}</dt>
            <dd>{t("secretHint", { hint: endpoint.secretHint })}</dd>
            <dt>{t("lastDelivery")}</dt>
            <dd>
              {endpoint.lastDelivery
                ? t(endpoint.lastDelivery.ok ? "lastOk" : "lastFailed", {
                    when: when(endpoint.lastDelivery.createdAt),
                    status: endpoint.lastDelivery.status ?? "—",
                  })
                : t("never")}
            </dd>
            <dt>{t("failures")}</dt>
            <dd>
              {endpoint.failingSince
                ? t("failingSince", { count: endpoint.failuresInARow, since: when(endpoint.failingSince) })
                : t("noFailures")}
            </dd>
          </dl>
          <EndpointControls
            endpoint={{ id: endpoint.id, url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled }}
          />
          <DeliveryLog
            endpointUrl={endpoint.url}
            rows={logs[index]!.items.map((row) => ({ ...row, when: when(row.createdAt) }))}
          />
        </section>
      ))}
    </>
  );
}
