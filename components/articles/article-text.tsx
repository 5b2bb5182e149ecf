// The article body with each claim's anchored span marked. A mark carries its claim's permanent
// number (C4) as well as a colour and an underline, so the highlight does not rely on colour
// alone; the number links back to the claim in the list. Numbers are flagged data-label so the selection tool
// (add-claim-from-selection.tsx) can count offsets in the body's own text only.
import { Fragment } from "react";
import { claimLabel } from "@/lib/workflow/states";

interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  number: number;
}

export const ARTICLE_BODY_ID = "article-body";

export function ArticleText({ body, claims }: { body: string; claims: ClaimSpan[] }) {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  sorted.forEach((claim, index) => {
    if (claim.start < cursor) return; // overlapping spans (legacy data): the first one keeps the highlight
    pieces.push(<Fragment key={`t${index}`}>{body.slice(cursor, claim.start)}</Fragment>);
    const label = claimLabel(claim);
    pieces.push(
      <mark key={claim.id} id={`claim-${claim.id}`} className="claim" tabIndex={-1} data-claim={label}>
        {body.slice(claim.start, claim.end)}
        <a
          href={`#claim-item-${claim.id}`}
          className="claim-label"
          data-label=""
          aria-label={`Claim ${label}: back to the claim list`}
        >
          [{label}]
        </a>
      </mark>,
    );
    cursor = claim.end;
  });
  pieces.push(<Fragment key="tail">{body.slice(cursor)}</Fragment>);
  return (
    <div id={ARTICLE_BODY_ID} className="article-body">
      {pieces}
    </div>
  );
}
