// The claims beside the article text, named by their permanent number (C4) and claimant. Each
// links to its highlight (and the highlight's number links back here). Editors also see score,
// reasons and the curation controls.
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { CuratedClaim } from "@/lib/review/article-page";
import { claimLabel } from "@/lib/workflow/states";
import { ClaimControls } from "./claim-controls";

export function ClaimList({ claims, canCurate }: { claims: CuratedClaim[]; canCurate: boolean }) {
  if (claims.length === 0) return <p className="card empty">No claims in this article yet.</p>;
  return (
    <ol className="claim-list">
      {claims.map((claim, index) => {
        const label = claimLabel(claim);
        const next = claims[index + 1];
        return (
          <li key={claim.id} id={`claim-item-${claim.id}`} tabIndex={-1} data-testid={`claim-item-${claim.number}`}>
            <div className="claim-head">
              <a href={`#claim-${claim.id}`} aria-label={`Claim ${label}: show in the text`}>
                {label}
              </a>
              <StatusBadge status={claim.status} />
              <Link href={`/claims/${claim.id}`} className="small">
                Open
              </Link>
            </div>
            <p className="claim-text">{claim.statement}</p>
            {claim.claimant ? <p className="muted small claim-claimant">— {claim.claimant}</p> : null}
            {canCurate ? (
              <>
                {claim.statement !== claim.text ? (
                  <p className="muted small">Article text: “{claim.text}”</p>
                ) : null}
                <p className="muted small">
                  {claim.score === null ? "Added by an editor" : `Check-worthiness ${claim.score.toFixed(2)}`}
                  {claim.reasons.length ? ` · ${claim.reasons.join("; ")}` : ""}
                </p>
                <ClaimControls
                  claim={{
                    id: claim.id,
                    number: claim.number,
                    text: claim.statement,
                    version: claim.version,
                    work: claim.work,
                    splitPoints: claim.splitPoints,
                  }}
                  next={
                    next ? { id: next.id, number: next.number, version: next.version, worked: next.work.worked } : null
                  }
                />
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
