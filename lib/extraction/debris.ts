// Page debris: what a scraped article carries that is not a claim (datelines, bylines, photo
// credits, navigation, calls to action, related-link blocks, agency sign-offs). Two kinds of
// rule: trims that shorten a segment's span, and drops that remove the segment.
//
// Linear time (docs/extraction.md, "Linear time and time budgets"): a segment can be a whole
// paragraph of any length, so no pattern here may backtrack more than a constant per character.
// Patterns anchored with ^ run once, from the start; each is a chain of single quantifiers over
// classes its neighbours cannot match, or is applied to a bounded prefix (DATELINE_WINDOW,
// DATE_ONLY_MAX_CHARS). What a regex would do in quadratic time (a run anchored only at the end,
// such as /[\s.]+$/, or /\s+[|]\s+/ inside long whitespace) is a hand-written scan (scan.ts).

import { AGENCIES } from "./lexicon";
import { charClass, isSpace, splitAtSpacedSeparators, trailingRunStart } from "./scan";
import type { Segment } from "./segment";

export interface Span {
  start: number;
  end: number;
}

const BULLET = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s+/u;
// "ALBAWABA - ", "WASHINGTON (AP) — ", "SANTIAGO, Nov 3 (NWS) - ", "LONDON, March 3, 2026 (Reuters) -"
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}'’.\-]{2,}(?:[ /]\p{Lu}[\p{Lu}'’.\-]+){0,3}|\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,2}(?=(?:,[^()]{0,30})?\s*\([\p{Lu}][\p{L} .\/-]{0,30}\)))(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\(\p{Lu}[\p{L} .\/-]{0,30}\))?\s*[-–—]{1,2}\s+/u;
// A dateline is a city, an optional date and an agency: never longer than this. DATELINE is matched
// against this prefix only, so its optional groups and lookahead cost a constant per segment.
const DATELINE_WINDOW = 160;
// A trailing credit is the segment's last "(" up to its ")": [^()]* cannot cross another
// parenthesis, so the candidate is found with lastIndexOf and this anchored pattern checks it.
const TRAILING_CREDIT =
  /^\((?:Photo|Photograph|Image|Picture|Credit|Video|File photo|Illustration|Source)s?\b[^()]*\)\s*$/iu;
