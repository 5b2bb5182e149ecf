"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import { addClaimAction } from "@/app/articles/[id]/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { claimLabel } from "@/lib/workflow/states";
import { UserText } from "../user-text";
import { ARTICLE_BODY_ID } from "./article-text";
import { useCurationNotice } from "./curation-notice";
import { currentBodySelection, type BodySelection } from "./selection";

const preview = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Where the floating tool goes: under the selection's last line, kept inside its container. */
interface Place {
  top: number;
  /** Centre of the selection's last line, in the container's coordinates. */
  centre: number;
}

const GAP_PX = 8;

/**
 * "Add claim from selection", next to the selection wherever it is in the article text (rendered
 * inside the text's card, which is its positioning box, so it scrolls with the text and stays
 * within the page's width on a phone). It tracks the last selection made in the body: a click on
 * the button may move the browser's selection elsewhere. An error stays beside the selection; a
 * success goes to the page's one curation notice.
 */
export function AddClaimFromSelection({ articleId, language }: { articleId: string; language: string }) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const { show, owner, act } = useCurationNotice();
  const boxRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const [left, setLeft] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    function track() {
      const root = document.getElementById(ARTICLE_BODY_ID);
      const host = boxRef.current?.offsetParent ?? root?.parentElement;
      if (!root || !host) return;
      const current = currentBodySelection(root);
      if (current === "outside") return;
      setSelection(current);
      setError(null);
      const range = current ? document.getSelection()?.getRangeAt(0) : null;
      const rects = range ? [...range.getClientRects()].filter((rect) => rect.width > 0) : [];
      const last = rects.at(-1);
      if (!last) return setPlace(null);
      const hostRect = host.getBoundingClientRect();
      setPlace({ top: last.bottom - hostRect.top + GAP_PX, centre: (last.left + last.right) / 2 - hostRect.left });
    }
    document.addEventListener("selectionchange", track);
    return () => document.removeEventListener("selectionchange", track);
  }, []);

  // Once another claim's controls are in use, an error about this selection is stale.
  const shownError = owner === "selection" ? error : null;

  // Centred under the selection, clamped to the container (the box's width is known once drawn).
  useLayoutEffect(() => {
    const box = boxRef.current;
    const host = box?.offsetParent as HTMLElement | null | undefined;
    if (!box || !host || !place) return;
    const max = Math.max(0, host.clientWidth - box.offsetWidth);
    setLeft(Math.min(max, Math.max(0, place.centre - box.offsetWidth / 2)));
  }, [place, selection, shownError]);

  function add() {
    if (!selection) return;
    setError(null);
    act("selection");
    startTransition(async () => {
      const outcome = await addClaimAction(articleId, selection);
      if (outcome.ok) {
        show({ kind: "success", text: t("claimAdded", { label: claimLabel(outcome.data) }) });
        setSelection(null);
        setPlace(null);
        document.getSelection()?.removeAllRanges();
      } else {
        setError(translateServerMessage(outcome.message, locale));
      }
    });
  }

  const visible = place !== null && (selection !== null || shownError !== null);
  return (
    <div
      ref={boxRef}
      className="selection-float"
      hidden={!visible}
      style={visible ? { top: place.top, left } : undefined}
      data-testid="selection-tool"
    >
      {selection ? (
        <>
          <button type="button" onClick={add} disabled={pending}>
            {pending ? t("adding") : t("addFromSelection")}
          </button>
          <p className="muted small selection-preview">
            {t.rich("selected", { quote: () => <UserText text={preview(selection.text)} lang={language} /> })}
          </p>
        </>
      ) : null}
      {shownError ? (
        <p className="form-error" role="alert">
          {shownError}
        </p>
      ) : null}
    </div>
  );
}
