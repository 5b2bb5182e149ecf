// Pure span arithmetic over an article body, shared by the browser (selection → offsets) and the
// server (validation, split, merge). Offsets are UTF-16 code units, as in JavaScript strings, DOM
// selections and Claim.start/end. A boundary never falls inside a grapheme cluster (a surrogate
// pair, a letter with its combining marks, an emoji sequence), so no operation cuts a character.

export interface Span {
  start: number;
  end: number;
}

/** Same as the extraction's context width, so added claims carry the same anchor context. */
export const CONTEXT_CHARS = 32;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * The grapheme cluster containing `index`, found in a window around it: segmenting a 2 MB body
 * for every boundary check would be slow. The window opens at whitespace, which always starts a
 * cluster, so flags and emoji sequences inside it are paired as in the whole text.
 */
function clusterAt(text: string, index: number): { start: number; end: number } {
  let from = Math.max(0, index - 64);
  const space = text.slice(Math.max(0, from - 256), from).search(/\s\S*$/u);
  if (space >= 0) from = Math.max(0, from - 256) + space;
  else if (from > 0) from = Math.max(0, from - 256);
  const window = text.slice(from, Math.min(text.length, index + 64));
  const segment = graphemeSegmenter.segment(window).containing(index - from);
  if (!segment) return { start: index, end: index };
  return { start: from + segment.index, end: from + segment.index + segment.segment.length };
}

/** Start of the grapheme cluster containing `index` (index itself when it is a boundary). */
function clusterStart(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return clusterAt(text, index).start;
}

/** End of the grapheme cluster containing `index` (index itself when it is a boundary). */
function clusterEnd(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  const cluster = clusterAt(text, index);
  return cluster.start === index ? index : cluster.end;
}

export function isGraphemeBoundary(text: string, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= text.length && clusterStart(text, index) === index;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Narrows a span so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function contextOf(text: string, span: Span): { prefix: string; suffix: string } {
  return {
    prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
  };
}

/**
 * A browser selection (anchor and focus in either order) → the claim span it means: clamped
 * to the body, widened to whole grapheme clusters, whitespace trimmed. Null for an empty one.
 */
export function selectionToSpan(text: string, anchor: number, focus: number): Span | null {
  const low = Math.max(0, Math.min(anchor, focus, text.length));
  const high = Math.min(text.length, Math.max(anchor, focus, 0));
  if (high <= low) return null;
  return trimSpan(text, { start: clusterStart(text, low), end: clusterEnd(text, high) });
}

export type SpanProblem = string;

/** Why a client-sent span cannot anchor a claim, or null when it can. */
export function spanProblem(text: string, span: Span & { text: string }): SpanProblem | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    return "The selection is outside the article text.";
  }
  if (text.slice(start, end) !== span.text) return "The selected text does not match the article at that position.";
  if (!isGraphemeBoundary(text, start) || !isGraphemeBoundary(text, end)) {
    return "The selection cuts a character in half; select whole words.";
  }
  if (!/[\p{L}\p{N}]/u.test(span.text)) return "Select some words, not only spaces or punctuation.";
  return null;
}

const hasWordChar = (value: string) => /[\p{L}\p{N}]/u.test(value);

/**
 * The word starts inside a span where it can be split so both parts keep some words. Worked out
 * for one claim when an editor splits it (never for every claim of a page: 250 claims took
 * 60–150 ms per render).
 */
export function splitOffsets(text: string, span: Span): number[] {
  const slice = text.slice(span.start, span.end);
  const offsets: number[] = [];
  let first = true;
  for (const segment of wordSegmenter.segment(slice)) {
    if (!segment.isWordLike) continue;
    if (first) {
      first = false;
      continue;
    }
    const at = span.start + segment.index;
    // A word start is a grapheme boundary already (UAX #29 word breaks never fall inside a
    // cluster), so the costlier cluster check of splitSpan is not needed here.
    if (partsAt(text, span, at)) offsets.push(at);
  }
  return offsets;
}

/**
 * Where a split asked for at `offset` (a click or a selection in the claim's text) happens: the
 * valid word start nearest to it, the later one on a tie (a click in the gap between two words
 * means "before the next word"). Null when `offset` is outside the span or the span has no
 * place to split.
 */
export function snapSplitPoint(text: string, span: Span, offset: number): number | null {
  if (!Number.isInteger(offset) || offset < span.start || offset > span.end) return null;
  let best: number | null = null;
  for (const at of splitOffsets(text, span)) {
    if (best === null || Math.abs(at - offset) <= Math.abs(best - offset)) best = at;
    else break; // offsets ascend: once they move away, the nearest is behind us
  }
  return best;
}

/**
 * Splits a span at `at` into two trimmed sub-spans that together lie within the original.
 * Null when `at` is not strictly inside, cuts a grapheme, or leaves a part without words.
 */
export function splitSpan(text: string, span: Span, at: number): [Span, Span] | null {
  if (!Number.isInteger(at) || at <= span.start || at >= span.end || !isGraphemeBoundary(text, at)) return null;
  return partsAt(text, span, at);
}

/** The two trimmed parts either side of `at` (a grapheme boundary strictly inside), or null when one has no word. */
function partsAt(text: string, span: Span, at: number): [Span, Span] | null {
  const first = trimSpan(text, { start: span.start, end: at });
  const second = trimSpan(text, { start: at, end: span.end });
  if (!first || !second) return null;
  if (!hasWordChar(text.slice(first.start, first.end)) || !hasWordChar(text.slice(second.start, second.end)))
    return null;
  return [first, second];
}

/** The span covering two disjoint spans (in either order) and whatever lies between them. */
export function mergeSpans(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
