// Permanent claim numbers. Each article keeps a counter (Article.nextClaimNumber); a new claim
// takes the next number and the counter only moves forward, so a number, once given, names that
// claim for good: deleting, splitting or merging never renumbers, and no number is reused.
// Pure: the kernel applies it under the article's row lock.

/** The numbers `count` new claims get, and the counter afterwards. */
export function allocateNumbers(next: number, count: number): { numbers: number[]; next: number } {
  if (!Number.isSafeInteger(next) || next < 1) throw new RangeError(`Invalid claim counter ${next}.`);
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Invalid claim count ${count}.`);
  return { numbers: Array.from({ length: count }, (_, index) => next + index), next: next + count };
}

/** A claim number as people write it: "C7", "c7" or "7". null when it is not one. */
export function parseClaimNumber(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const match = /^[cC]?([1-9][0-9]{0,8})$/.exec(text);
  return match ? Number(match[1]) : null;
}

export type TextPart = { text: string } | { text: string; claimNumber: number };

/**
 * Splits text (a comment) into plain runs and claim references ("C7"), so a reference can link to
 * the claim it names in the same article. A reference is "C" and a number standing as a word.
 */
export function claimReferences(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_])C([1-9][0-9]{0,8})(?![\p{L}\p{N}_])/gu)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: match[0], claimNumber: Number(match[1]) });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
