import type { ReviewActionResult } from "@/app/claims/[id]/actions";
import type { ClaimStatus, Stance } from "@/lib/workflow/states";

export type { Stance };
export type Status = ClaimStatus;

export interface EvidenceItem {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  accessedAt: string;
  stance: Stance;
  excerpt: string | null;
  note: string | null;
  addedBy: string;
  removedAt: string | null;
  removedBy: string | null;
  link: SourceLink;
}

/** What the background fetches of a source's URL found (lib/sources), and the content people gave. */
export interface SourceLink {
  state: "PENDING" | "OK" | "CHANGED" | "GONE" | "UNREACHABLE" | "REFUSED";
  /** How many fetches of the URL were kept; `latest` is the last of them. */
  snapshots: number;
  latest: {
    id: string;
    fetchedAt: string;
    httpStatus: number | null;
    sha256: string | null;
    excerptFound: boolean | null;
    error: string | null;
  } | null;
  /** Texts pasted and files attached for this source, oldest first. */
  given: GivenContent[];
}

export interface GivenContent {
  id: string;
  origin: "PASTED" | "ATTACHED";
  providedBy: string | null;
  fileName: string | null;
  at: string;
  sha256: string | null;
  bodyBytes: number | null;
  excerptFound: boolean | null;
  /** An attached PDF or .docx: its text is being read, was read, or could not be (textError says why). */
  textState: "PENDING" | "READ" | "UNREADABLE" | null;
  textError: string | null;
}

export type ReviewResult = ReviewActionResult<unknown>;

/**
 * A change the reviewer made, replayable on another claim version (the conflict view's re-apply).
 * `settle` is how the form that made it takes the outcome: called with the first result and again
 * with the re-applied one, so after a successful re-apply the form clears and confirms exactly as
 * after a first-time success. A conflict result needs nothing from the form: the conflict view
 * shows it.
 */
export interface Change {
  label: string;
  run: (version: number) => Promise<ReviewResult>;
  settle: (result: ReviewResult) => void;
  /** The reviewer discarded the change in the conflict view: forget what they typed. */
  discard?: () => void;
}

export type Submit = (change: Change) => Promise<void>;

export const isConflict = (result: ReviewResult): result is Extract<ReviewResult, { conflict: unknown }> =>
  !result.ok && "conflict" in result;
