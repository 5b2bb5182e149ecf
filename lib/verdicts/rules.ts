// Which sources a verdict needs. Pure: callers pass the claim's current (not removed) sources.
import type { ClaimStatus, Stance } from "@/lib/workflow/states";

export interface CurrentSource {
  stance: Stance;
}

/** null when the verdict may be given, else a message naming what is missing. */
export function verdictProblem(status: ClaimStatus, sources: CurrentSource[]): string | null {
  if (status === "CORROBORATED" && !sources.some((source) => source.stance === "SUPPORTS")) {
    return "To mark the claim corroborated, first add at least one source that supports it.";
  }
  if (status === "DISPUTED" && !sources.some((source) => source.stance === "REFUTES")) {
    return "To mark the claim disputed, first add at least one source that refutes it.";
  }
  return null;
}
