import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleNav } from "@/components/articles/article-nav";
import { ActivityList } from "@/components/dashboard/activity-list";
import { ClaimFilters } from "@/components/dashboard/claim-filters";
import { ClaimsTable } from "@/components/dashboard/claims-table";
import { ExportLinks } from "@/components/dashboard/export-links";
import { DeactivatedMark, HeldByDeactivatedBanner } from "@/components/dashboard/deactivated";
import { FinalizeButton } from "@/components/dashboard/finalize-button";
import { FlaggedSources } from "@/components/dashboard/flagged-sources";
import { HighlightedText } from "@/components/dashboard/highlighted-text";
import { ProgressBar } from "@/components/dashboard/progress-bar";
import { StatusChart } from "@/components/dashboard/status-chart";
import { StatusLegend } from "@/components/dashboard/status-cue";
import { formatDate, formatDateTime } from "@/components/format";
import { UserText } from "@/components/user-text";
import { PublishPanel } from "@/components/publishing/publish-panel";
import { AwaitingSignoff } from "@/components/signoff/awaiting-signoff";
import { finalizeConfirmation } from "@/lib/articles/finalize";
import { getArticleDashboard } from "@/lib/dashboard/data";
import { claimTableFiltersSchema, firstValues } from "@/lib/dashboard/schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { renderAppError } from "@/lib/http/page-errors";
import { anchorStates } from "@/lib/revisions/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articleDashboard");
  return { title: t("metaTitle") };
}

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ArticleDashboardPage({ params, searchParams }: Props) {
  const user = await requirePermission("article.list");
  const zone = await viewerTimeZone(user);
  const [t, locale] = await Promise.all([getTranslations("articleDashboard"), getLocale()]);
  const { id } = await params;
  const filters = claimTableFiltersSchema.parse(firstValues(await searchParams));
  const dashboard = await getArticleDashboard(user, id, filters).catch(renderAppError);
  // Orphaned claims (docs/revisions.md) are not in the current text: they are not marked in it.
  const states = await anchorStates(id);
  const { article, permissions } = dashboard;
  const path = `/articles/${article.id}/dashboard`;
  // What finalizing would leave unfinished, for the editor to confirm by its counts.
  const preview = dashboard.finalizePreview;
  const holders = dashboard.workload
    .filter((row) => !row.active && row.open > 0)
    .map((row) => ({ id: row.reviewerId, name: row.name, open: row.open }));
  // Activity names claims by number and people by name where the dashboard knows them.
  const claimNumbers = new Map(dashboard.claims.map((claim) => [claim.id, claim.number]));
  const userNames = new Map([
    ...dashboard.reviewers.map((reviewer) => [reviewer.id, reviewer.name] as const),
    ...dashboard.workload.map((row) => [row.reviewerId, row.name] as const),
  ]);
  return (
    <>
      <p className="muted">
        <Link href="/articles">{t("articles")}</Link> {t("breadcrumbSeparator")}{" "}
        <Link href={`/articles/${article.id}`}>
          <UserText text={article.title} lang={article.language} />
        </Link>
      </p>
      <h1>{t.rich("heading", { title: () => <UserText text={article.title} lang={article.language} /> })}</h1>
      <ArticleNav articleId={article.id} current="dashboard" canAssign={can(user, "claim.assign")} />
      <section className="card dashboard-head" aria-label={t("reviewState")}>
        <p data-testid="review-state">
          {article.finalizedAt ? (
            <strong>
              {t.rich("finalizedBy", {
                date: formatDate(article.finalizedAt, zone, locale),
                who: () => (article.finalizedBy ? <UserText text={article.finalizedBy.name} /> : t("unknownPerson")),
              })}
            </strong>
          ) : (
            t("openForReview")
          )}
        </p>
        {permissions.finalize ? (
          <FinalizeButton
            articleId={article.id}
            finalized={Boolean(article.finalizedAt)}
            preview={preview}
            confirmation={preview ? finalizeConfirmation(preview) : null}
          />
        ) : null}
        <ProgressBar done={dashboard.withVerdict} total={dashboard.claims.length} label={t("progressLabel")} />
        <p>
          {t.rich("assignmentCounts", {
            open: dashboard.openAssignments,
            overdue: dashboard.overdueAssignments,
            strong: (chunks) => <strong>{chunks}</strong>,
            late: (chunks) => (
              <strong className={dashboard.overdueAssignments ? "overdue" : undefined}>{chunks}</strong>
            ),
          })}
        </p>
        <AwaitingSignoff articleId={article.id} linkToQueue={can(user, "claim.signoff")} />
        {permissions.export ? <ExportLinks articleId={article.id} /> : null}
      </section>
      {can(user, "article.publish") ? <PublishPanel articleId={article.id} timeZone={zone} /> : null}
      <HeldByDeactivatedBanner
        count={dashboard.heldByDeactivated}
        holders={holders}
        hrefFor={permissions.assign ? (holderId) => `${path}?assignee=${holderId}#claims-heading` : null}
      />

      <FlaggedSources sources={dashboard.flaggedSources} timeZone={zone} />

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="chart-heading">
          <h2 id="chart-heading">{t("statusHeading")}</h2>
          <StatusChart counts={dashboard.statusCounts} />
        </section>
        <section className="card" aria-labelledby="workload-heading">
          <h2 id="workload-heading">{t("workloadHeading")}</h2>
          {dashboard.workload.length === 0 ? (
            <p className="muted">{t("noAssignments")}</p>
          ) : (
            // Scrolls in its own box on the narrowest phones; focusable, so keys scroll it too.
            <div className="table-scroll" role="group" aria-labelledby="workload-heading" tabIndex={0}>
              <table aria-labelledby="workload-heading">
                <thead>
                  <tr>
                    <th scope="col">{t("reviewer")}</th>
                    <th scope="col">{t("open")}</th>
                    <th scope="col">{t("overdue")}</th>
                    <th scope="col">{t("done")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.workload.map((row) => (
                    <tr key={row.reviewerId}>
                      <th scope="row">
                        <UserText text={row.name} />
                        {row.active ? null : <DeactivatedMark />}
                      </th>
                      <td>{row.open}</td>
                      <td className={row.overdue ? "overdue" : undefined}>{row.overdue}</td>
                      <td>{row.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          {t("claimsHeading", { shown: dashboard.filteredClaims.length, total: dashboard.claims.length })}
        </h2>
        <ClaimFilters
          action={path}
          filters={filters}
          assignees={dashboard.workload.map((row) => ({ id: row.reviewerId, name: row.name, active: row.active }))}
        />
        <ClaimsTable
          articleId={article.id}
          canAssign={permissions.assign}
          reviewers={dashboard.reviewers}
          timeZone={zone}
          language={article.language}
          rows={dashboard.filteredClaims.map(
            // What the table shows and no more: the rows are its weight in the page.
            ({ id, number, claimant, text, status, currentSources, assignee, dueAt, overdue }) => ({
              id,
              number,
              claimant,
              text,
              status,
              currentSources,
              assignee,
              dueAt: dueAt?.toISOString() ?? null,
              overdue,
            }),
          )}
        />
      </section>

      <section className="card" aria-labelledby="text-heading">
        <h2 id="text-heading">{t("textHeading")}</h2>
        <StatusLegend />
        <HighlightedText
          body={article.body}
          claims={dashboard.claims.filter((claim) => states.get(claim.id) !== "ORPHANED")}
          language={article.language}
        />
      </section>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="activity-heading">
          <h2 id="activity-heading">{t("activityHeading")}</h2>
          <ActivityList events={dashboard.activity} context={{ claimNumbers, userNames }} timeZone={zone} />
        </section>
        <section className="card" aria-labelledby="final-heading">
          <h2 id="final-heading">{t("finalizationHeading")}</h2>
          {dashboard.finalizations.length === 0 ? (
            <p className="muted">{t("neverFinalized")}</p>
          ) : (
            <ol className="activity" data-testid="finalization-history">
              {dashboard.finalizations.map((event) => (
                <li key={event.id}>
                  {formatDateTime(event.createdAt, zone, locale)} —{" "}
                  {t.rich(event.action === "article.finalized" ? "finalizedEvent" : "reopenedEvent", {
                    who: () => (event.actor ? <UserText text={event.actor.name} /> : t("system")),
                  })}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
