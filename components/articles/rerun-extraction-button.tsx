"use client";
import { useState, useTransition } from "react";
import { rerunExtractionAction } from "@/app/articles/[id]/actions";

export function RerunExtractionButton({ articleId }: { articleId: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function rerun() {
    setMessage(null);
    startTransition(async () => {
      const result = await rerunExtractionAction(articleId);
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      const { found, added, refreshed, kept } = result.data;
      setMessage({
        ok: true,
        text: `Extraction found ${found} claims: ${added} added, ${kept} already there${refreshed ? ` (${refreshed} rescored)` : ""}.`,
      });
    });
  }

  return (
    <div className="selection-tool">
      <button type="button" className="secondary" onClick={rerun} disabled={pending}>
        {pending ? "Extracting…" : "Re-run extraction"}
      </button>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
