// A claim as the revisions API answers it: its anchor state in the current revision and, unless
// it is orphaned, its offsets there. Browser-safe (no database).
export const revisionClaimSelect = {
  id: true,
  number: true,
  text: true,
  statement: true,
  status: true,
  version: true,
  start: true,
  end: true,
  revision: true,
  anchorState: true,
  anchorRevision: true,
} as const;

export interface RevisionClaimRow {
  id: string;
  number: number;
  text: string;
  statement: string;
  status: string;
  version: number;
  start: number;
  end: number;
  revision: number;
  anchorState: "EXACT" | "NEEDS_RECHECK" | "ORPHANED";
  anchorRevision: number;
}

export interface RevisionClaim {
  id: string;
  number: number;
  text: string;
  statement: string;
  status: string;
  version: number;
  /** The revision the claim was made on. */
  revision: number;
  anchorState: RevisionClaimRow["anchorState"];
  /** Offsets in the current revision; absent when orphaned. */
  start?: number;
  end?: number;
  /** For an orphan: the revision its quote was last found in. */
  lastAnchoredRevision?: number;
}

export function toRevisionClaim(row: RevisionClaimRow): RevisionClaim {
  const { start, end, anchorRevision, ...rest } = row;
  return row.anchorState === "ORPHANED"
    ? { ...rest, lastAnchoredRevision: anchorRevision }
    : { ...rest, start, end };
}
