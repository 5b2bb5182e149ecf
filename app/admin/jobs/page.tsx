import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RetryJobButton } from "@/components/admin/retry-job-button";
import { formatDateTime } from "@/components/format";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listFailedJobs, type FailedJob } from "@/lib/jobs/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobsAdmin"))("title") };
}

export default async function AdminJobsPage() {
  const admin = await requirePermission("job.manage");
  const [zone, locale, t, jobs] = await Promise.all([
    viewerTimeZone(admin),
    getLocale(),
    getTranslations("jobsAdmin"),
    listFailedJobs(admin),
  ]);
  const about = (job: FailedJob) => {
    if (job.kind === "source_recheck") return job.data.articleId ? t("articleSources") : t("allSources");
    if (job.kind === "article_fetch")
      return t.rich("importedFrom", { url: () => <bdi dir="ltr">{String(job.data.url ?? "")}</bdi> });
    // A webhook delivery's own log is on Admin → Webhooks; here, which event it carried.
    if (job.kind === "webhook_delivery")
      return <code>{String((job.data.payload as { event?: unknown } | undefined)?.event ?? "")}</code>;
    if (!job.source) return t("sourceGone");
    return (
      <Link href={`/claims/${job.source.claimId}`}>
        <bdi dir="ltr">{job.source.url}</bdi>
      </Link>
    );
  };
  return (
    <>
      <AdminNav current="jobs" />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {jobs.length === 0 ? (
        <p className="card empty">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={t("tableLabel")}>
            <thead>
              <tr>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("about")}</th>
                <th scope="col">{t("error")}</th>
                <th scope="col">{t("attempts")}</th>
                <th scope="col">{t("failedAt")}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-testid={`failed-job-${job.id}`}>
                  <td>{t(`kinds.${job.kind}`)}</td>
                  <td>{about(job)}</td>
                  <td>
                    <bdi dir="ltr">{job.error}</bdi>
                  </td>
                  <td>{job.attempts}</td>
                  <td>{formatDateTime(job.failedAt, zone, locale)}</td>
                  <td>
                    <RetryJobButton jobId={job.id} kindLabel={t(`kinds.${job.kind}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
