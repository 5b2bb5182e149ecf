"use client";
import { useEffect, useState, useTransition } from "react";
import { addClaimAction } from "@/app/articles/[id]/actions";
import { claimLabel } from "@/lib/workflow/states";
import { ARTICLE_BODY_ID } from "./article-text";
import { currentBodySelection, type BodySelection } from "./selection";

const preview = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

/**
 * Tracks the last selection made inside the article text (a click on this button may move the
 * browser's selection elsewhere) and adds it as a claim.
 */
export function AddClaimFromSelection({ articleId }: { articleId: string }) {
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    function track() {
      const root = document.getElementById(ARTICLE_BODY_ID);
      if (!root) return;
      const current = currentBodySelection(root);
      if (current !== "outside") setSelection(current);
    }
    document.addEventListener("selectionchange", track);
    return () => document.removeEventListener("selectionchange", track);
  }, []);

  function add() {
    if (!selection) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await addClaimAction(articleId, selection);
      if (outcome.ok) {
        setResult({ ok: true, text: `Claim added. It is ${claimLabel(outcome.data)}.` });
        setSelection(null);
        document.getSelection()?.removeAllRanges();
      } else {
        setResult({ ok: false, text: outcome.message });
      }
    });
  }

  return (
    <div className="selection-tool">
      <button type="button" className="secondary" onClick={add} disabled={!selection || pending}>
        {pending ? "Adding…" : "Add claim from selection"}
      </button>
      <p className="muted selection-preview" aria-live="polite">
        {selection ? <>Selected: “{preview(selection.text)}”</> : "Select text in the article to add it as a claim."}
      </p>
      {result ? (
        <p className={result.ok ? "form-success" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
