// What a writer whose version went stale is shown (the CONFLICT's `current`): the claim as it is
// now, to compare with their change. Browser-safe: types only.
import type { ClaimStatus, Stance } from "./states";

export interface ClaimSnapshot {
  id: string;
  number: number;
  version: number;
  status: ClaimStatus;
  updatedAt: string;
  evidence: { id: string; url: string; title: string; stance: Stance }[];
  lastChange: { seq: number; toStatus: ClaimStatus; rationale: string; actorName: string; createdAt: string } | null;
}
