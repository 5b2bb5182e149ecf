"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { removeEvidenceAction } from "@/app/claims/[id]/actions";
import { CALENDAR_DAY_ZONE, formatDate } from "@/components/format";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { EvidenceForm } from "./evidence-form";
import { RefreshWhilePending } from "./refresh-while-pending";
import { SourceContentForm } from "./source-content-form";
import { SourceSnapshot } from "./source-snapshot";
import { isConflict, type EvidenceItem, type Submit } from "./types";

export function EvidenceList({
  claimId,
  evidence,
  canWrite,
  submit,
  timeZone,
}: {
  claimId: string;
  evidence: EvidenceItem[];
  canWrite: boolean;
  submit: Submit;
  /** The reader's zone, for removal times (publication and access dates are calendar days). */
  timeZone: string;
}) {
  const t = useTranslations("evidence");
  const tStance = useTranslations("stances");
  const tPage = useTranslations("claimPage");
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (evidence.length === 0) return <p className="muted">{t("none")}</p>;
  const day = (iso: string | null) => formatDate(iso, CALENDAR_DAY_ZONE, locale);

  function remove(item: EvidenceItem) {
    setError(null);
    startTransition(async () => {
      await submit({
        label: t("changeRemove", { title: item.title }),
        run: (version) => removeEvidenceAction(item.id, version),
        settle: (result) => setError(result.ok || isConflict(result) ? null : result.message),
      });
    });
  }

  // A source just added has its snapshot taken in the background: show it when it lands.
  const snapshotPending = evidence.some((item) => !item.removedAt && item.link.state === "PENDING");
  return (
    <>
      <RefreshWhilePending pending={snapshotPending} />
      {error ? (
        <p className="form-error" role="alert">
          {translateServerMessage(error, locale)}
        </p>
      ) : null}
      <ul className="evidence-list" aria-label={t("listLabel")}>
        {evidence.map((item) => (
          <li key={item.id} className={item.removedAt ? "removed" : undefined} data-testid="evidence-item">
            <div>
              <span className={`stance stance-${item.stance}`}>{tStance(item.stance)}</span>{" "}
              {item.removedAt ? (
                <del>
                  <UserText text={item.title} />
                </del>
              ) : (
                <a href={item.url} rel="noreferrer noopener" target="_blank">
                  <UserText text={item.title} />
                </a>
              )}
              <span className="muted">
                {" "}
                · {item.publisher ? <UserText text={item.publisher} /> : t("unknownPublisher")} ·{" "}
                {t("published", { date: day(item.publishedAt) })} · {t("accessed", { date: day(item.accessedAt) })} ·{" "}
                {t.rich("addedBy", { name: () => <UserText text={item.addedBy} /> })}
              </span>
            </div>
            <UserText as="div" className="muted url" text={item.url} />
            {item.removedAt ? null : <SourceSnapshot link={item.link} title={item.title} timeZone={timeZone} />}
            {item.excerpt ? <UserText as="blockquote" text={item.excerpt} /> : null}
            {item.note ? <UserText as="p" className="note" text={item.note} /> : null}
            {item.removedAt ? (
              <p className="muted">
                {t.rich("removed", {
                  date: formatDate(item.removedAt, timeZone, locale),
                  name: () => (item.removedBy ? <UserText text={item.removedBy} /> : tPage("someone")),
                })}
              </p>
            ) : canWrite ? (
              editing === item.id ? (
                <EvidenceForm claimId={claimId} editing={item} submit={submit} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="inline-form">
                    <button type="button" className="secondary" onClick={() => setEditing(item.id)}>
                      {t("edit")}
                      <span className="visually-hidden">
                        {" "}
                        <UserText text={item.title} />
                      </span>
                    </button>
                    <button type="button" className="danger" disabled={pending} onClick={() => remove(item)}>
                      {t("remove")}
                      <span className="visually-hidden">
                        {" "}
                        <UserText text={item.title} />
                      </span>
                    </button>
                  </div>
                  <SourceContentForm evidenceId={item.id} title={item.title} />
                </>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
