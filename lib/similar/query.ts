// The full-text question a claim's candidates answer: "shares a rare word group of mine and one
// more" (candidateQuestion). A group is one content word with its concept family in BOTH
// languages (so "dead" also asks for "killed" and "مقتل", "Syria" for "سوريا") or one figure.
// Two claims asserting the same fact share their specific words (names, figures, uncommon nouns)
// far more surely than the common ones, and common words are what make the index slow: "killed"
// or a big city matches a large part of a desk's claims, and their posting lists are what the
// index reads and the ranking scores. So the groups are ordered by how many claims hold them
// (document frequencies from PostgreSQL's own statistics of the indexed column, frequencies.ts),
// and every branch of a question requires one of the rarest, so the index walks only short
// posting lists. Written in to_tsquery syntax and read by the database with the same
// normalisation and both stemmings it indexed with (data.ts). Pure.
import { normaliseAsIndexed } from "./stem";
import { normaliseText, numberWordsOf, readStatement, stem } from "./text";
import { PLACE_KEY } from "./gazetteer";
import { SCALE_SIZES, scaleSpellings } from "./numbers";
import { EMPTY_LEXICON, translatedWords, type Lexicon } from "./lexicon";
import { broaderOf, membersOf } from "./vocabulary";

/** Word groups taken from one claim before frequencies are known. */
const MAX_GROUPS = 10;
/** A word no family covers also asks for at most this many of its dictionary translations. */
const MAX_TRANSLATIONS_ASKED = 3;
/** At most this many rare groups are asked for. */
const MAX_ASKED = 6;
/** The common groups a rare one may be shared with: the claim's least common this many. */
const MIN_ASKED = 3;
/**
 * A group held by more claims than this is common: never required on its own when the claim has a
 * rarer one (the posting lists walked and the rows matched are what a question costs).
 */
const COMMON_ROWS = 400;
/** Below this many claims every group is asked for: the index answers any question fast. */
const SMALL_DESK = 5_000;

const ARABIC = /[\u0600-\u06FF]/;

/** The text search configuration a claim is read with: its script decides. */
export function searchConfig(statement: string): "english" | "arabic" {
  return ARABIC.test(statement) ? "arabic" : "english";
}

/** Letters and digits only, so no word can be read as an operator. */
const plain = (term: string) => term.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);

/**
 * One member of a group: a word, or the words of a set phrase, all asked for ("a & b"; not in
 * order: a phrase operator makes the database re-read every matching row, and the scorer reads
 * the phrase anyway).
 */
export type Term = string;

/** The claim's word groups: each content word (with its concept's members in both languages) and each whole-number figure. */
export function wordGroups(statement: string, lexicon: Lexicon = EMPTY_LEXICON): Term[][] {
  const { tokens, figures } = readStatement(statement);
  const groups = new Map<string, Set<Term>>();
  for (const token of tokens) {
    const group = groups.get(token.key) ?? new Set<Term>();
    const own = plain(normaliseText(token.surface));
    if (token.key.startsWith("@")) {
      // The concept's members, one per stem ("kill", not also "killed", "kills"): the database
      // stems them alike, and every extra word makes the query longer for each row.
      const stems = new Set<string>();
      // A specific concept also asks for the broader ones it covers (hypernym layer, score.ts):
      // "the lira" finds "the Turkish currency", "Kathmandu" finds "the Nepalese capital".
      const broader = broaderOf(token.key).flatMap((key) => membersOf(key));
      for (const member of [own.join(" "), ...membersOf(token.key), ...broader]) {
        const parts = plain(member);
        if (!parts.length) continue;
        const key = parts.map((part) => stem(normaliseText(part))).join(" ");
        if (stems.has(key)) continue;
        stems.add(key);
        group.add(parts.join(" & "));
        // The index keeps the conjunction on an Arabic verb ("وأصيب" stays whole): ask for it too.
        if (parts.length === 1 && ARABIC.test(parts[0]!) && !parts[0]!.startsWith("ال")) group.add(`و${parts[0]}`);
      }
    } else {
      for (const part of own) group.add(part);
      // "Doğanyol" reads as "doganyol", but the index keeps the accent: ask for the word as written too.
      for (const part of plain(normaliseAsIndexed(token.surface))) group.add(part);
      // A translation in the other script (lexicon.ts), so a claim told in the other language
      // that shares this word's meaning is a candidate too.
      for (const word of translatedWords(lexicon, token.key, MAX_TRANSLATIONS_ASKED))
        for (const part of plain(word)) group.add(part);
    }
    if (group.size) groups.set(token.key, group);
  }
  for (const figure of figures) {
    // A share told in words ("a third") is matched only roughly, by the scorer: not a word to ask for.
    if (figure.rough) continue;
    // The value ("1200", "4200000000") and the figure as written, as the database indexed it:
    // "1,200" as the numbers 1 and 200, "35.7" and "4.2" (of "$4.2 billion") whole, a
    // number word ("twelve") as a word.
    const value = figure.value.replace(/%$/, "");
    const written = normaliseText(figure.surface);
    const digits = written.match(/\d+(?:[.,]\d+)*/)?.[0];
    const asWritten = digits ? digits.split(",").join(" & ") : plain(written)[0];
    const group = groups.get(`#${figure.value}`) ?? new Set<Term>([value]);
    if (asWritten) group.add(asWritten);
    // A small number is often written out, in either language: "seven" meets "سبعة".
    for (const word of numberWordsOf(value)) group.add(word);
    for (const term of scaledForms(Number(value))) group.add(term);
    groups.set(`#${figure.value}`, group);
  }
  // Weak newsroom words last, so the cap drops them first.
  const weak = new Set(tokens.filter((token) => token.weak).map((token) => token.key));
  return [...groups.entries()]
    .sort(([a], [b]) => Number(weak.has(a)) - Number(weak.has(b)))
    .slice(0, MAX_GROUPS)
    .map(([, words]) => [...words]);
}

