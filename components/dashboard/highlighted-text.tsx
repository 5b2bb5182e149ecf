// The article body with each claim marked in its status colour, pattern and symbol, plus its
// permanent number (C4).
import { Fragment, type ReactNode } from "react";
import { STATUS_LABELS, claimLabel, type ClaimStatus } from "@/lib/workflow/states";
import { STATUS_SYMBOLS, highlightClass } from "./status-cue";

interface Span {
  id: string;
  start: number;
  end: number;
  number: number;
  status: ClaimStatus;
}

export function HighlightedText({ body, claims }: { body: string; claims: Span[] }) {
  const pieces: ReactNode[] = [];
  let cursor = 0;
  [...claims]
    .sort((a, b) => a.start - b.start)
    .forEach((claim, index) => {
      if (claim.start < cursor) return; // overlapping spans: the first keeps the highlight
      pieces.push(<Fragment key={`t${index}`}>{body.slice(cursor, claim.start)}</Fragment>);
      const label = claimLabel(claim);
      pieces.push(
        <mark key={claim.id} id={`dash-claim-${claim.id}`} className={highlightClass(claim.status)}>
          <span className="visually-hidden">{`Claim ${label}, ${STATUS_LABELS[claim.status]}: `}</span>
          {body.slice(claim.start, claim.end)}
          <sup aria-hidden="true">
            {STATUS_SYMBOLS[claim.status]}
            {label}
          </sup>
        </mark>,
      );
      cursor = claim.end;
    });
  pieces.push(<Fragment key="tail">{body.slice(cursor)}</Fragment>);
  return <div className="article-body">{pieces}</div>;
}
