import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RefreshWhilePending } from "@/components/claims/refresh-while-pending";
import { formatDateTime } from "@/components/format";
import { UserText } from "@/components/user-text";
import { renderAppError } from "@/lib/http/page-errors";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { getSnapshot } from "@/lib/sources/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("snapshotPage"))("title") };
}

/**
 * One snapshot of a source, for anyone who may read the claim: what the page said when it was fetched,
 * the text someone pasted, or a file someone attached (offered for download, never shown inline).
 */
export default async function SnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const snapshot = await getSnapshot(user, id).catch(renderAppError);
  const [t, tState, zone, locale] = await Promise.all([
    getTranslations("snapshotPage"),
    getTranslations("snapshot"),
    viewerTimeZone(user),
    getLocale(),
  ]);
  const fetched = snapshot.origin === "FETCHED";
  const pasted = snapshot.origin === "PASTED";
  const heading = fetched ? t("title") : pasted ? t("pastedTitle") : t("attachedTitle");
  return (
    <>
      <p className="muted">
        <Link href={`/claims/${snapshot.evidence.claimId}`}>{t("back")}</Link>
      </p>
      <h1>
        {heading}: <UserText text={snapshot.evidence.title} />
      </h1>
      <section className="card">
        {fetched ? (
          <p>
            <span className={`link-state link-${snapshot.outcome}`}>{tState(`states.${snapshot.outcome}`)}</span>
          </p>
        ) : null}
        <dl className="facts snapshot-facts">
          <dt>{t("requested")}</dt>
          <dd>
            <bdi dir="ltr">{snapshot.requestedUrl}</bdi>
          </dd>
          {snapshot.finalUrl && snapshot.finalUrl !== snapshot.requestedUrl ? (
            <>
              <dt>{t("final")}</dt>
              <dd>
                <bdi dir="ltr">{snapshot.finalUrl}</bdi>
              </dd>
            </>
          ) : null}
          <dt>{fetched ? t("fetchedAt") : pasted ? t("pastedAt") : t("attachedAt")}</dt>
          <dd>{formatDateTime(snapshot.fetchedAt, zone, locale)}</dd>
          {snapshot.providedBy ? (
            <>
              <dt>{pasted ? t("pastedBy") : t("attachedBy")}</dt>
              <dd data-testid="snapshot-provided-by">
                <UserText text={snapshot.providedBy.name} />
              </dd>
            </>
          ) : null}
          {snapshot.fileName ? (
            <>
              <dt>{t("fileName")}</dt>
              <dd>
                <UserText text={snapshot.fileName} />
              </dd>
            </>
          ) : null}
          {snapshot.pages !== null ? (
            <>
              <dt>{t("pages")}</dt>
              <dd>{snapshot.pages}</dd>
            </>
          ) : null}
          {snapshot.httpStatus !== null ? (
            <>
              <dt>{t("status")}</dt>
              <dd>{snapshot.httpStatus}</dd>
            </>
          ) : null}
          {snapshot.contentType ? (
            <>
              <dt>{t("type")}</dt>
              <dd>{snapshot.contentType}</dd>
            </>
          ) : null}
          {snapshot.bodyBytes !== null ? (
            <>
              <dt>{t("size")}</dt>
              <dd>{t("bytes", { count: snapshot.bodyBytes })}</dd>
            </>
          ) : null}
          {snapshot.sha256 ? (
            <>
              <dt>{t("hash")}</dt>
              <dd>
                <code className="hash" data-testid="snapshot-sha256">
                  {snapshot.sha256}
                </code>
              </dd>
            </>
          ) : null}
          {snapshot.title ? (
            <>
              <dt>{t("pageTitle")}</dt>
              <dd>
                <UserText text={snapshot.title} />
              </dd>
            </>
          ) : null}
          {snapshot.error ? (
            <>
              <dt>{t("error")}</dt>
              <dd dir="auto">{translateServerMessage(snapshot.error, locale)}</dd>
            </>
          ) : null}
        </dl>
        {snapshot.excerptFound !== null ? (
          <p className="muted">{snapshot.excerptFound ? tState("excerptFound") : tState("excerptMissing")}</p>
        ) : null}
        {snapshot.origin === "ATTACHED" ? (
          <p>
            <a href={`/api/v1/snapshots/${snapshot.id}/file`} download data-testid="snapshot-download">
              {t("download")}
            </a>
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="snapshot-text-heading">
        <h2 id="snapshot-text-heading">{fetched ? t("text") : pasted ? t("pastedText") : t("attachedText")}</h2>
        {snapshot.truncated ? <p className="muted">{t("truncated")}</p> : null}
        {snapshot.text ? (
          <UserText as="div" className="snapshot-text" text={snapshot.text} />
        ) : snapshot.textState === "PENDING" ? (
          <p className="muted" role="status" data-testid="snapshot-text-pending">
            {t("textPending")}
            <RefreshWhilePending pending />
          </p>
        ) : snapshot.textState === "UNREADABLE" ? (
          <p className="warn" data-testid="snapshot-text-unreadable">
            {t("textUnreadable")}: <span dir="auto">{translateServerMessage(snapshot.textError ?? "", locale)}</span>
          </p>
        ) : (
          <p className="muted">{fetched ? t("noText") : t("noFileText")}</p>
        )}
      </section>
    </>
  );
}
