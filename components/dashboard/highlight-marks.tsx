"use client";
// The dashboard's article text with its claims marked (highlighted-text.tsx gives it the words).
// A client component for the page's weight, not for interaction, as the article page's text is:
// its props (the body once, each claim's id, offsets, number and status, four labels) are what
// travels in the RSC payload, where a server component's output travelled as an element tree of
// every mark, its hidden label and its marker, about three times the size (docs/performance.md,
// sixth pass).
import { Fragment, type ReactNode } from "react";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { claimLabel, type ClaimStatus } from "@/lib/workflow/states";
import { itemsToDraw, useHydrated } from "../articles/first-render";
import { fillTemplate } from "../articles/message-template";
import { STATUS_SYMBOLS, highlightClass } from "./status-cue";

export interface MarkedSpan {
  id: string;
  start: number;
  end: number;
  number: number;
  status: ClaimStatus;
}

export function HighlightMarks({
  body,
  claims,
  labels,
  locale,
  lang,
  dir,
}: {
  body: string;
  claims: MarkedSpan[];
  /** Per status, what a screen reader hears before a mark ("Claim {label}, Corroborated: "), the label a template slot. */
  labels: Record<ClaimStatus, string>;
  /** The interface language, which the hidden labels are in. */
  locale: string;
  lang: string | undefined;
  dir: "ltr" | "rtl" | "auto";
}) {
  // Offsets index the stored body; directional controls in it are shown as inert markers once
  // each piece is cut, so they can neither move the offsets nor re-order the text around them.
  const shown = (start: number, end?: number) => revealBidiControls(body.slice(start, end));
  const pieces: ReactNode[] = [];
  let cursor = 0;
  // The server marks the first claims only; the browser, once hydrated, marks every claim
  // (components/articles/first-render.ts).
  const { drawn } = itemsToDraw(
    [...claims].sort((a, b) => a.start - b.start),
    useHydrated(),
  );
  drawn.forEach((claim, index) => {
    if (claim.start < cursor) return; // overlapping spans: the first keeps the highlight
    pieces.push(<Fragment key={`t${index}`}>{shown(cursor, claim.start)}</Fragment>);
    const label = claimLabel(claim);
    pieces.push(
      <mark key={claim.id} id={`dash-claim-${claim.id}`} className={highlightClass(claim.status)}>
        <span className="visually-hidden" lang={locale}>
          {fillTemplate(labels[claim.status], label)}
        </span>
        {shown(claim.start, claim.end)}
        {/* The marker is interface text (C4 ✓): its own direction, whatever the article's. */}
        <sup aria-hidden="true" dir="ltr">
          {STATUS_SYMBOLS[claim.status]}
          {label}
        </sup>
      </mark>,
    );
    cursor = claim.end;
  });
  pieces.push(<Fragment key="tail">{shown(cursor)}</Fragment>);
  return (
    <div className="article-body" lang={lang} dir={dir}>
      {pieces}
    </div>
  );
}
