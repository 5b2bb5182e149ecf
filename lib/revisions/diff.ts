// What changed between two revisions of an article's text, word by word, and where each character
// of the new text came from. Pure. jsdiff (the `diff` package) computes the edit script over word
// tokens cut by Intl.Segmenter: jsdiff's own word tokenizer only knows Latin letters, so Arabic
// would be diffed letter by letter; the segmenter knows the words of every script. Tokens keep
// every character (spaces and punctuation are tokens of their own), so the parts rebuild both
// texts exactly and offsets (UTF-16 code units, as Claim.start/end) can be mapped.
import { diffArrays } from "diff";

export type DiffKind = "equal" | "inserted" | "deleted";

export interface DiffPart {
  kind: DiffKind;
  text: string;
  /** Offset of this part in the old text (for "inserted": where it was inserted). */
  oldStart: number;
  /** Offset of this part in the new text (for "deleted": where it was deleted). */
  newStart: number;
}

export interface TextDiff {
  parts: DiffPart[];
  /** False when the edit script took too long and the whole text counts as replaced. */
  complete: boolean;
}

/** Past this, a diff gives up and reports the whole text replaced (a rewrite, not a revision). */
const DIFF_TIMEOUT_MS = 3_000;

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

function tokens(text: string): string[] {
  return Array.from(wordSegmenter.segment(text), (segment) => segment.segment);
}

/** The common head and tail are cut off first, so a small edit to a long text diffs only its middle. */
function commonEnds(a: string[], b: string[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

export function diffTexts(oldText: string, newText: string): TextDiff {
  const a = tokens(oldText);
  const b = tokens(newText);
  const { head, tail } = commonEnds(a, b);
  const middle = diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail), {
    timeout: DIFF_TIMEOUT_MS,
  });
  const pieces: { kind: DiffKind; text: string }[] = [];
  const push = (kind: DiffKind, text: string) => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  push("equal", a.slice(0, head).join(""));
  const complete = middle !== undefined;
  if (middle) {
    for (const change of middle)
      push(change.added ? "inserted" : change.removed ? "deleted" : "equal", change.value.join(""));
  } else {
    push("deleted", a.slice(head, a.length - tail).join(""));
    push("inserted", b.slice(head, b.length - tail).join(""));
  }
  push("equal", a.slice(a.length - tail).join(""));

  let oldAt = 0;
  const cleaned = cleanupSemantic(pieces);
  let newAt = 0;
  const parts = cleaned.map((piece) => {
    const part = { ...piece, oldStart: oldAt, newStart: newAt };
    if (piece.kind !== "inserted") oldAt += piece.text.length;
    if (piece.kind !== "deleted") newAt += piece.text.length;
    return part;
  });
  return { parts, complete };
}

type Piece = { kind: DiffKind; text: string };

/** Runs of changes between two kept pieces as one deletion then one insertion. */
function mergeChanges(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) merged.push({ kind: "deleted", text: deleted });
    if (inserted) merged.push({ kind: "inserted", text: inserted });
    deleted = inserted = "";
  };
  for (const piece of pieces) {
    if (piece.kind === "deleted") deleted += piece.text;
    else if (piece.kind === "inserted") inserted += piece.text;
    else {
      flush();
      const last = merged[merged.length - 1];
      if (last?.kind === "equal") last.text += piece.text;
      else merged.push({ ...piece });
    }
  }
  flush();
  return merged;
}

/**
 * A shortest edit script keeps every common word ("the", a space, a full stop) it can, which
 * shreds a rewritten sentence into confetti and lets a moved paragraph look half kept. As
 * diff-match-patch's semantic clean-up does, a kept piece no longer than the changes on both
 * sides of it becomes part of them.
 */
function cleanupSemantic(input: Piece[]): Piece[] {
  let pieces = mergeChanges(input);
  for (let pass = 0; pass < 16; pass++) {
    let changed = false;
    const sizes = (from: number, step: 1 | -1) => {
      let deleted = 0;
      let inserted = 0;
      for (let index = from + step; index >= 0 && index < pieces.length && pieces[index].kind !== "equal"; index += step) {
        if (pieces[index].kind === "deleted") deleted += pieces[index].text.length;
        else inserted += pieces[index].text.length;
      }
      return Math.max(deleted, inserted);
    };
    const next: Piece[] = [];
    for (const [index, piece] of pieces.entries()) {
      const inner = index > 0 && index < pieces.length - 1 && piece.kind === "equal";
      if (inner && piece.text.length <= sizes(index, -1) && piece.text.length <= sizes(index, 1)) {
        next.push({ kind: "deleted", text: piece.text }, { kind: "inserted", text: piece.text });
        changed = true;
      } else next.push(piece);
    }
    pieces = mergeChanges(next);
    if (!changed) break;
  }
  return pieces;
}

/**
 * Where characters of the new text came from: the old offset of a kept character, or -1 for an
 * inserted one. Answers by binary search over the kept parts.
 */
export class OriginMap {
  private readonly kept: DiffPart[];

  constructor(diff: TextDiff) {
    this.kept = diff.parts.filter((part) => part.kind === "equal");
  }

  /** The old offset of the new text's character at `newIndex`, or -1 when it was inserted. */
  oldOffset(newIndex: number): number {
    let low = 0;
    let high = this.kept.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const part = this.kept[mid];
      if (newIndex < part.newStart) high = mid - 1;
      else if (newIndex >= part.newStart + part.text.length) low = mid + 1;
      else return part.oldStart + (newIndex - part.newStart);
    }
    return -1;
  }

  /** The new offset of the old text's character at `oldIndex`, or -1 when it was deleted. */
  newOffset(oldIndex: number): number {
    for (const part of this.kept) {
      if (oldIndex < part.oldStart) return -1;
      if (oldIndex < part.oldStart + part.text.length) return part.newStart + (oldIndex - part.oldStart);
    }
    return -1;
  }

  /**
   * The stretch of the new text that can only hold what became of old [start, end): from just
   * after the last kept character before `start` to just before the first kept one at or after
   * `end`. Kept text from elsewhere in the old revision never lies inside it.
   */
  regionOf(start: number, end: number, newLength: number): { start: number; end: number } {
    let from = 0;
    let to = newLength;
    for (const part of this.kept) {
      const partEnd = part.oldStart + part.text.length;
      if (partEnd <= start) from = part.newStart + part.text.length;
      else if (part.oldStart < start) from = part.newStart + (start - part.oldStart);
      if (part.oldStart >= end) {
        to = part.newStart;
        break;
      }
      if (partEnd > end) {
        to = part.newStart + (end - part.oldStart);
        break;
      }
    }
    return { start: from, end: Math.max(from, to) };
  }
}
