"use client";
import { useState, useTransition } from "react";
import { finalizeAction, reopenAction } from "@/app/articles/[id]/dashboard/actions";

export function FinalizeButton({
  articleId,
  finalized,
  unverified,
}: {
  articleId: string;
  finalized: boolean;
  unverified: number;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run() {
    const question = finalized
      ? "Reopen this article? Reviewers can change verdicts again."
      : `Finalize this article? Verdicts are locked until an editor reopens it.${unverified ? ` ${unverified} claim(s) are still unverified.` : ""}`;
    if (!window.confirm(question)) return;
    setError(null);
    startTransition(async () => {
      const result = await (finalized ? reopenAction(articleId) : finalizeAction(articleId));
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <span className="inline-form">
      <button type="button" className={finalized ? "secondary" : undefined} disabled={pending} onClick={run}>
        {pending ? (finalized ? "Reopening…" : "Finalizing…") : finalized ? "Reopen article" : "Finalize article"}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