// Tried at every position, but the one-character lookbehind fails at once except right after a
// stop, quote or bracket; from there \s+ and \s* are separated by a dash, so each whitespace run
// is read once.
const TRAILING_SIGNOFF = /(?<=[.!?"”’)])\s+[-–—]\s*\(?(\p{Lu}{2,8})\)?\s*$/u;
const SIGNOFF_ALONE = /^[-–—]?\s*\(?(\p{L}{2,10})\)?\s*$/u;

const NAVIGATION = new Set(
  `skip to content|skip to main content|skip navigation|menu|main menu|home|search|log in|login|sign in|
  register|sections|close|back to top|next article|previous article|advertisement|sponsored|share|
  share this|share this article|share this story|tweet|print|email|comments|cookie settings|
  accept cookies|more|show more|load more|loading|top stories|latest news|breaking news|news|world|
  business|sport|sports|politics|opinion|culture|tech|technology|video|videos|watch live|live`
    .split("|")
    .map((s) => s.trim()),
);
const CALL_TO_ACTION =
  /^(?:subscribe|sign up|sign in|log in|join (?:us|our|the)|follow us|download (?:our|the)|click here|get (?:our|the latest|the best)|don['’]t miss|register (?:now|for|to)|support (?:us|our)|donate|share (?:this|on)|listen to (?:this|the)|watch:|continue reading|newsletter|become a member|try \d|start your|unlock|already a subscriber)/iu;
const RELATED_LABELS =
  "related stories|related articles|related content|related news|related coverage|related|also read|read more|read also|read next|see also|more on this story|more on this topic|more on this|more from [\\p{L} ]+|recommended for you|recommended|most read|most popular|trending now|trending|further reading|you may also like|you might also like|more stories|editor['’]s picks|what to read next";
const RELATED_LABEL = new RegExp(`^(?:${RELATED_LABELS})\\b\\s*[:|>»-]?`, "iu");
// A label alone on its line: the trailing "  :  " is cut off by a scan first (in the pattern,
// "more from [\\p{L} ]+" followed by \\s*[:|>»-]?\\s*$ backtracks cubically over spaces).
const RELATED_LABEL_ALONE = new RegExp(`^(?:${RELATED_LABELS})$`, "iu");
// Emoji, flags and pictographs around a sentence are decoration, not part of the claim.
const LEADING_SYMBOLS = /^(?:(?![©®])[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d\ufe0f\s])+/u;
const isTrailingSymbol = charClass(/[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d\ufe0f\s]/u);
const BYLINE = /^(?:By|From|Written by|Reporting by)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|da))*\s*(?:$|[|,·•–—-])/u;
const TIMESTAMP = /^(?:published|updated|posted|last updated|first published|modified|last modified)\b/iu;
const CREDIT_ALONE =
  /^\(?\s*(?:photo|photograph|image|picture|credit|video|file photo|illustration|source)s?\s*(?:by\b|:|\/|credit|courtesy|via\b)/iu;
const SOURCE_CAPTION =
  /^\(?[\p{L} .'’\/-]{0,40}(?:getty images|afp|reuters|ap photo|epa|shutterstock|anadolu|xinhua|handout|file photo|via getty|supplied)[\p{L} .'’\/-]{0,40}\)?\.?$/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|all rights reserved/iu;
const WIRE_CREDITS = /^\((?:reporting|writing|editing|additional reporting|compiled|translated) by\b/iu;
// A line that is only a date ("Monday, 3 March 2026 | 10:42 GMT") is short. DATE_ONLY opens with
// two adjacent letter runs ([\p{L}]* then \p{L}+) that backtrack quadratically over a long word
// (20,000 CJK characters took 19 s), so it only ever sees lines up to this length.
const DATE_ONLY_MAX_CHARS = 100;
const DATE_ONLY =
  /^[\p{L}]*,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:\s*[-–—,|at]*\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/iu;
const TERMINAL_END = /[.!?…]["”’')\]]*$/u;
const isBareTail = charClass(/[\s.:|>»›]/u);
const isLabelSeparator = charClass(/[:|>»-]/u);
const NAVIGATION_SEPARATORS = new Set(["|", "·", "•"]);

export type DropReason =
  | "navigation"
  | "call to action"
  | "related link"
  | "byline"
  | "dateline"
  | "photo credit"
  | "sign-off"
  | "copyright"
  | "section label"
  | "empty";

function shortEnough(text: string, maxWords: number): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words > maxWords) return false;
  return true;
}

/** Trim list bullets, dateline prefixes, trailing photo credits and sign-offs from a span. */
export function trimDebris(text: string, seg: Segment): Span {
  let { start, end } = seg;
  const cut = (): string => text.slice(start, end);

  const signoff = SIGNOFF_ALONE.exec(cut());
  if (signoff && AGENCIES.has(signoff[1].toLowerCase())) return { start, end: start };

  const symbols = LEADING_SYMBOLS.exec(cut());
  if (symbols) start += symbols[0].length;
  const bullet = BULLET.exec(cut());
  if (bullet) start += bullet[0].length;
  if (seg.lineStart) {
    const dateline = DATELINE.exec(cut().slice(0, DATELINE_WINDOW));
    if (dateline && dateline.index === 0 && /\p{Lu}/u.test(text[start + dateline[0].length] ?? "")) {
      start += dateline[0].length;
    }
  }
  const credit = trailingCreditStart(cut());
  if (credit >= 0) end = start + credit;
  const trailing = TRAILING_SIGNOFF.exec(cut());
  if (trailing && AGENCIES.has(trailing[1].toLowerCase())) end = start + trailing.index;
  end = start + trailingRunStart(cut(), isTrailingSymbol);
  return { start, end };
}

/** Where a trailing "(Photo by …)" credit and the whitespace before it start, or -1. */
function trailingCreditStart(s: string): number {
  let open = s.lastIndexOf("(");
  if (open < 0 || !TRAILING_CREDIT.test(s.slice(open))) return -1;
  while (open > 0 && isSpace(s[open - 1])) open--;
  return open;
}

/** Lower-cased, trailing punctuation and spaces cut, inner whitespace runs as one space. */
function bareText(s: string): string {
  const lower = s.toLowerCase();
  return lower.slice(0, trailingRunStart(lower, isBareTail)).replace(/\s+/g, " ");
}

/** Why a (trimmed) segment is debris, or null when it may carry a claim. */
export function debrisReason(s: string, seg: Segment): DropReason | null {
  if (!/[\p{L}\p{N}]/u.test(s)) return "empty";
  const bare = bareText(s);
  if (NAVIGATION.has(bare)) return "navigation";
  const ends = TERMINAL_END.test(s);
  if (!ends && /[|]/.test(s) && splitAtSpacedSeparators(s, NAVIGATION_SEPARATORS).every((part) => shortEnough(part, 4))) {
    return BYLINE.test(s) ? "byline" : "navigation";
  }
  if (CALL_TO_ACTION.test(s) && (!ends || shortEnough(s, 14))) return "call to action";
  if (RELATED_LABEL.test(s)) return "related link";
  if (BYLINE.test(s) && !ends) return "byline";
  if (TIMESTAMP.test(s) && shortEnough(s, 12)) return "dateline";
  if (s.length <= DATE_ONLY_MAX_CHARS && DATE_ONLY.test(s.trim()) && shortEnough(s, 8)) return "dateline";
  if (CREDIT_ALONE.test(s) && shortEnough(s, 16)) return "photo credit";
  if (SOURCE_CAPTION.test(s)) return "photo credit";
  if (WIRE_CREDITS.test(s)) return "sign-off";
  if (COPYRIGHT.test(s)) return "copyright";
  if (seg.wholeLine && !ends && AGENCIES.has(bare)) return "sign-off";
  // Kickers and section heads: "NEWS IN BRIEF", "Weather", "Opinion".
  if (seg.wholeLine && !ends && shortEnough(s, 6) && !/\p{Ll}/u.test(s)) return "section label";
  if (seg.wholeLine && !ends && shortEnough(s, 2)) return "section label";
  return null;
}

/** A label alone on its line ("Related stories", "Also read:") opens a block of link headlines. */
export function opensRelatedBlock(s: string): boolean {
  // The same as /^(?:LABELS)\s*[:|>»-]?\s*$/iu: cut the trailing spaces, at most one separator and
  // the spaces before it, then match a label exactly. Only "more from [\p{L} ]+" can end in spaces
  // itself: "more from" followed by nothing but two or more spaces and a separator is that label.
  let end = trailingRunStart(s, isSpace);
  if (end > 0 && isLabelSeparator(s[end - 1])) end = trailingRunStart(s.slice(0, end - 1), isSpace);
  const core = s.slice(0, end);
  return RELATED_LABEL_ALONE.test(core) || (core.toLowerCase() === "more from" && s.startsWith("  ", core.length));
}

export function isHeadlineLike(s: string): boolean {
  return !TERMINAL_END.test(s) && shortEnough(s, 20);
}
