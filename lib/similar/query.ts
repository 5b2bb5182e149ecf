// The full-text question a claim's candidates answer: "shares at least two of my words" (a word
// and its paraphrase family count as one: "dead" also asks for "killed", "مقتل"). A single shared
// word matches a large share of a desk's claims ("killed", a city) and makes ranking them slow;
// two rarely do, and two claims asserting the same fact share at least two. Written in
// to_tsquery syntax and read by the database with the same normalisation and both stemmings it
// indexed with (lib/similar/data.ts). Pure.
import { normaliseText, readStatement, stem } from "./text";
import { membersOf } from "./vocabulary";

/** Word groups taken from one claim: more would make the pair query needlessly long. */
const MAX_GROUPS = 10;

const ARABIC = /[\u0600-\u06FF]/;

/** The text search configuration a claim is read with: its script decides. */
export function searchConfig(statement: string): "english" | "arabic" {
  return ARABIC.test(statement) ? "arabic" : "english";
}

/** Letters and digits only, so no word can be read as an operator. */
const plain = (term: string) => term.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);

/** The claim's word groups: each content word (with its paraphrases) and each whole-number figure. */
export function wordGroups(statement: string): string[][] {
  const { tokens, figures } = readStatement(statement);
  // Paraphrases in the claim's own script only, one per stem ("kill", not also "killed", "kills"):
  // the database stems them alike, and every extra word makes the query slower for each row.
  const arabic = ARABIC.test(statement);
  const groups = new Map<string, Set<string>>();
  for (const token of tokens) {
    const group = groups.get(token.key) ?? new Set<string>();
    for (const part of plain(token.surface)) group.add(part);
    if (token.key.startsWith("@")) {
      const stems = new Set([...group].map((word) => stem(normaliseText(word))));
      for (const member of membersOf(token.key)) {
        if (ARABIC.test(member) !== arabic) continue;
        for (const part of plain(member)) {
          const key = stem(normaliseText(part));
          if (stems.has(key)) continue;
          stems.add(key);
          group.add(part);
        }
      }
    }
    if (group.size) groups.set(token.key, group);
  }
  for (const figure of figures) if (/^\d+$/.test(figure.value)) groups.set(`#${figure.value}`, new Set([figure.value]));
  // Weak newsroom words last, so the cap drops them first.
  const weak = new Set(tokens.filter((token) => token.weak).map((token) => token.key));
  return [...groups.entries()]
    .sort(([a], [b]) => Number(weak.has(a)) - Number(weak.has(b)))
    .slice(0, MAX_GROUPS)
    .map(([, words]) => [...words]);
}

/** "(a | b) & c | (a | b) & d | c & d": at least two groups shared. Null when there are no words. */
export function candidateQuery(statement: string): string | null {
  const groups = wordGroups(statement).map((words) => (words.length > 1 ? `(${words.join(" | ")})` : words[0]!));
  if (!groups.length) return null;
  if (groups.length === 1) return groups[0]!;
  const pairs: string[] = [];
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) pairs.push(`${groups[i]} & ${groups[j]}`);
  return pairs.join(" | ");
}

/** The claim's own words and figures, any one: what candidates are ranked by (short, so ranking stays cheap). */
export function rankQuery(statement: string): string | null {
  const { tokens, figures } = readStatement(statement);
  const numbers = figures.filter((figure) => /^\d+$/.test(figure.value)).map((figure) => figure.value);
  const words = new Set([...tokens.flatMap((token) => plain(token.surface)), ...numbers]);
  return words.size ? [...words].join(" | ") : null;
}

/** Any one word group, for a search box question ("12 dead Kafr Nabl" should find more than exact pairs). */
export function searchQuery(statement: string): string | null {
  const groups = wordGroups(statement).map((words) => (words.length > 1 ? `(${words.join(" | ")})` : words[0]!));
  return groups.length ? groups.join(" | ") : null;
}
