// The article body with each claim marked in its status colour, pattern and symbol, plus its number.
import { Fragment, type ReactNode } from "react";
import { STATUS_CUES, type DashboardStatus } from "./status-cue";

interface Span {
  id: string;
  start: number;
  end: number;
  ordinal: number;
  status: DashboardStatus;
}

export function HighlightedText({ body, claims }: { body: string; claims: Span[] }) {
  const pieces: ReactNode[] = [];
  let cursor = 0;
  [...claims]
    .sort((a, b) => a.start - b.start)
    .forEach((claim, index) => {
      if (claim.start < cursor) return; // overlapping spans: the first keeps the highlight
      pieces.push(<Fragment key={`t${index}`}>{body.slice(cursor, claim.start)}</Fragment>);
      const cue = STATUS_CUES[claim.status];
      pieces.push(
        <mark key={claim.id} id={`dash-claim-${claim.id}`} className={`dash-claim hl-${claim.status}`}>
          <span className="visually-hidden">{`Claim ${claim.ordinal + 1}, ${cue.label}: `}</span>
          {body.slice(claim.start, claim.end)}
          <sup aria-hidden="true">
            {cue.symbol}
            {claim.ordinal + 1}
          </sup>
        </mark>,
      );
      cursor = claim.end;
    });
  pieces.push(<Fragment key="tail">{body.slice(cursor)}</Fragment>);
  return <div className="article-body">{pieces}</div>;
}
