// Headlines and decks restate the article: "Earthquake kills at least 42 in northern province" sits
// above "A magnitude 6.4 earthquake struck …, killing at least 42 people …". Both scored as claims
// give the reviewer the same check twice, and the headline is the worse copy (no source, no date).
// A headline-like line is dropped when one of the sentences after it contains most of its content
// words. Linear: each headline is compared with a bounded number of following sentences.

import { ARABIC_STOP_WORDS, arabicStem, bare, hasArabicLetter } from "./arabic";
import { isWord, type Token } from "./features";

/** Sentences after a headline that may restate it (a deck, a byline and the lede fit easily). */
const WINDOW = 12;
const MIN_COVERAGE = 0.6;
const MIN_CONTENT_WORDS = 3;

const STOP = new Set(
  `a an the of to in on at for and or but by with from as after over into amid than that this is are was were be been
  has have had it its their his her says say said will would could may can not no new more`.split(/\s+/),
);

// Headlines are in the present, ledes in the past: "falls" is "fell", "wins" is "won".
const PAST_TO_PRESENT = new Map(
  `fell:fall rose:rise risen:rise won:win lost:lose struck:strike took:take taken:take sold:sell held:hold left:leave
  led:lead met:meet paid:pay made:make gave:give grew:grow drew:draw fled:flee beat:beat hit:hit cut:cut shot:shoot
  sank:sink spent:spend bought:buy brought:bring caught:catch fought:fight found:find kept:keep sent:send built:build
  began:begin broke:break came:come went:go saw:see told:tell said:say`
    .split(/\s+/)
    .map((pair) => pair.split(":") as [string, string]),
);

/** A crude stem, enough to see "kills" in "killing" and "vendors" in "vendor". */
function stem(word: string): string {
  let w = word.replace(/['’]s$/u, "");
  w = PAST_TO_PRESENT.get(w) ?? w;
  if (/\p{N}/u.test(w)) return w.replace(/[.,]/g, "");
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, 5);
}

export function contentStems(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!isWord(t) || STOP.has(t.lower)) continue;
    if (hasArabicLetter(t.text)) {
      if (!ARABIC_STOP_WORDS.has(bare(t.text))) out.add(arabicStem(t.text));
      continue;
    }
    out.add(stem(t.lower));
  }
  return out;
}

export interface SentenceInfo {
  start: number;
  end: number;
  /** A line without a final stop (headline, deck, kicker). */
  headline: boolean;
}

/**
 * Indices of headline-like sentences that a following sentence states in full. `tokensOf(k)` gives
 * sentence k's tokens (the caller tokenizes each sentence once, for this and for scoring).
 */
export function restatedHeadlines(
  sentences: readonly SentenceInfo[],
  tokensOf: (k: number) => readonly Token[],
): Set<number> {
  const out = new Set<number>();
  const stems = new Map<number, Set<string>>();
  const stemsOf = (k: number): Set<string> => {
    let s = stems.get(k);
    if (!s) {
      s = contentStems(tokensOf(k));
      stems.set(k, s);
    }
    return s;
  };
  for (let i = 0; i < sentences.length; i++) {
    if (!sentences[i].headline) continue;
    const head = stemsOf(i);
    if (head.size < MIN_CONTENT_WORDS) continue;
    for (let j = i + 1, seen = 0; j < sentences.length && seen < WINDOW; j++) {
      if (sentences[j].headline) continue;
      seen++;
      const body = stemsOf(j);
      let covered = 0;
      for (const w of head) if (body.has(w)) covered++;
      if (covered / head.size >= MIN_COVERAGE) {
        out.add(i);
        break;
      }
    }
  }
  return out;
}
