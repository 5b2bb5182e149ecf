// The full-text question a claim's candidates answer: "shares at least two of my rarest word
// groups". A group is one content word with its concept family in BOTH languages (so "dead" also
// asks for "killed" and "مقتل", "Syria" for "سوريا") or one figure. Two claims asserting the same
// fact share their specific words (names, figures, uncommon nouns) far more surely than the
// common ones, and common words are what make the index slow: "killed" or a big city matches a
// large part of a desk's claims, and their posting lists are what the index reads and the
// ranking scores. So the groups are ordered by how many claims hold them (document frequencies
// from PostgreSQL's own statistics of the indexed column, frequencies.ts) and only the rarest
// few are asked for, in pairs. Written in to_tsquery syntax and read by the database with the
// same normalisation and both stemmings it indexed with (data.ts). Pure.
import { normaliseText, numberWordsOf, readStatement, stem } from "./text";
import { membersOf } from "./vocabulary";

/** Word groups taken from one claim before frequencies are known. */
const MAX_GROUPS = 10;
/** At most this many of the rarest groups are asked for. */
const MAX_ASKED = 6;
/** ... and at least this many when the claim has them, however common (two words alone are too strict). */
const MIN_ASKED = 3;
/**
 * A group held by more claims than this is common: a pair of two common groups is not asked for
 * when the claim has a rarer one (the rows a question matches are what it costs to answer).
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
export function wordGroups(statement: string): Term[][] {
  const { tokens, figures } = readStatement(statement);
  const groups = new Map<string, Set<Term>>();
  for (const token of tokens) {
    const group = groups.get(token.key) ?? new Set<Term>();
    const own = plain(normaliseText(token.surface));
    if (token.key.startsWith("@")) {
      // The concept's members, one per stem ("kill", not also "killed", "kills"): the database
      // stems them alike, and every extra word makes the query longer for each row.
      const stems = new Set<string>();
      for (const member of [own.join(" "), ...membersOf(token.key)]) {
        const parts = plain(member);
        if (!parts.length) continue;
        const key = parts.map((part) => stem(normaliseText(part))).join(" ");
        if (stems.has(key)) continue;
        stems.add(key);
        group.add(parts.join(" & "));
        // The index keeps the conjunction on an Arabic verb ("وأصيب" stays whole): ask for it too.
        if (parts.length === 1 && ARABIC.test(parts[0]!) && !parts[0]!.startsWith("ال")) group.add(`و${parts[0]}`);
      }
    } else for (const part of own) group.add(part);
    if (group.size) groups.set(token.key, group);
  }
  for (const figure of figures) {
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
    groups.set(`#${figure.value}`, group);
  }
  // Weak newsroom words last, so the cap drops them first.
  const weak = new Set(tokens.filter((token) => token.weak).map((token) => token.key));
  return [...groups.entries()]
    .sort(([a], [b]) => Number(weak.has(a)) - Number(weak.has(b)))
    .slice(0, MAX_GROUPS)
    .map(([, words]) => [...words]);
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

/**
 * The candidate question: pairs of the claim's rarest groups. The rare ones (at most COMMON_ROWS
 * claims) up to MAX_ASKED, topped up with the next rarest to MIN_ASKED; a pair of two common
 * groups only when the claim has no rare one. Without statistics (null) or on a small desk,
 * every pair of every group.
 */
export function rarestPairQuery(groups: Term[][], rows: GroupRows | null): string | null {
  if (!rows || rows.claims < SMALL_DESK) return pairQuery(groups);
  const ordered = groups.map((group) => ({ group, rows: rows.rowsOf(group) })).sort((a, b) => a.rows - b.rows);
  const rare = ordered.filter((entry) => entry.rows <= COMMON_ROWS).slice(0, MAX_ASKED);
  const asked = rare.length >= MIN_ASKED ? rare : ordered.slice(0, Math.min(MIN_ASKED, ordered.length));
  const isRare = asked.map((entry) => entry.rows <= COMMON_ROWS);
  const anyRare = isRare.some(Boolean);
  return pairQuery(
    asked.map((entry) => entry.group),
    (i, j) => !anyRare || isRare[i]! || isRare[j]!,
  );
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
