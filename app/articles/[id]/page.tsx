import type { Metadata } from "next";
import { ArticleNav } from "@/components/articles/article-nav";
import { AddClaimFromSelection } from "@/components/articles/add-claim-from-selection";
import { ArticleText } from "@/components/articles/article-text";
import { AuditLog } from "@/components/articles/audit-log";
import { CandidatesBelowLine } from "@/components/articles/candidates-below-line";
import { ClaimList } from "@/components/articles/claim-list";
import { RerunExtractionButton } from "@/components/articles/rerun-extraction-button";
import { CALENDAR_DAY_ZONE, formatDate } from "@/components/format";
import { getArticleWorkspace } from "@/lib/review/article-page";
import { firstValues } from "@/lib/dashboard/schema";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { renderAppError } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const zone = await viewerTimeZone(user);
  const { id } = await params;
  const auditAll = firstValues(await searchParams).audit === "all";
  const { article, claims, canCurate, auditLog, auditTotal } = await getArticleWorkspace(user, id, { auditAll }).catch(
    renderAppError,
  );
  const editable = canCurate && !article.finalizedAt;
  return (
    <>
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publisher ?? "Unknown publisher"} · published {formatDate(article.publishedAt, CALENDAR_DAY_ZONE)} ·
        imported {formatDate(article.createdAt, zone)} by {article.importedBy.name}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        ) : null}
        {article.finalizedAt ? ` · finalized ${formatDate(article.finalizedAt, zone)}` : null}
      </p>
      <ArticleNav articleId={article.id} current="text" canAssign={can(user, "claim.assign")} />
      {editable ? (
        <section className="curation-toolbar" aria-label="Curation tools">
          <AddClaimFromSelection articleId={article.id} />
          <RerunExtractionButton articleId={article.id} />
        </section>
      ) : null}
      <div className="article-layout">
        <section className="card" aria-label="Article text">
          <ArticleText body={article.body} claims={claims} />
        </section>
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims ({claims.length})</h2>
          <ClaimList claims={claims} canCurate={editable} />
          {editable ? <CandidatesBelowLine articleId={article.id} /> : null}
        </section>
      </div>
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
