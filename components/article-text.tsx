// The article body with each claim's anchored span marked. Marks carry a number as well as a
// colour, so the highlight does not rely on colour alone.
import { Fragment } from "react";

interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  ordinal: number;
}

export function ArticleText({ body, claims }: { body: string; claims: ClaimSpan[] }) {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  sorted.forEach((claim, index) => {
    if (claim.start < cursor) return; // overlapping spans: the first one wins the highlight
    pieces.push(<Fragment key={`t${index}`}>{body.slice(cursor, claim.start)}</Fragment>);
    pieces.push(
      <mark key={claim.id} id={`claim-${claim.id}`} className="claim">
        {body.slice(claim.start, claim.end)}
        <sup aria-label={`claim ${claim.ordinal + 1}`}>[{claim.ordinal + 1}]</sup>
      </mark>,
    );
    cursor = claim.end;
  });
  pieces.push(<Fragment key="tail">{body.slice(cursor)}</Fragment>);
  return <div className="article-body">{pieces}</div>;
}
