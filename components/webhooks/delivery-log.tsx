import { useTranslations } from "next-intl";

export interface DeliveryRow {
  id: string;
  event: string;
  attempt: number;
  status: number | null;
  ok: boolean;
  durationMs: number;
  responseExcerpt: string | null;
  /** Already formatted in the reader's zone. */
  when: string;
}

/** An endpoint's latest delivery attempts: what was sent, what came back, how long it took. */
export function DeliveryLog({ endpointUrl, rows }: { endpointUrl: string; rows: DeliveryRow[] }) {
  const t = useTranslations("webhooksAdmin.log");
  return (
    <details className="webhook-log" open={rows.length > 0}>
      <summary>{t("heading", { count: rows.length })}</summary>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        // Focusable: on a phone the table scrolls sideways in its box, by keyboard too.
        <div className="table-scroll" role="group" tabIndex={0} aria-label={t("tableLabel", { url: endpointUrl })}>
          <table aria-label={t("tableLabel", { url: endpointUrl })} data-testid="webhook-log">
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("event")}</th>
                <th scope="col">{t("attempt")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("answer")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.when}</td>
                  <td>
                    <code>{row.event}</code>
                  </td>
                  <td>{row.attempt}</td>
                  <td className={row.ok ? "webhook-ok" : "webhook-failed"}>
                    {row.status === null ? t("noAnswer") : row.status} {row.ok ? t("ok") : t("failed")}
                  </td>
                  <td>{t("ms", { ms: row.durationMs })}</td>
                  <td className="webhook-excerpt">
                    {row.responseExcerpt ? (
                      <bdi dir="auto">{row.responseExcerpt}</bdi>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
