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

import { arabicDatelineLength, arabicDebrisReason, arabicTrailingCreditStart, opensArabicRelatedBlock } from "./arabic";
import { isFiniteVerb } from "./features";
import { AGENCIES, VERB_BASES } from "./lexicon";
import { charClass, isSpace, splitAtSpacedSeparators, trailingRunStart } from "./scan";
import type { Segment } from "./segment";

export interface Span {
  start: number;
  end: number;
}

const BULLET = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s+/u;
// "ALBAWABA - ", "WASHINGTON (AP) — ", "SANTIAGO, Nov 3 (NWS) - ", "LONDON, March 3, 2026 (Reuters) -",
// "AUSTIN, Texas (AP) — " (a state or country between the city and the agency)
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}'’.\-]{2,}(?:[ /]\p{Lu}[\p{Lu}'’.\-]+){0,3}|\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){0,2}(?=(?:,[^()]{0,30})?\s*\([\p{Lu}][\p{L} .\/-]{0,30}\)))(?:,\s*\p{Lu}[\p{L}.]{1,15}(?: \p{Lu}[\p{L}.]{1,15}){0,2}(?=\s*\())?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\(\p{Lu}[\p{L} .\/-]{0,30}\))?\s*[-–—]{1,2}\s+/u;
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
  business|sport|sports|politics|opinion|culture|tech|technology|video|videos|watch live|live|
  copied|link copied|copy link|copy|copy url|url copied|share on facebook|share on x|share on twitter|
  share on whatsapp|share on linkedin|share via email|share via|facebook|twitter|whatsapp|linkedin|
  accept|accept all|accept all cookies|reject all|decline|manage preferences|manage cookies|
  cookie preferences|privacy settings|got it|ok|dismiss|read more|see more|listen|listen to this article|
  save|save article|saved|bookmark|follow|following|unfollow|toggle navigation|open menu|close menu|
  submit|go|back|next|previous|gift this article|give feedback|feedback|report an error|view comments|
  show comments|hide comments|contact us|about us|privacy policy|terms of use|terms and conditions|
  story continues below advertisement|article continues below|continue reading below|advertisement continues below|
  related topics|more on this story|top stories|most viewed|editor's picks`
    .split("|")
    .map((s) => s.trim()),
);
const CALL_TO_ACTION =
  /^(?:subscribe|sign up|sign in|log in|join (?:us|our|the)|follow us|download (?:our|the)|click here|get (?:our|the latest|the best)|don['’]t miss|register (?:now|for|to)|support (?:us|our)|donate|share (?:this|on)|listen to (?:this|the)|watch:|continue reading|newsletter|become a member|try \d|start your|unlock|already a subscriber)/iu;
const RELATED_LABELS =
  "related internet links|related links|external links|related topics|related stories|related articles|related content|related news|related coverage|related|also read|read more|read also|read next|see also|more on this story|more on this topic|more on this|more from [\\p{L} ]+|recommended for you|recommended|most read|most popular|trending now|trending|further reading|you may also like|you might also like|more stories|editor['’]s picks|what to read next";
const RELATED_LABEL = new RegExp(`^(?:${RELATED_LABELS})\\b\\s*[:|>»-]?`, "iu");
// A label alone on its line: the trailing "  :  " is cut off by a scan first (in the pattern,
// "more from [\\p{L} ]+" followed by \\s*[:|>»-]?\\s*$ backtracks cubically over spaces).
const RELATED_LABEL_ALONE = new RegExp(`^(?:${RELATED_LABELS})$`, "iu");
// Emoji, flags and pictographs around a sentence are decoration, not part of the claim.
const LEADING_SYMBOLS = /^(?:(?![©®])[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d\ufe0f\s])+/u;
const isTrailingSymbol = charClass(/[\p{Extended_Pictographic}\p{So}\p{Sk}\u200d\ufe0f\s]/u);
const BYLINE = /^(?:By|From|Written by|Reporting by)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|da))*\s*(?:$|[|,·•–—-])/u;
// Consent and paywall prompts are sentences ("We use cookies to improve your experience."), so they
// are recognised by what they are about, not by looking like a label.
const COOKIE_PROMPT = /\bcookies?\b/iu;
const COOKIE_CONTEXT =
  /\b(?:we use|(?:site|website|page) uses|by (?:continuing|clicking|using)|accept|consent|cookie (?:policy|settings|notice)|privacy|your (?:experience|preferences)|personali[sz]e)/iu;
