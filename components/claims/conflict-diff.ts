// What changed on a claim between the page the reviewer was looking at and the claim now
// (the CONFLICT body's `current`): facts, which the conflict view words in the reader's language.
// Pure.
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import type { ClaimStatus } from "@/lib/workflow/states";

export interface SeenState {
  version: number;
  status: ClaimStatus;
  evidence: { id: string; title: string; url: string }[];
}

/** Who made the status change and why, when the claim says. */
type By = { actor: string; rationale: string } | null;

export type ClaimChange =
  | { kind: "takenBack"; was: ClaimStatus; by: By }
  | { kind: "statusChanged"; from: ClaimStatus; to: ClaimStatus; by: By }
  | { kind: "sourceAdded" | "sourceRemoved"; title: string; url: string }
  | { kind: "edited"; from: number; to: number };

export function describeChanges(seen: SeenState, current: ClaimSnapshot): ClaimChange[] {
  const changes: ClaimChange[] = [];
  if (seen.status !== current.status) {
    const change = current.lastChange;
    const by = change ? { actor: change.actorName, rationale: change.rationale } : null;
    changes.push(
      current.status === "PENDING"
        ? { kind: "takenBack", was: seen.status, by }
        : { kind: "statusChanged", from: seen.status, to: current.status, by },
    );
  }
  const seenIds = new Set(seen.evidence.map((e) => e.id));
  const currentIds = new Set(current.evidence.map((e) => e.id));
  for (const source of current.evidence)
    if (!seenIds.has(source.id)) changes.push({ kind: "sourceAdded", title: source.title, url: source.url });
  for (const source of seen.evidence)
    if (!currentIds.has(source.id)) changes.push({ kind: "sourceRemoved", title: source.title, url: source.url });
  if (changes.length === 0) changes.push({ kind: "edited", from: seen.version, to: current.version });
  return changes;
}