/**
 * The other ways a round figure with a scale is written, as the index holds them: "3,000,000"
 * told as "$3m" (one lexeme, "3m"), as "3 million" (the lexeme "3"), as "ثلاثة ملايين" or "three
 * million" (the number word beside the scale word). The figure group asks for all of them, so a
 * claim that writes the figure one way finds a claim that writes it another.
 */
function scaledForms(value: number): Term[] {
  const size = SCALE_SIZES.find((scale) => value >= scale && inHundredths(value / scale));
  if (!size) return [];
  const { glued, words } = scaleSpellings(size);
  const mantissa = value / size;
  if (mantissa >= 1000) return [];
  const digits = String(Math.round(mantissa * 100) / 100);
  // "one million" is as often "a million": the article is no word to ask for.
  const spelled = mantissa >= 2 ? numberWordsOf(digits) : [];
  return [
    digits,
    ...glued.map((suffix) => `${digits}${suffix}`),
    ...spelled.flatMap((word) => words.filter((scaleWord) => ARABIC.test(scaleWord) === ARABIC.test(word)).map((scaleWord) => `${word} & ${scaleWord}`)),
  ];
}

const inHundredths = (x: number) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

/**
 * The terms of the claim's places and names (gazetteer entries, and capitalised or Arabic words no
 * family covers): what identifies an event when every word of a claim is common.
 */
export function anchorTerms(statement: string): Set<Term> {
  const anchors = new Set<Term>();
  for (const token of readStatement(statement).tokens) {
    const own = plain(normaliseText(token.surface));
    if (token.key.startsWith(PLACE_KEY)) anchors.add(own.join(" & "));
    else if (token.alias && !token.key.startsWith("@")) for (const part of own) anchors.add(part);
  }
  return anchors;
}

const asTerm = (words: Term[]) => (words.length > 1 ? `(${words.join(" | ")})` : words[0]!);

/** Each group's estimated number of claims holding it, from the database's statistics. */
export interface GroupRows {
  rowsOf(group: Term[]): number;
  /** Claims in the table (the statistics' estimate). */
  claims: number;
}

/** "(a | b) & c | (a | b) & d | c & d": at least two groups shared. Null when there are no words. */
export function pairQuery(groups: Term[][], mayPair: (i: number, j: number) => boolean = () => true): string | null {
  const terms = groups.map(asTerm);
  if (!terms.length) return null;
  if (terms.length === 1) return terms[0]!;
  const pairs: string[] = [];
  for (let i = 0; i < terms.length; i++)
    for (let j = i + 1; j < terms.length; j++) if (mayPair(i, j)) pairs.push(`${terms[i]} & ${terms[j]}`);
  return pairs.join(" | ");
}

/** The candidate question: what the index is asked, and what it is asked only when that finds nothing. */
export interface CandidateQuestion {
  primary: string;
  /** Asked only when the primary question matches no claim; null: never. */
  fallback: string | null;
}

