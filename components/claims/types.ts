import type { ReviewActionResult } from "@/app/claims/[id]/actions";

export type Stance = "SUPPORTS" | "REFUTES" | "CONTEXT";
export type Status = "UNVERIFIED" | "CORROBORATED" | "DISPUTED";

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
}

/** A change the reviewer made, replayable on another claim version (the conflict view's re-apply). */
export type Submit = (
  label: string,
  run: (version: number) => Promise<ReviewActionResult<unknown>>,
) => Promise<ReviewActionResult<unknown>>;
