import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleNav } from "@/components/articles/article-nav";
import { formatDateTime } from "@/components/format";
import { AnchorActions } from "@/components/revisions/anchor-actions";
import { DiffView } from "@/components/revisions/diff-view";
import { UserText } from "@/components/user-text";
import { can } from "@/lib/auth/permissions";
import { firstValues } from "@/lib/dashboard/schema";
import { renderAppError } from "@/lib/http/page-errors";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { revisionsPage } from "@/lib/revisions/data";
import { claimLabel } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("revisions");
  return { title: t("metaTitle") };
}

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [t, locale, zone] = await Promise.all([getTranslations("revisions"), getLocale(), viewerTimeZone(user)]);
  const { id } = await params;
  const query = firstValues(await searchParams);
  const page = await revisionsPage(user, id, { from: query.from, to: query.to }).catch(renderAppError);
  const { article, revisions, comparison, recheck, orphans } = page;
  const editable = can(user, "claim.curate") && !article.finalizedAt;
  const language = article.language;
  return (
    <>
      <p className="muted">
        <Link href={`/articles/${article.id}`}>
          <UserText text={article.title} lang={language} />
        </Link>
      </p>
      <h1>{t.rich("heading", { title: () => <UserText text={article.title} lang={language} /> })}</h1>
      <ArticleNav articleId={article.id} current="text" canAssign={can(user, "claim.assign")} />
      {can(user, "article.import") && !article.finalizedAt ? (
        <p>
          <Link className="button" href={`/articles/${article.id}/revisions/new`}>
            {t("importLink")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="recheck-heading" className="revision-section">
        <h2 id="recheck-heading">{t("recheckHeading", { count: recheck.length })}</h2>
        {recheck.length ? (
          <>
            <p className="muted">{t("recheckIntro")}</p>
            <ul className="revision-claims" data-testid="recheck-list">
              {recheck.map((claim) => {
                const label = claimLabel(claim);
                return (
                  <li key={claim.id} className="card" data-testid={`recheck-${claim.number}`}>
                    <p>
                      <Link href={`/claims/${claim.id}`}>{label}</Link>{" "}
                      <span className="anchor-flag">{t("flagRecheck")}</span>
                    </p>
                    <UserText as="p" text={claim.statement} lang={language} />
                    {claim.previousText ? (
                      <p className="small">
                        {t("previousQuote")} <UserText as="del" text={claim.previousText} lang={language} />
                      </p>
                    ) : null}
                    <p className="small">
                      {t("proposedQuote")} <UserText as="ins" text={claim.text} lang={language} />
                    </p>
                    {editable ? (
                      <>
                        <AnchorActions claimId={claim.id} version={claim.version} canAccept label={label} />
                        <Link href={`/articles/${article.id}/revisions/reselect/${claim.number}`} className="small">
                          {t("reselect")}
                        </Link>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="muted">{t("recheckNone")}</p>
        )}
      </section>

      <section aria-labelledby="orphans-heading" className="revision-section">
        <h2 id="orphans-heading">{t("orphansHeading", { count: orphans.length })}</h2>
        {orphans.length ? (
          <>
            <p className="muted">{t("orphansIntro")}</p>
            <ul className="revision-claims" data-testid="orphan-list">
              {orphans.map((claim) => (
                <li key={claim.id} className="card" data-testid={`orphan-${claim.number}`}>
                  <p>
                    <Link href={`/claims/${claim.id}`}>{claimLabel(claim)}</Link>{" "}
                    <span className="anchor-flag orphaned">{t("flagOrphaned")}</span>{" "}
                    <span className="muted small">{t("lastFound", { number: claim.lastAnchoredRevision ?? 1 })}</span>
                  </p>
                  <UserText as="p" text={claim.statement} lang={language} />
                  {editable ? (
                    <Link href={`/articles/${article.id}/revisions/reselect/${claim.number}`} className="small">
                      {t("anchorAgain")}
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t("orphansNone")}</p>
        )}
      </section>

      <section aria-labelledby="compare-heading" className="revision-section">
        <h2 id="compare-heading">{t("compareHeading")}</h2>
        {revisions.length < 2 ? (
          <p className="muted">{t("onlyOne")}</p>
        ) : (
          <>
            <form method="get" className="revision-compare">
              <label>
                {t("compareFrom")}{" "}
                <select name="from" defaultValue={String(comparison.from.number)}>
                  {revisions.map((revision) => (
                    <option key={revision.number} value={revision.number}>
                      {revision.number}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("compareTo")}{" "}
                <select name="to" defaultValue={String(comparison.to.number)}>
                  {revisions.map((revision) => (
                    <option key={revision.number} value={revision.number}>
                      {revision.number}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="secondary">
                {t("compareButton")}
              </button>
            </form>
            {comparison.parts ? (
              <>
                <p className="muted small">{t("legend")}</p>
                <DiffView parts={comparison.parts} language={language} />
              </>
            ) : (
              <p className="muted">{comparison.tooLarge ? t("tooLarge") : t("same")}</p>
            )}
            <h3>{t("touchedHeading")}</h3>
            {comparison.touched.length ? (
              <ul className="revision-touched" data-testid="touched-list">
                {comparison.touched.map((claim) => (
                  <li key={claim.id}>
                    <Link href={`/claims/${claim.id}`}>{claimLabel(claim)}</Link> ({t(`change.${claim.change}`)}){" "}
                    <UserText text={claim.statement} lang={language} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("touchedNone")}</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="revision-section">
        <h2 id="versions-heading">{t("listHeading")}</h2>
        <ol className="revision-list" reversed>
          {revisions.map((revision) => (
            <li key={revision.number}>
              {t.rich("revisionLine", {
                number: revision.number,
                date: formatDateTime(revision.createdAt, zone, locale),
                who: () => <UserText text={revision.createdBy.name} />,
              })}
              {revision.sourceUrl ? (
                <>
                  {" · "}
                  {t.rich("fetchedFrom", {
                    url: () => (
                      <a href={revision.sourceUrl ?? undefined} dir="ltr" rel="noopener noreferrer nofollow">
                        {revision.sourceUrl}
                      </a>
                    ),
                  })}
                </>
              ) : null}
              {revision.number === article.revision ? ` · ${t("currentRevision", { number: revision.number })}` : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
