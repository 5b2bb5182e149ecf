// The article body with each claim marked in its status colour, pattern and symbol, plus its
// permanent number (C4). The body keeps the article's own language and direction (an Arabic
// article reads right to left inside an English dashboard), isolated from the page around it.
import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { claimLabel, type ClaimStatus } from "@/lib/workflow/states";
import { STATUS_SYMBOLS, highlightClass } from "./status-cue";

interface Span {
  id: string;
  start: number;
  end: number;
  number: number;
  status: ClaimStatus;
}

export function HighlightedText({
  body,
  claims,
  language,
}: {
  body: string;
  claims: Span[];
  /** The article's language (BCP 47); without it the browser finds the direction from the text. */
  language?: string | null;
}) {
  const t = useTranslations();
  const locale = useLocale();
  // Offsets index the stored body; directional controls in it are shown as inert markers once
  // each piece is cut, so they can neither move the offsets nor re-order the text around them.
  const shown = (start: number, end?: number) => revealBidiControls(body.slice(start, end));
  const pieces: ReactNode[] = [];
  let cursor = 0;
  [...claims]
    .sort((a, b) => a.start - b.start)
    .forEach((claim, index) => {
      if (claim.start < cursor) return; // overlapping spans: the first keeps the highlight
      pieces.push(<Fragment key={`t${index}`}>{shown(cursor, claim.start)}</Fragment>);
      const label = claimLabel(claim);
      pieces.push(
        <mark key={claim.id} id={`dash-claim-${claim.id}`} className={highlightClass(claim.status)}>
          <span className="visually-hidden" lang={locale}>
            {t("highlight.claim", { label, status: t(`statuses.${claim.status}`) })}
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
    <div
      className="article-body"
      lang={language ?? undefined}
      dir={language ? directionOfLanguage(language) : "auto"}
    >
      {pieces}
    </div>
  );
}
