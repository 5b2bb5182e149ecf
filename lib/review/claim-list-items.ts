// What the article page's claim list sends to the browser for each claim: the list is a client
// component, so these rows are its RSC payload. Only what the list shows, and for editors what
// the curation controls need (ids, versions, work flags); the controls load a form's texts when it
// opens (lib/review/curation-preview.ts). Pure and browser-safe.
import type { ClaimWork } from "@/lib/claims/data";
import type { ClaimStatus } from "@/lib/workflow/states";

export interface ClaimListItem {
  id: string;
  number: number;
  status: ClaimStatus;
  /** What a reviewer reads (editable wording). */
  statement: string;
  claimant: string | null;
  /** Its quote in a new revision of the text changed (docs/revisions.md). */
  recheck?: true;
  /** Editors on an article open to curation only. */
  curation?: {
    version: number;
    work: ClaimWork;
    /** The quote at the anchor, only when the statement words it differently. */
    quote?: string;
    /** Check-worthiness; null for a claim an editor added. */
    score: number | null;
    reasons: string[];
  };
}

interface ListedClaim {
  id: string;
  number: number;
  status: ClaimStatus;
  statement: string;
  claimant: string | null;
  text: string;
  version: number;
  work: ClaimWork;
  score: number | null;
  reasons: string[];
}

/** The list's rows from the page's claims, in the same order. */
export function claimListItems(
  claims: readonly ListedClaim[],
  { curate, needsRecheck }: { curate: boolean; needsRecheck: ReadonlySet<string> },
): ClaimListItem[] {
  return claims.map((claim) => ({
    id: claim.id,
    number: claim.number,
    status: claim.status,
    statement: claim.statement,
    claimant: claim.claimant,
    ...(needsRecheck.has(claim.id) ? { recheck: true as const } : {}),
    ...(curate
      ? {
          curation: {
            version: claim.version,
            work: claim.work,
            ...(claim.statement !== claim.text ? { quote: claim.text } : {}),
            score: claim.score,
            reasons: claim.reasons,
          },
        }
      : {}),
  }));
}
