"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { addClaimAction } from "@/app/articles/[id]/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { claimLabel } from "@/lib/workflow/states";
import { UserText } from "../user-text";
import { ARTICLE_BODY_ID } from "./article-text";
import { currentBodySelection, type BodySelection } from "./selection";

const preview = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

/**
 * Tracks the last selection made inside the article text (a click on this button may move the
 * browser's selection elsewhere) and adds it as a claim.
 */
export function AddClaimFromSelection({ articleId, language }: { articleId: string; language: string }) {
  const t = useTranslations("curation");
  const locale = useLocale();
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
        setResult({ ok: true, text: t("claimAdded", { label: claimLabel(outcome.data) }) });
        setSelection(null);
        document.getSelection()?.removeAllRanges();
      } else {
        setResult({ ok: false, text: translateServerMessage(outcome.message, locale) });
      }
    });
  }

  return (
    <div className="selection-tool">
      <button type="button" className="secondary" onClick={add} disabled={!selection || pending}>
        {pending ? t("adding") : t("addFromSelection")}
      </button>
      <p className="muted selection-preview" aria-live="polite">
        {selection
          ? t.rich("selected", { quote: () => <UserText text={preview(selection.text)} lang={language} /> })
          : t("selectHint")}
      </p>
      {result ? (
        <p className={result.ok ? "form-success" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
