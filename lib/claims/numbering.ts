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
