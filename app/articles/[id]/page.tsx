import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleNav } from "@/components/articles/article-nav";
import { AddClaimFromSelection } from "@/components/articles/add-claim-from-selection";
import { ArticleLanguageForm } from "@/components/articles/article-language-form";
import { ArticleText } from "@/components/articles/article-text";
import { AuditLog } from "@/components/articles/audit-log";
import { CandidatesBelowLine } from "@/components/articles/candidates-below-line";
import { ClaimList } from "@/components/articles/claim-list";
import { CurationNotices } from "@/components/articles/curation-notice";
import { HighlightNavigator } from "@/components/articles/highlight-navigator";
import { RerunExtractionButton } from "@/components/articles/rerun-extraction-button";
import { CALENDAR_DAY_ZONE, formatDate } from "@/components/format";
import { UserText } from "@/components/user-text";
import { getArticleWorkspace } from "@/lib/review/article-page";
import { firstValues } from "@/lib/dashboard/schema";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { renderAppError } from "@/lib/http/page-errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articlePage");
  return { title: t("metaTitle") };
}

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const zone = await viewerTimeZone(user);
  const [t, tc, locale] = await Promise.all([getTranslations("articlePage"), getTranslations("curation"), getLocale()]);
  const { id } = await params;
  const auditAll = firstValues(await searchParams).audit === "all";
  const { article, claims, canCurate, auditLog, auditTotal } = await getArticleWorkspace(user, id, { auditAll }).catch(
    renderAppError,
  );
  const editable = canCurate && !article.finalizedAt;
  return (
    <>
      <UserText as="h1" text={article.title} lang={article.language} />
      <p className="muted">
        {article.publisher ? <UserText text={article.publisher} /> : t("unknownPublisher")} ·{" "}
        {t("published", { date: formatDate(article.publishedAt, CALENDAR_DAY_ZONE, locale) })} ·{" "}
        {t.rich("imported", {
          date: formatDate(article.createdAt, zone, locale),
          who: () => <UserText text={article.importedBy.name} />,
        })}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              {t("original")}
            </a>
          </>
        ) : null}
        {article.finalizedAt ? ` · ${t("finalized", { date: formatDate(article.finalizedAt, zone, locale) })}` : null}
      </p>
      <ArticleNav articleId={article.id} current="text" canAssign={can(user, "claim.assign")} />
      {canCurate ? <ArticleLanguageForm articleId={article.id} language={article.language} /> : null}
      {editable ? (
        <section className="curation-toolbar" aria-label={t("curationTools")}>
          <p className="muted selection-hint">{tc("selectHint")}</p>
          <RerunExtractionButton articleId={article.id} />
        </section>
      ) : null}
      <HighlightNavigator />
      <CurationNotices>
        <div className="article-layout">
          <section className="card article-text-card" aria-label={t("articleText")}>
            <ArticleText body={article.body} claims={claims} language={article.language} />
            {editable ? <AddClaimFromSelection articleId={article.id} language={article.language} /> : null}
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">{t("claimsHeading", { count: claims.length })}</h2>
            <ClaimList claims={claims} canCurate={editable} language={article.language} />
            {editable ? <CandidatesBelowLine articleId={article.id} language={article.language} /> : null}
          </section>
        </div>
      </CurationNotices>
      {canCurate ? (
        <AuditLog
          articleId={article.id}
          entries={auditLog}
          total={auditTotal}
          showAll={auditAll}
          timeZone={zone}
          context={{ claimNumbers: new Map(claims.map((claim) => [claim.id, claim.number])) }}
        />
      ) : null}
    </>
  );
}
