"use client";
// A client component for the page's weight, not for interaction: its props (the body once and
// each claim's id, offsets and number) are what travels in the RSC payload, where a server
// component's output would travel as an element tree of every mark, its label and link.
// The article body with each claim's anchored span marked. A mark carries its claim's permanent
// number (C4) as well as a colour and an underline, so the highlight does not rely on colour
// alone; the number links back to the claim in the list. Numbers are flagged data-label so the selection tool
// (add-claim-from-selection.tsx) can count offsets in the body's own text only.
// The body is shown in its own language and direction (lang, dir="rtl" for Arabic). A directional
// control character inside it (U+202E can make "10 killed" read "dellik 01") stays in the DOM,
// so offsets still count it, but isolated so it cannot re-order its neighbours, and followed by a
// visible marker that is a label (not body text) for the selection tool.
import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { splitBidiControls } from "@/lib/i18n/bidi-controls";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { claimLabel } from "@/lib/workflow/states";
import { BidiControlMarker } from "../user-text";
import { itemsToDraw, useHydrated } from "./first-render";
import { messageTemplate } from "./message-template";

interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  number: number;
}

export const ARTICLE_BODY_ID = "article-body";

/** A run of body text, each directional control in it made inert and visible. */
export function BodyRun({ text }: { text: string }) {
  return splitBidiControls(text).map((piece, index) =>
    piece.kind === "text" ? (
      <Fragment key={index}>{piece.text}</Fragment>
    ) : (
      <Fragment key={index}>
        {/* Isolated: the control applies to nothing but itself. Styled inline, not by class, so no stylesheet can drop it. */}
        <span className="bidi-inert" style={{ unicodeBidi: "isolate" }}>
          {piece.control.char}
        </span>
        <BidiControlMarker control={piece.control} label />
      </Fragment>
    ),
  );
}

export function ArticleText({ body, claims, language }: { body: string; claims: ClaimSpan[]; language: string }) {
  const t = useTranslations("articlePage");
  // Formatted once for the page's hundreds of marks (message-template.ts).
  const claimLink = messageTemplate((label) => t("claimLink", { label }));
  // The server marks the first claims only, as it draws the list's first cards; the rest of the
  // text is one run until the browser, once hydrated, marks every claim (first-render.ts).
  const { drawn } = itemsToDraw(
    [...claims].sort((a, b) => a.start - b.start || a.end - b.end),
    useHydrated(),
  );
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  drawn.forEach((claim, index) => {
    if (claim.start < cursor) return; // overlapping spans (legacy data): the first one keeps the highlight
    pieces.push(<BodyRun key={`t${index}`} text={body.slice(cursor, claim.start)} />);
    const label = claimLabel(claim);
    pieces.push(
      <mark key={claim.id} id={`claim-${claim.id}`} className="claim" tabIndex={-1} data-claim={label}>
        <BodyRun text={body.slice(claim.start, claim.end)} />
        {/* dir="ltr" isolates the Latin label, so "[C4]" reads the same inside Arabic text. */}
        <a
          href={`#claim-item-${claim.id}`}
          className="claim-label"
          data-label=""
          dir="ltr"
          aria-label={claimLink(label)}
        >
          [{label}]
        </a>
      </mark>,
    );
    cursor = claim.end;
  });
  pieces.push(<BodyRun key="tail" text={body.slice(cursor)} />);
  return (
    <div id={ARTICLE_BODY_ID} className="article-body" lang={language} dir={directionOfLanguage(language)}>
      {pieces}
    </div>
  );
}
