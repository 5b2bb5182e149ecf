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
import { ArticleSimilarClaims } from "@/components/similar/article-similar-claims";
import { UserText } from "@/components/user-text";
import { similarForArticle } from "@/lib/similar/data";
import { getArticleWorkspace } from "@/lib/review/article-page";
import { claimListItems } from "@/lib/review/claim-list-items";
import { firstValues } from "@/lib/dashboard/schema";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { renderAppError } from "@/lib/http/page-errors";
import { anchorStates } from "@/lib/revisions/data";
import Link from "next/link";

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
  const [t, tc, tr, locale] = await Promise.all([
    getTranslations("articlePage"),
    getTranslations("curation"),
    getTranslations("revisions"),
    getLocale(),
  ]);
  const { id } = await params;
  const auditAll = firstValues(await searchParams).audit === "all";
  const { article, claims, canCurate, auditLog, auditTotal } = await getArticleWorkspace(user, id, { auditAll }).catch(
    renderAppError,
  );
  const editable = canCurate && !article.finalizedAt;
  // After the access check, side by side (they were one after another): revisions
  // (docs/revisions.md: orphans are no longer in the text; claims to re-check are flagged) and
  // earlier articles' similar claims (lib/similar checks access itself).
  const [states, similar] = await Promise.all([anchorStates(article.id), similarForArticle(user, article.id)]);
  const anchored = claims.filter((claim) => states.get(claim.id) !== "ORPHANED");
  const needsRecheck = new Set(claims.filter((claim) => states.get(claim.id) === "NEEDS_RECHECK").map((c) => c.id));
  const orphanCount = claims.length - anchored.length;
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
      <p className="revision-links">
        {can(user, "article.import") && !article.finalizedAt ? (
          <Link href={`/articles/${article.id}/revisions/new`}>{tr("importLink")}</Link>
        ) : null}
        <Link href={`/articles/${article.id}/revisions`}>{tr("revisionsLink", { count: article.revision })}</Link>
      </p>
      {needsRecheck.size || orphanCount ? (
        <div className="card revision-notice" data-testid="revision-notice">
          {needsRecheck.size ? <p>{tr("noticeRecheck", { count: needsRecheck.size })}</p> : null}
          {orphanCount ? (
            <p>
              {tr.rich("noticeOrphans", {
                count: orphanCount,
                link: () => (
                  <Link href={`/articles/${article.id}/revisions#orphans-heading`}>{tr("seeRevisions")}</Link>
                ),
              })}
            </p>
          ) : null}
          {needsRecheck.size ? (
            <p>
              <Link href={`/articles/${article.id}/revisions#recheck-heading`}>{tr("seeRevisions")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
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
            <ArticleText
              body={article.body}
              claims={anchored.map(({ id, start, end, number }) => ({ id, start, end, number }))}
              language={article.language}
            />
            {editable ? <AddClaimFromSelection articleId={article.id} language={article.language} /> : null}
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">{t("claimsHeading", { count: anchored.length })}</h2>
            <ClaimList
              claims={claimListItems(anchored, { curate: editable, needsRecheck })}
              language={article.language}
            />
            {editable ? <CandidatesBelowLine articleId={article.id} language={article.language} /> : null}
          </section>
        </div>
      </CurationNotices>
      <ArticleSimilarClaims articleId={article.id} claims={similar} />
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
