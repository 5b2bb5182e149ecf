"use client";
// Finalize and reopen, each in two steps. Finalizing first says what is unfinished (claims
// without a verdict, open assignments) and the confirm button names those counts, which are sent
// along: if the article changed meanwhile, the server refuses and this shows the new counts.
// The sentences are written here from the counts, in the reader's language (the server's English
// finalizeConfirmation says the same in English).
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { finalizeAction, reopenAction } from "@/app/articles/[id]/dashboard/actions";
import type { FinalizePreview } from "@/lib/articles/finalize";
import { translateServerMessage } from "@/lib/i18n/server-messages";

const unfinished = (preview: FinalizePreview) => preview.pending > 0 || preview.openAssignments > 0;

const counts = (preview: FinalizePreview) => ({ pending: preview.pending, open: preview.openAssignments });

type Outcome = { ok: boolean; text: string };

export function FinalizeButton({
  articleId,
  finalized,
  preview,
  confirmation,
}: {
  articleId: string;
  finalized: boolean;
  /** What finalizing would leave unfinished (null once finalized). */
  preview: FinalizePreview | null;
  /** finalizeConfirmation(preview): only whether there is one counts, the sentence is written from the preview. */
  confirmation: string | null;
}) {
  const t = useTranslations("finalize");
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  // The counts a refused finalize came back with; they replace the page's until the next success.
  const [refreshed, setRefreshed] = useState<FinalizePreview | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const current = refreshed ?? (preview && confirmation ? preview : null);

  const confirmationText = (counted: FinalizePreview) =>
    unfinished(counted) ? t("confirmUnfinished", counts(counted)) : t("confirmAll");
  const confirmLabel = (counted: FinalizePreview) =>
    unfinished(counted) ? t("finalizeWith", counts(counted)) : t("finalizeArticle");

  function start() {
    setOutcome(null);
    setConfirming(true);
  }

  function cancel() {
    setConfirming(false);
    setOutcome(null);
  }

  function finalize(counts: FinalizePreview) {
    setOutcome(null);
    startTransition(async () => {
      const result = await finalizeAction(articleId, {
        confirmPending: counts.pending,
        confirmOpenAssignments: counts.openAssignments,
      });
      if (result.ok) {
        const cancelled = result.data.cancelledAssignments;
        setConfirming(false);
        setRefreshed(null);
        setOutcome({ ok: true, text: cancelled ? t("finalizedCancelled", { count: cancelled }) : t("finalized") });
        return;
      }
      if ("preview" in result) {
        // The counts changed since the page was drawn: the new question, in the reader's language.
        setRefreshed(result.preview);
        setOutcome({ ok: false, text: t("changed", { confirmation: confirmationText(result.preview) }) });
        return;
      }
      setOutcome({ ok: false, text: translateServerMessage(result.message, locale) });
    });
  }

  function reopen() {
    setOutcome(null);
    startTransition(async () => {
      const result = await reopenAction(articleId);
      if (!result.ok) return setOutcome({ ok: false, text: translateServerMessage(result.message, locale) });
      const restored = result.data.restoredAssignments;
      setConfirming(false);
      setOutcome({ ok: true, text: restored ? t("reopenedRestored", { count: restored }) : t("reopened") });
    });
  }

  const message = outcome ? (
    <p className={outcome.ok ? "form-success" : "form-error"} role={outcome.ok ? "status" : "alert"}>
      {outcome.text}
    </p>
  ) : null;

  if (finalized) {
    return (
      <div className="finalize-control">
        {confirming ? (
          <div className="inline-form confirm">
            <span>{t("reopenQuestion")}</span>
            <button type="button" disabled={pending} onClick={reopen}>
              {pending ? t("reopening") : t("yesReopen")}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={cancel}>
              {t("cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className="secondary" onClick={start}>
            {t("reopenArticle")}
          </button>
        )}
        {message}
      </div>
    );
  }

  return (
    <div className="finalize-control">
      {confirming && current ? (
        <div className="stack confirm" data-testid="finalize-confirm">
          <p>{confirmationText(current)}</p>
          <div className="inline-form">
            <button type="button" disabled={pending} onClick={() => finalize(current)}>
              {pending ? t("finalizing") : confirmLabel(current)}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={cancel}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={start} disabled={!current}>
          {t("start")}
        </button>
      )}
      {message}
    </div>
  );
}
