// Which claims extraction finds in a new revision are new: those in text the revision inserted
// (a letter or digit of the span is new) that overlap no claim anchored in it. A sentence the
// revision left alone is never re-proposed, so a claim an editor deleted stays deleted. Pure.
import { overlaps, type Span } from "@/lib/claims/spans";
import type { TextDiff } from "./diff";

export function newClaimSpans<T extends Span>(found: readonly T[], diff: TextDiff, anchored: readonly Span[]): T[] {
  const inserted = diff.parts
    .filter((part) => part.kind === "inserted" && /[\p{L}\p{N}]/u.test(part.text))
    .map((part) => ({ start: part.newStart, end: part.newStart + part.text.length }));
  const taken: Span[] = [...anchored];
  const fresh: T[] = [];
  for (const candidate of found) {
    if (!inserted.some((span) => overlaps(span, candidate))) continue;
    if (taken.some((span) => overlaps(span, candidate))) continue;
    taken.push(candidate);
    fresh.push(candidate);
  }
  return fresh;
}
