// The article dashboard's publication section (editors and admins): where the fact-check is
// published, what still blocks publishing, the Publish form, and the article's corrections.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { publicationPanel, publicPagesEnabled } from "@/lib/publishing/data";
import { claimLabel } from "@/lib/workflow/states";
import { PublishForm } from "./publish-form";

export async function PublishPanel({ articleId, timeZone }: { articleId: string; timeZone: string }) {
  const [t, locale, panel, publicPages] = await Promise.all([
    getTranslations("publishing"),
    getLocale(),
    publicationPanel(articleId),
    publicPagesEnabled(),
  ]);
  const { publication } = panel;
  const candidates = panel.claims.filter((claim) => !claim.published);
  return (
    <section className="card publish-panel" aria-labelledby="publish-heading" data-testid="publish-panel">
      <h2 id="publish-heading">{t("title")}</h2>
      {publication ? (
        <p data-testid="publication-state">
          {t.rich("publishedAt", {
            url: () => (
              <a href={publication.url} rel="noreferrer noopener">
                <UserText text={publication.url} />
              </a>
            ),
            date: formatDate(publication.publishedAt, timeZone, locale),
          })}{" "}
          {publication.modifiedAt ? t("modifiedAt", { date: formatDate(publication.modifiedAt, timeZone, locale) }) : null}
          {publicPages ? (
            <>
              {" "}
              <a href={`/fact-checks/${articleId}`}>{t("publicPage")}</a>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted" data-testid="publication-state">
          {t("notPublished")}
        </p>
      )}
      <PublishForm
        articleId={articleId}
        defaultUrl={publication?.url ?? ""}
        published={Boolean(publication)}
        claims={candidates.map((claim) => ({
          number: claim.number,
          label: claimLabel(claim),
          ready: claim.signoff === "APPROVED" && claim.status !== "PENDING",
          excluded: claim.excludedFromPublication,
          badge: <StatusBadge status={claim.status} />,
        }))}
      />
      <h3>{t("corrections")}</h3>
      {panel.corrections.length ? (
        <ul data-testid="corrections">
          {panel.corrections.map((correction) => (
            <li key={correction.id}>
              {t.rich("correctionLine", {
                claim: claimLabel(correction),
                from: () => <StatusBadge status={correction.fromStatus} />,
                to: () => <StatusBadge status={correction.toStatus} />,
                name: () => <UserText text={correction.approvedBy} />,
                date: formatDate(correction.createdAt, timeZone, locale),
              })}
              <br />
              <span className="muted small">{t.rich("reason", { reason: () => <UserText text={correction.reason} /> })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noCorrections")}</p>
      )}
    </section>
  );
}