/**
 * The candidate question for a claim. Without statistics (null) or on a small desk, every pair of
 * every group (small indexes answer anything fast). On a large desk, by the groups' estimated
 * rows:
 * - the claim has rare groups (at most COMMON_ROWS claims hold one; the MAX_ASKED rarest): a
 *   claim that shares a rare group and any other group of the claim, rare or common. The rare
 *   groups are required, so the index walks only their short posting lists and checks the common
 *   ones there (GIN's fast scan): cheap however common the other words are, and a paraphrase that
 *   shares one specific word (a name, a figure) and one common one ("hospital") is still found.
 * - no rare group at all (every word common: a desk's daily toll updates, or the benchmark's
 *   template sentences, where thousands of claims share every word but the place and the figure):
 *   the least common place or name (else the least common group) and two of the next three least
 *   common groups. Pairs of common groups would match every claim of the crowd, and reading and
 *   ranking thousands of rows is what made the slow case slow.
 * Either way, when that matches no claim at all, the pairs of the three least common groups that
 * are not rare are asked instead: across scripts the rare words of a claim are often words the
 * other language does not share (an Arabic verb, a name the gazetteer lacks), and a translation
 * then shares only figures and common concepts ("five" + "60" + "firefighters").
 */
export function candidateQuestion(
  groups: Term[][],
  rows: GroupRows | null,
  anchors: Set<Term> = new Set(),
): CandidateQuestion | null {
  if (!rows || rows.claims < SMALL_DESK) {
    const all = pairQuery(groups);
    return all ? { primary: all, fallback: null } : null;
  }
  if (!groups.length) return null;
  const ordered = groups.map((group) => ({ group, rows: rows.rowsOf(group) })).sort((a, b) => a.rows - b.rows);
  const rare = ordered.filter((entry) => entry.rows <= COMMON_ROWS).slice(0, MAX_ASKED);
  const common = ordered.filter((entry) => !rare.includes(entry));
  const leastCommon = common.slice(0, MIN_ASKED).map((entry) => entry.group);
  const fallback = leastCommon.length > 1 ? pairQuery(leastCommon) : null;
  if (!rare.length) {
    // One group required and two of the next three: its posting list is the only one the index
    // walks, and a word only one language has ("جوية" of "غارة جوية") does not lose a
    // translation. The required group is the claim's least common place or name when it has
    // one (the crowd's claims of the same place, whatever their figures: "12 dead" and "15 dead"
    // in Homs are a conflict to point out, 12 dead elsewhere is another event), else its least
    // common group.
    const isAnchor = (entry: (typeof common)[number]) => entry.group.some((term) => anchors.has(term));
    const anchor = common.find(isAnchor);
    const anchorFirst = anchor ? [anchor, ...common.filter((entry) => entry !== anchor)] : common;
    const [least, ...next] = anchorFirst.slice(0, MIN_ASKED + 1).map((entry) => entry.group);
    const primary =
      next.length >= MIN_ASKED ? `${asTerm(least!)} & (${pairQuery(next)})` : [least!, ...next].map(asTerm).join(" & ");
    return { primary, fallback };
  }
  const rareTerms = rare.map((entry) => asTerm(entry.group));
  const anyCommon = leastCommon.map(asTerm).join(" | ");
  const parts: string[] = [];
  if (anyCommon) parts.push(`(${rareTerms.join(" | ")}) & (${anyCommon})`);
  if (rare.length > 1) parts.push(pairQuery(rare.map((entry) => entry.group))!);
  // A claim of one rare group and nothing else: that group alone.
  return { primary: parts.length ? parts.join(" | ") : rareTerms[0]!, fallback };
}

/**
 * What candidates are ranked by: the claim's own words and figures as written, any one. Short,
 * because ranking reads it against every matching row (the families are for finding them).
 */
export function rankQuery(statement: string): string | null {
  const { tokens, figures } = readStatement(statement);
  const words = new Set([
    ...tokens.flatMap((token) => plain(normaliseText(token.surface))),
    ...figures.flatMap((figure) => normaliseText(figure.surface).match(/\d+(?:\.\d+)?/g) ?? []),
  ]);
  return words.size ? [...words].join(" | ") : null;
}

/** The candidate question for a statement, every group asked for (no frequencies). */
export function candidateQuery(statement: string): string | null {
  return pairQuery(wordGroups(statement));
}

/** Any one word group, for a search box question ("12 dead Kafr Nabl" should find more than exact pairs). */
export function searchQuery(statement: string): string | null {
  const terms = wordGroups(statement).map(asTerm);
  return terms.length ? terms.join(" | ") : null;
}
