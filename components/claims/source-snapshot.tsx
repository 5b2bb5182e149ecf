"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/components/format";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { RefreshWhilePending } from "./refresh-while-pending";
import type { GivenContent, SourceLink } from "./types";

/**
 * What ClaimLedger kept of a source's page: its state ("Changed since cited", "Gone") and the latest
 * snapshot ("Snapshot 30 Nov 2026, 14:02 UTC · 200 · sha256 3f2a9c…"), with a link to the stored
 * text and whether the cited excerpt occurs in it.
 */
export function SourceSnapshot({ link, title, timeZone }: { link: SourceLink; title: string; timeZone: string }) {
  const t = useTranslations("snapshot");
  const locale = useLocale();
  const given = link.given.length ? <GivenContentList given={link.given} title={title} timeZone={timeZone} /> : null;
  if (link.state === "PENDING" && !link.latest) {
    return (
      <>
        <p className="snapshot muted" role="status" data-testid="snapshot-pending">
          {t("pending")}
        </p>
        {given}
      </>
    );
  }
  const latest = link.latest;
  return (
    <>
      <div className="snapshot" data-testid="snapshot" data-link-state={link.state}>
        <span className={`link-state link-${link.state}`}>{t(`states.${link.state}`)}</span>
        {latest ? (
          <>
            {" "}
            <span className="muted">
              {t("line", {
                date: formatDateTime(latest.fetchedAt, timeZone, locale),
                status: latest.httpStatus ?? t("noStatus"),
                hash: latest.sha256 ? `${latest.sha256.slice(0, 10)}…` : "—",
              })}
              {link.snapshots > 1 ? ` · ${t("count", { count: link.snapshots })}` : null}
            </span>{" "}
            <Link href={`/snapshots/${latest.id}`} aria-label={t("viewLabel", { title })}>
              {t("view")}
            </Link>
            {latest.excerptFound !== null ? (
              <span className={latest.excerptFound ? "muted" : "warn"}>
                {" "}
                {latest.excerptFound ? t("excerptFound") : t("excerptMissing")}
              </span>
            ) : null}
            {latest.error ? (
              <span className="muted" dir="auto">
                {" "}
                {translateServerMessage(latest.error, locale)}
              </span>
            ) : null}
          </>
        ) : null}
      </div>
      {given}
    </>
  );
}

/** "Pasted by Rita · 1 Dec 2026, 10:02 UTC · sha256 3f2a9c…" / "File attached by Rita: statement.pdf · …". */
function GivenContentList({ given, title, timeZone }: { given: GivenContent[]; title: string; timeZone: string }) {
  const t = useTranslations("snapshot");
  const locale = useLocale();
  // A document's text is read in the background: the page asks again until it is done.
  const reading = given.some((item) => item.textState === "PENDING");
  return (
    <ul className="given-content" data-testid="given-content">
      <RefreshWhilePending pending={reading} />
      {given.map((item) => {
        const who = item.providedBy ?? t("someone");
        return (
          <li key={item.id} data-origin={item.origin}>
            <span className="muted">
              {item.origin === "PASTED"
                ? t.rich("pastedBy", { name: () => <UserText text={who} /> })
                : t.rich("attachedBy", {
                    name: () => <UserText text={who} />,
                    file: () => <UserText text={item.fileName ?? ""} />,
                  })}
              {" · "}
              {t("givenLine", {
                date: formatDateTime(item.at, timeZone, locale),
                hash: item.sha256 ? `${item.sha256.slice(0, 10)}…` : "—",
              })}
            </span>{" "}
            {item.origin === "PASTED" ? (
              <Link href={`/snapshots/${item.id}`} aria-label={t("viewPastedLabel", { title })}>
                {t("viewPasted")}
              </Link>
            ) : (
              <>
                <Link href={`/snapshots/${item.id}`} aria-label={t("viewAttachedLabel", { title })}>
                  {t("viewAttached")}
                </Link>{" "}
                <a href={`/api/v1/snapshots/${item.id}/file`} download aria-label={t("downloadLabel", { title })}>
                  {t("download")}
                </a>
              </>
            )}
            {item.textState === "PENDING" ? (
              <span className="muted" role="status" data-testid="file-text-pending">
                {" "}
                {t("textPending")}
              </span>
            ) : null}
            {item.textState === "UNREADABLE" ? (
              <span className="warn" data-testid="file-text-unreadable">
                {" "}
                {t("textUnreadable")} <span dir="auto">{translateServerMessage(item.textError ?? "", locale)}</span>
              </span>
            ) : null}
            {item.excerptFound !== null ? (
              <span className={item.excerptFound ? "muted" : "warn"} data-testid="given-excerpt">
                {" "}
                {item.textState === "READ" ? `${t("textRead")} ` : null}
                {item.excerptFound ? t("excerptFound") : t("excerptMissing")}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
