"use client";
// Split by pointing: the editor clicks (or taps, or selects) the place in the claim's quote where
// the second part should start, sees the two parts, and confirms. The place snaps to the nearest
// word start (snapSplitPoint, the same rule the server applies), worked out for this one claim
// only when the editor opens the picker. Keyboard: the quote is a slider over the word starts
// (arrows follow the text's direction, Home/End).
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { snapSplitPoint, splitOffsets, splitSpan } from "@/lib/claims/spans";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { claimLabel } from "@/lib/workflow/states";
import { UserText } from "../user-text";
import { BodyRun } from "./article-text";
import { bodyOffset } from "./selection";

interface Props {
  claim: { id: string; number: number; quote: string; start: number };
  language: string;
  pending: boolean;
  /** `at` is an offset into the article body (the claim's start plus the place in its quote). */
  onSplit: (at: number) => void;
  onCancel: () => void;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a pointer (Chromium, Firefox and Safari each have one of the two). */
function caretFromPoint(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function SplitPicker({ claim, language, pending, onSplit, onCancel }: Props) {
  const t = useTranslations("curation");
  const quoteRef = useRef<HTMLSpanElement>(null);
  const whole = useMemo(() => ({ start: 0, end: claim.quote.length }), [claim.quote]);
  const offsets = useMemo(() => splitOffsets(claim.quote, whole), [claim.quote, whole]);
  /** The chosen place, relative to the quote; null until the editor points at one. */
  const [at, setAt] = useState<number | null>(null);
  const parts = at === null ? null : splitSpan(claim.quote, whole, at);
  const direction = directionOfLanguage(language);
  const label = claimLabel(claim);
  const index = at === null ? -1 : offsets.indexOf(at);

  function choose(relative: number) {
    const snapped = snapSplitPoint(claim.quote, whole, relative);
    if (snapped !== null) setAt(snapped);
  }

  function pointAt(event: MouseEvent<HTMLSpanElement>) {
    const root = quoteRef.current;
    if (!root) return;
    // A selection made by dragging: the place is where it starts (or ends, when it starts at the
    // very beginning, as when the editor selects the first part).
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && selection.rangeCount) {
      const range = selection.getRangeAt(0);
      if (root.contains(range.startContainer) && root.contains(range.endContainer)) {
        const from = bodyOffset(root, range.startContainer, range.startOffset);
        const to = bodyOffset(root, range.endContainer, range.endOffset);
        choose(claim.quote.slice(0, from).trim() ? from : to);
        return;
      }
    }
    const caret = caretFromPoint(event.clientX, event.clientY);
    if (caret && root.contains(caret.node)) choose(bodyOffset(root, caret.node, caret.offset));
  }

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    if (!offsets.length) return;
    const forward = direction === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = direction === "rtl" ? "ArrowRight" : "ArrowLeft";
    let next: number | null = null;
    if (event.key === forward || event.key === "ArrowDown")
      next = index < 0 ? 0 : Math.min(offsets.length - 1, index + 1);
    else if (event.key === backward || event.key === "ArrowUp")
      next = index < 0 ? offsets.length - 1 : Math.max(0, index - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = offsets.length - 1;
    else if (event.key === "Enter" && at !== null) {
      event.preventDefault();
      onSplit(claim.start + at);
      return;
    } else if (event.key === "Escape") {
      onCancel();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setAt(offsets[next]);
  }

  const valueText = parts
    ? t("splitValue", {
        first: claim.quote.slice(parts[0].start, parts[0].end),
        second: claim.quote.slice(parts[1].start, parts[1].end),
      })
    : t("splitNoPlace");
  const hintId = `split-hint-${claim.id}`;
  if (!offsets.length) {
    return (
      <div className="stack claim-form split-picker">
        <p className="muted small">{t("splitNone", { label })}</p>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    );
  }
  return (
    <div className="stack claim-form split-picker">
      <p className="muted small" id={hintId}>
        {t("splitHint")}
      </p>
      <span
        ref={quoteRef}
        className="split-quote"
        role="slider"
        tabIndex={0}
        aria-label={t("splitPlace", { label })}
        aria-describedby={hintId}
        aria-valuemin={0}
        aria-valuemax={offsets.length}
        aria-valuenow={index + 1}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        lang={language}
        dir={direction}
        data-testid={`split-quote-${claim.number}`}
        onMouseUp={pointAt}
        onKeyDown={onKeyDown}
      >
        {at === null ? (
          <BodyRun text={claim.quote} />
        ) : (
          <>
            <BodyRun text={claim.quote.slice(0, at)} />
            <span className="split-mark" data-label="" aria-hidden="true" />
            <BodyRun text={claim.quote.slice(at)} />
          </>
        )}
      </span>
      {parts ? (
        <ol className="split-preview" aria-label={t("splitPreview")} aria-live="polite">
          <li>
            <strong>{label}</strong> <UserText text={claim.quote.slice(parts[0].start, parts[0].end)} lang={language} />
          </li>
          <li>
            <strong>{t("splitNewPart")}</strong>{" "}
            <UserText text={claim.quote.slice(parts[1].start, parts[1].end)} lang={language} />
          </li>
        </ol>
      ) : null}
      <div className="inline-form">
        <button
          type="button"
          disabled={pending || at === null}
          onClick={() => at !== null && onSplit(claim.start + at)}
        >
          {pending ? t("splitting") : t("splitHere")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
