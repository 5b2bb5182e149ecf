// What changed on a claim between the page the reviewer was looking at and the claim now
// (the CONFLICT body's `current`). Pure.
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/workflow/states";

export interface SeenState {
  version: number;
  status: ClaimStatus;
  evidence: { id: string; title: string; url: string }[];
}

export function describeChanges(seen: SeenState, current: ClaimSnapshot): string[] {
  const lines: string[] = [];
  if (seen.status !== current.status) {
    const change = current.lastChange;
    const by = change ? ` by ${change.actorName}: “${change.rationale}”` : "";
    lines.push(
      current.status === "PENDING"
        ? `Verdict taken back (it was ${STATUS_LABELS[seen.status]})${by}.`
        : `Status changed from ${STATUS_LABELS[seen.status]} to ${STATUS_LABELS[current.status]}${by}.`,
    );
  }
  const seenIds = new Set(seen.evidence.map((e) => e.id));
  const currentIds = new Set(current.evidence.map((e) => e.id));
  for (const source of current.evidence)
    if (!seenIds.has(source.id)) lines.push(`Source added: ${source.title} (${source.url}).`);
  for (const source of seen.evidence)
    if (!currentIds.has(source.id)) lines.push(`Source removed: ${source.title} (${source.url}).`);
  if (lines.length === 0) lines.push(`The claim was edited (version ${seen.version} → ${current.version}).`);
  return lines;
}
