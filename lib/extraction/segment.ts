// Sentence segmentation with exact offsets. Works on any string: CRLF, lone CR, Unicode line
// separators, emoji and right-to-left scripts. Offsets are plain JS string indices.

import { FINAL_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from "./lexicon";

export interface Segment {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block) the segment belongs to. */
  paragraph: number;
  /** Index of the physical line the segment starts on. */
  line: number;
  /** The segment starts its line (after indentation). */
  lineStart: boolean;
  /** The segment is its whole line: a headline, list item or label when it lacks a final stop. */
  wholeLine: boolean;
}

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g;
// "؟" is the Arabic question mark, "۔" the Urdu full stop.
const TERMINAL = /[.!?…。！？؟۔]/u;
const CLOSERS = /["”’'»)\]]/u;
const OPENERS = /["“‘'«(\[¿¡]/u;
const UPPER_OR_CASELESS = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const SPACE = /\s/u;
const SYMBOL = /^[\p{Extended_Pictographic}\p{So}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    lines.push({ start: pos, end: m.index, blank: text.slice(pos, m.index).trim() === "" });
    pos = m.index + m[0].length;
  }
  lines.push({ start: pos, end: text.length, blank: text.slice(pos).trim() === "" });
  return lines;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return [start, end];
}

/** The word just before position `dot` (a "."), including inner dots: "U.S", "Dr", "e.g". */
function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && (LETTER.test(text[i - 1]) || text[i - 1] === ".")) i--;
  return text.slice(i, dot);
}

function wordAt(text: string, pos: number, end: number): string {
  let i = pos;
  while (i < end && /[\p{L}\p{M}'’]/u.test(text[i])) i++;
  return text.slice(pos, i);
}

/** Does the period at `dot` end a sentence, given the next non-space character at `next`? */
function periodEndsSentence(text: string, dot: number, next: number, from: number, end: number): boolean {
  const before = wordBefore(text, dot, from);
  if (before === "") return true; // "...2024." or ")." : numbers and brackets end sentences
  const lower = before.toLowerCase();
  const nextWord = wordAt(text, next, end).toLowerCase();
  const opensSentence = SENTENCE_OPENERS.has(nextWord);
  if (lower === "no" || lower === "nos") return !/\p{N}/u.test(text[next]);
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (FINAL_ABBREVIATIONS.has(lower)) return opensSentence;
  if (/^\p{Lu}$/u.test(before)) return opensSentence; // an initial: "John F. Kennedy"
  if (before.includes(".")) return opensSentence; // "U.S. Army" vs "in the U.S. The ..."
  return true;
}

/** text[from, dot) is a list number of one to three digits, and nothing else. */
function isListNumber(text: string, from: number, dot: number): boolean {
  if (dot - from < 1 || dot - from > 3) return false;
  for (let i = from; i < dot; i++) if (text[i] < "0" || text[i] > "9") return false;
  return true;
}

/** Split one block (a line, or lines joined as a wrapped paragraph) into sentence spans. */
function splitBlock(text: string, from: number, to: number, out: Array<[number, number]>): void {
  let sentenceStart = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (!TERMINAL.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && (TERMINAL.test(text[j]) || CLOSERS.test(text[j]))) j++;
    if (j < to && !SPACE.test(text[j])) {
      i = j; // "97.29", "U.S.-backed", "example.com"
      continue;
    }
    let k = j;
    while (k < to && SPACE.test(text[k])) k++;
    if (k >= to) break;
    const nextCh = text[k];
    let boundary =
      UPPER_OR_CASELESS.test(nextCh) ||
      (OPENERS.test(nextCh) && !LOWER.test(text[k + 1] ?? "")) ||
      (/[-–—•]/.test(nextCh) && SPACE.test(text[k + 1] ?? "")) ||
      SYMBOL.test(text.slice(k, k + 2));
    if (boundary && ch === "." && j === i + 1) boundary = periodEndsSentence(text, i, k, sentenceStart, to);
    // A list number ("1. Home", "12. World"): the period belongs to the item, it ends nothing.
    if (boundary && ch === "." && isListNumber(text, sentenceStart, i)) boundary = false;
    if (boundary) {
      out.push([sentenceStart, j]);
      sentenceStart = k;
    }
    i = j;
  }
  out.push([sentenceStart, to]);
}

const ENDS_OPEN = /[\p{L}\p{N},;–—-]$/u;
const BULLET_START = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s/u;

/** Segment text into sentences, headlines and list items. Deterministic, linear in length. */
export function segment(text: string): Segment[] {
  const lines = splitLines(text);
  const segments: Segment[] = [];
  let paragraph = 0;
  let seenContent = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.blank) {
      if (seenContent) paragraph++;
      seenContent = false;
      continue;
    }
    seenContent = true;
    // Hard-wrapped prose: a line that stops mid-sentence continues on a next line starting lower-case.
    let last = li;
    while (last + 1 < lines.length && !lines[last + 1].blank) {
      const cur = text.slice(lines[last].start, lines[last].end).trimEnd();
      const nxt = text.slice(lines[last + 1].start, lines[last + 1].end);
      if (!ENDS_OPEN.test(cur) || BULLET_START.test(nxt) || !/^\s*\p{Ll}/u.test(nxt) || cur.length < 40) break;
      last++;
    }
    const blockStart = line.start;
    const blockEnd = lines[last].end;
    const spans: Array<[number, number]> = [];
    splitBlock(text, blockStart, blockEnd, spans);
    let first = true;
    for (const [s, e] of spans) {
      const [start, end] = trimSpan(text, s, e);
      if (start >= end) continue;
      segments.push({
        start,
        end,
        paragraph,
        line: li,
        lineStart: first,
        wholeLine: spans.length === 1 && last === li,
      });
      first = false;
    }
    li = last;
  }
  return segments;
}
