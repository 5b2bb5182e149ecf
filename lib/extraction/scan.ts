// Hand-written scans for what a regular expression would do in quadratic time. A pattern such as
// /[\s.]+$/ is tried at every start position and, inside a long run of matching characters that
// does not reach the end, rescans the rest of the run from each one: n²/2 steps for a run of n.
// These loops visit each character once.

/** A single-character test, e.g. /[\s.]/u. Applied to one code point at a time. */
export type CharTest = (char: string) => boolean;

export const charClass =
  (re: RegExp): CharTest =>
  (char) =>
    re.test(char);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where the trailing run of characters passing `test` starts (s.length when there is none):
 * the index that `s.search(/[class]+$/u)` would give, in one backward pass over code points.
 */
export function trailingRunStart(s: string, test: CharTest): number {
  let i = s.length;
  while (i > 0) {
    const width = i >= 2 && isLowSurrogate(s.charCodeAt(i - 1)) && isHighSurrogate(s.charCodeAt(i - 2)) ? 2 : 1;
    if (!test(s.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

const WHITESPACE = /\s/;
export const isSpace: CharTest = (char) => WHITESPACE.test(char);

/**
 * `s.split(/\s+[SEP]\s+/)` for a set of one-character separators, in one forward pass: a
 * separator splits when whitespace stands right before and after it; the whitespace on both
 * sides goes with it.
 */
export function splitAtSpacedSeparators(s: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpace(s[i])) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < s.length && isSpace(s[i])) i++;
    if (i + 1 < s.length && separators.has(s[i]) && isSpace(s[i + 1])) {
      parts.push(s.slice(from, runStart));
      i++;
      while (i < s.length && isSpace(s[i])) i++;
      from = i;
    }
  }
  parts.push(s.slice(from));
  return parts;
}
