"use client";
// Finalize and reopen, each in two steps. Finalizing first says what is unfinished (claims
// without a verdict, open assignments) and the confirm button names those counts, which are sent
// along: if the article changed meanwhile, the server refuses and this shows the new counts.
import { useState, useTransition } from "react";
import { finalizeAction, reopenAction } from "@/app/articles/[id]/dashboard/actions";
import type { FinalizePreview } from "@/lib/articles/finalize";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const unfinished = (preview: FinalizePreview) => preview.pending > 0 || preview.openAssignments > 0;

function confirmLabel(preview: FinalizePreview): string {
  if (!unfinished(preview)) return "Finalize article";
  return `Finalize with ${plural(preview.pending, "claim")} without a verdict and ${plural(preview.openAssignments, "open assignment")}`;
}

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
  /** finalizeConfirmation(preview), the sentence the editor confirms. */
  confirmation: string | null;
}) {
  const [confirming, setConfirming] = useState(false);
  // The counts a refused finalize came back with; they replace the page's until the next success.
  const [refreshed, setRefreshed] = useState<{ preview: FinalizePreview; confirmation: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const current = refreshed ?? (preview && confirmation ? { preview, confirmation } : null);

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
        setOutcome({
          ok: true,
          text: cancelled
            ? `Finalized. ${plural(cancelled, "open assignment")} ${cancelled === 1 ? "was" : "were"} cancelled.`
            : "Finalized.",
        });
        return;
      }
      if ("preview" in result) setRefreshed({ preview: result.preview, confirmation: result.confirmation });
      setOutcome({ ok: false, text: result.message });
    });
  }

  function reopen() {
    setOutcome(null);
    startTransition(async () => {
      const result = await reopenAction(articleId);
      if (!result.ok) return setOutcome({ ok: false, text: result.message });
      const restored = result.data.restoredAssignments;
      setConfirming(false);
      setOutcome({
        ok: true,
        text: restored
          ? `Reopened. ${plural(restored, "assignment")} ${restored === 1 ? "was" : "were"} given back to ${restored === 1 ? "its reviewer" : "their reviewers"}.`
          : "Reopened.",
      });
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
            <span>
              Reopen this article? Reviewers can change verdicts again; assignments cancelled when it was finalized come
              back for claims still not yet reviewed.
            </span>
            <button type="button" disabled={pending} onClick={reopen}>
              {pending ? "Reopening…" : "Yes, reopen"}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={cancel}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="secondary" onClick={start}>
            Reopen article
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
          <p>{current.confirmation}</p>
          <div className="inline-form">
            <button type="button" disabled={pending} onClick={() => finalize(current.preview)}>
              {pending ? "Finalizing…" : confirmLabel(current.preview)}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={start} disabled={!current}>
          Finalize…
        </button>
      )}
      {message}
    </div>
  );
}
