import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/components/format";
import { UserText } from "@/components/user-text";
import type { ArticleDashboard } from "@/lib/dashboard/data";

/** The article's sources whose last re-check flagged them (changed since cited, gone, unreachable). */
export function FlaggedSources({ sources, timeZone }: { sources: ArticleDashboard["flaggedSources"]; timeZone: string }) {
  const t = useTranslations("flaggedSources");
  const tState = useTranslations("snapshot");
  const locale = useLocale();
  if (sources.length === 0) return null;
  return (
    <section className="card" aria-labelledby="flagged-sources-heading" data-testid="flagged-sources">
      <h2 id="flagged-sources-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <div className="table-scroll">
        <table aria-labelledby="flagged-sources-heading">
          <thead>
            <tr>
              <th scope="col">{t("claim")}</th>
              <th scope="col">{t("source")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("checked")}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>
                  <Link href={`/claims/${source.claim.id}`}>C{source.claim.number}</Link>
                </td>
                <td>
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    <UserText text={source.title} />
                  </a>
                </td>
                <td>
                  <span className={`link-state link-${source.linkState}`}>{tState(`states.${source.linkState}`)}</span>
                </td>
                <td>{formatDateTime(source.linkCheckedAt, timeZone, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