const PAYWALL =
  /^(?:you(?:['’]ve| have) (?:read|reached|used)\b|you have \d+ free|this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members)|subscribe (?:for|to|now|today)\b|get (?:unlimited|full|digital) access|already (?:a )?(?:subscriber|member)|to continue reading|create a free account|register for free|get the (?:day['’]s|week['’]s|latest|best)\b[^.]{0,60}\binbox|have your say|let us know\b|join the conversation|comments? \(\d+\)|\d+ comments?$|\d+ min(?:ute)?s? read$)/iu;
// "By clicking Accept, you consent to …", "By continuing to browse you agree to our terms": the
// window is bounded, so the pattern stays linear.
const CONSENT = /^by (?:continuing|clicking|using|browsing|scrolling|signing|subscribing|registering|visiting)\b[^.]{0,120}?\b(?:agree|accept|consent)/iu;
// "Tags: drought, energy", "Source: Ministry of Health": a label, then a list or a name.
const FIELD_LABEL = /^(?:tags|topics|filed under|categories|keywords|source|sources|more about|in this story)\s*:/iu;
// "2 hours ago", "Just now": relative times printed next to a headline.
const RELATIVE_TIME = /^(?:just now|yesterday|today|(?:\d{1,3}|an?|one|two|three|few) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)$/iu;
// "This article was originally published on …", "A version of this story appeared in print …".
const PUBLICATION_NOTE =
  /^(?:this (?:article|story|piece|report|page) (?:was|has been|is) (?:originally |first |last )?(?:published|updated|corrected|amended|republished|produced)|a version of this (?:article|story)|an earlier version of this (?:article|story))/iu;
// "Katrin Møller is a business reporter covering transport …": an author's note (bounded windows).
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}'’.\- ]{1,60} (?:is|was) (?:a|an|the|our) [\p{L}\p{N} ,'’-]{0,60}?\b(?:reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|bureau chief)\s+(?:covering|based in|who covers|who writes|specialising|specializing|focusing)\b/u;
const TIMESTAMP = /^(?:published|updated|posted|last updated|first published|modified|last modified)\b/iu;
const CREDIT_ALONE =
  /^\(?\s*(?:photo|photograph|image|picture|credit|video|file photo|illustration|source)s?\s*(?:by\b|:|\/|credit|courtesy|via\b)/iu;
const SOURCE_CAPTION =
  /^\(?[\p{L} .'’\/-]{0,40}(?:getty images|afp|reuters|ap photo|epa|shutterstock|anadolu|xinhua|handout|file photo|via getty|supplied)[\p{L} .'’\/-]{0,40}\)?\.?$/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|all rights reserved/iu;
// Site footers that are sentences: "The BBC is not responsible for the content of external sites."
const FOOTER =
  /\b(?:not responsible for the content of external|approach to external linking|(?:read|see) our (?:privacy|cookie) (?:policy|notice)|trust principles|editorial (?:standards|guidelines))\b/iu;
const WIRE_CREDITS = /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|produced|graphics|fact-checking) by\b/iu;
// "Associated Press writer Acacia Coronado contributed to this report."
const CONTRIBUTOR_NOTE = /\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\b/iu;
// Link furniture that survives a copy-paste: "Purchase Licensing Rights, opens new tab".
const LINK_FURNITURE = /\b(?:opens? (?:in )?(?:a )?new (?:tab|window)|scroll to continue|licensing rights)\b/iu;
// A line that is only a date ("Monday, 3 March 2026 | 10:42 GMT") is short. DATE_ONLY opens with
// two adjacent letter runs ([\p{L}]* then \p{L}+) that backtrack quadratically over a long word
// (20,000 CJK characters took 19 s), so it only ever sees lines up to this length.
const DATE_ONLY_MAX_CHARS = 100;
const DATE_ONLY =
  /^[\p{L}]*,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:\s*[-–—,|at]*\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/iu;
const TERMINAL_END = /[.!?…؟۔]["”’')\]»]*$/u;
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

const NAME_CONNECTORS = new Set(["of", "the", "and", "for", "de", "del", "la", "le", "van", "von", "al", "bin", "da", "di", "&"]);

/** Every word is capitalised or a connector inside a name ("Central Bank of Ireland"). */
function onlyNames(s: string): boolean {
  for (const m of s.matchAll(/\S+/g)) if (!/^\p{Lu}/u.test(m[0]) && !NAME_CONNECTORS.has(m[0])) return false;
  return true;
}

function hasVerb(s: string): boolean {
  // A headline's verb may be a bare present ("Rebels take Quneitra …").
  for (const m of s.matchAll(/\p{Ll}[\p{L}'’-]*/gu)) if (isFiniteVerb(m[0]) || VERB_BASES.has(m[0])) return true;
  return false;
}

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
    } else {
      // "دمشق - سانا - وأعلنت …", "بيروت (رويترز) - قالت …": only when a sentence follows.
      const arabic = arabicDatelineLength(cut());
      if (arabic > 0 && start + arabic < end && /[\u0600-\u06FF«"]/u.test(text[start + arabic])) start += arabic;
    }
  }
  const credit = trailingCreditStart(cut());
  if (credit >= 0) end = start + credit;
  const trailing = TRAILING_SIGNOFF.exec(cut());
  if (trailing && AGENCIES.has(trailing[1].toLowerCase())) end = start + trailing.index;
  const arabicCredit = arabicTrailingCreditStart(cut());
  if (arabicCredit > 0) end = start + arabicCredit;
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
  if (LINK_FURNITURE.test(s) && shortEnough(s, 12)) return "navigation";
  if (!ends && /\s[|·•]\s/u.test(s) && splitAtSpacedSeparators(s, NAVIGATION_SEPARATORS).every((part) => shortEnough(part, 4))) {
    return BYLINE.test(s) ? "byline" : "navigation";
  }
  if (CALL_TO_ACTION.test(s) && (!ends || shortEnough(s, 14))) return "call to action";
  if (PAYWALL.test(s) && shortEnough(s, 30)) return "call to action";
  if (COOKIE_PROMPT.test(s) && COOKIE_CONTEXT.test(s) && shortEnough(s, 40)) return "call to action";
  if (CONSENT.test(s) && shortEnough(s, 40)) return "call to action";
  if (FIELD_LABEL.test(s) && shortEnough(s, 16)) return "section label";
  // "Cases by province:", "Results by party:": a heading that introduces a list or table.
  if (seg.wholeLine && s.endsWith(":") && shortEnough(s, 8)) return "section label";
  if (RELATED_LABEL.test(s)) return "related link";
  if (BYLINE.test(s) && !ends) return "byline";
  if (TIMESTAMP.test(s) && shortEnough(s, 12)) return "dateline";
  if (RELATIVE_TIME.test(bare)) return "dateline";
  if (PUBLICATION_NOTE.test(s) && shortEnough(s, 30)) return "dateline";
  if ((s.includes(" is ") || s.includes(" was ")) && AUTHOR_NOTE.test(s) && shortEnough(s, 40)) return "byline";
  if (s.length <= DATE_ONLY_MAX_CHARS && DATE_ONLY.test(s.trim()) && shortEnough(s, 8)) return "dateline";
  if (CREDIT_ALONE.test(s) && shortEnough(s, 16)) return "photo credit";
  if (SOURCE_CAPTION.test(s)) return "photo credit";
  if (WIRE_CREDITS.test(s)) return "sign-off";
  if (CONTRIBUTOR_NOTE.test(s) && shortEnough(s, 25)) return "sign-off";
  if (COPYRIGHT.test(s)) return "copyright";
  if (FOOTER.test(s) && shortEnough(s, 20)) return "copyright";
  // A short line of names with no verb and no figure ("Bank of England", "Faisal Islam"): a label or link.
  if (seg.wholeLine && !ends && shortEnough(s, 5) && !/\p{N}/u.test(s) && onlyNames(s) && !hasVerb(s.toLowerCase())) return "section label";
  if (seg.wholeLine && !ends && AGENCIES.has(bare)) return "sign-off";
  // Kickers and section heads: "NEWS IN BRIEF", "Weather", "Opinion".
  if (seg.wholeLine && !ends && shortEnough(s, 6) && !/\p{Ll}/u.test(s)) return "section label";
  if (seg.wholeLine && !ends && shortEnough(s, 2)) return "section label";
  return arabicDebrisReason(s, seg.wholeLine);
}

/** A label alone on its line ("Related stories", "Also read:") opens a block of link headlines. */
export function opensRelatedBlock(s: string): boolean {
  // The same as /^(?:LABELS)\s*[:|>»-]?\s*$/iu: cut the trailing spaces, at most one separator and
  // the spaces before it, then match a label exactly. Only "more from [\p{L} ]+" can end in spaces
  // itself: "more from" followed by nothing but two or more spaces and a separator is that label.
  let end = trailingRunStart(s, isSpace);
  if (end > 0 && isLabelSeparator(s[end - 1])) end = trailingRunStart(s.slice(0, end - 1), isSpace);
  const core = s.slice(0, end);
  return RELATED_LABEL_ALONE.test(core) || (core.toLowerCase() === "more from" && s.startsWith("  ", core.length)) || opensArabicRelatedBlock(s);
}

export function isHeadlineLike(s: string): boolean {
  return !TERMINAL_END.test(s) && shortEnough(s, 20);
}

// UI strings that are sentences of three words or more; shorter ones are caught by the word count.
const UI_PHRASE =
  /^(?:share (?:this|on|via)|skip to|copy (?:the )?link|link copied|copied to clipboard|accept (?:all|cookies)|manage (?:cookies|preferences)|sign up|log in|read more|show more|load more|follow us|click here|listen to this|save (?:this|for later))\b/iu;

/**
 * A span no reviewer could check on its own: no letters (a list number "1.", a score "3-1"),
 * fewer than three words ("Copied!", "Accept all", "Climate"), or a UI string ("Share this
 * article"). Never a claim, whatever it scores.
 */
export function isBareSpan(s: string): boolean {
  let letterWords = 0;
  let words = 0;
  let caseless = 0;
  for (const m of s.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’.,\-][\p{L}\p{M}\p{N}]+)*/gu)) {
    words++;
    if (/\p{L}/u.test(m[0])) letterWords++;
    // Scripts without spaces: one "word" can be a whole sentence; count its letters instead.
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u.test(m[0])) caseless += m[0].length;
    if (words >= 3 && letterWords >= 1) break;
  }
  if (caseless >= 6) return false;
  if (letterWords === 0 || words < 3) return true;
  return UI_PHRASE.test(s) && shortEnough(s, 6);
}

// "REUTERS/Susana Vera", "AFP via Getty Images", "Photo: EPA/Juan Carlos Cárdenas": a photographer's
// credit. The line it ends is a photo caption, which restates the article or shows a scene.
const PHOTO_CREDIT_IN_LINE =
  /(?:^|[\s.(])(?:REUTERS|Reuters|AFP|AP Photo|EPA(?:-EFE)?|Getty Images|Bloomberg|Xinhua|Anadolu|SANA|dpa)\s?\/\s?\p{Lu}[\p{L}\p{M} .'’-]{0,40}\)?$|\b(?:AFP|AP|Reuters) via Getty Images\)?$/u;

/** A segment that ends in a photographer's credit (not "a Reuters/Ipsos poll showed …"): its line is a caption. */
export function isPhotoCredit(s: string): boolean {
  return s.length <= 400 && PHOTO_CREDIT_IN_LINE.test(s);
}
