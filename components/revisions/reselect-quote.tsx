"use client";
// Re-selecting a claim's quote in the current text (a "needs re-check" claim, or an orphan to
// anchor again): the editor selects words in the text, then confirms. Offsets are worked out as
// the article page's "add a claim from a selection" does (components/articles/selection.ts).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { resolveAnchorAction } from "@/app/articles/[id]/revisions/actions";
import { currentBodySelection, type BodySelection } from "@/components/articles/selection";
import { InertControls } from "@/components/user-text";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { FormMessage, type FormOutcome } from "../form-message";

export function ReselectQuote({
  articleId,
  claimId,
  version,
  body,
  language,
}: {
  articleId: string;
  claimId: string;
  version: number;
  body: string;
  language: string;
}) {
  const t = useTranslations("revisions");
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  function readSelection() {
    if (!textRef.current) return;
    const found = currentBodySelection(textRef.current);
    if (found && found !== "outside") setSelection(found);
  }

  async function confirm() {
    if (!selection) {
      setMessage({ kind: "error", text: t("selectFirst") });
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await resolveAnchorAction(claimId, { resolution: "reselected", version, ...selection });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.fields?.text?.[0] ?? result.message });
      return;
    }
    router.push(`/articles/${articleId}/revisions`);
  }

  return (
    <>
      <div
        ref={textRef}
        className="card article-body reselect-text"
        lang={language}
        dir={directionOfLanguage(language)}
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        onTouchEnd={readSelection}
        data-testid="reselect-text"
        role="region"
        tabIndex={0}
        aria-label={t("currentText")}
      >
        <InertControls text={body} />
      </div>
      <div className="reselect-bar">
        {selection ? (
          <p className="small" role="status">
            {t("selected", { text: selection.text.length > 120 ? `${selection.text.slice(0, 120)}…` : selection.text })}
          </p>
        ) : null}
        <FormMessage message={message} />
        <button type="button" onClick={confirm} disabled={busy}>
          {t("useSelection")}
        </button>
      </div>
    </>
  );
}
