// Deterministic synthetic newsroom text for the scale benchmark: articles made of claim-like
// sentences over a vocabulary wide enough that full-text search is selective, with a few marker
// words at known frequencies (the benchmark searches for one of them).
import { createHash } from "node:crypto";

/** mulberry32: a small seeded PRNG, so two runs of the benchmark seed the same data. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof randomSource>;

const SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vor", "del", "pan", "sur", "qui", "bel", "nor", "dax", "fen", "gil", "hal", "jor", "mun", "pel", "tri"];
const COMMON = ["ministry", "officials", "report", "police", "hospital", "border", "election", "council", "budget", "village", "troops", "workers", "schools", "prices", "water", "power", "court", "families", "aid", "refugees"];
const CLAIMANTS = ["the health ministry", "a police spokesman", "the mayor", "the central bank", "the army", "a UN agency", null, null];
const PLACES = ["Aleppo", "Homs", "Idlib", "Daraa", "Latakia", "Hama", "Raqqa", "Deir ez-Zor"];

/** The word the benchmark searches for: in about 1 claim in 200 (a selective, realistic search). */
export const SEARCH_WORD = "ceasefire";

export function vocabulary(random: Random, size = 3000): string[] {
  const words = new Set<string>();
  while (words.size < size) words.add(random.pick(SYLLABLES) + random.pick(SYLLABLES) + random.pick(SYLLABLES));
  return [...words];
}

export function claimSentence(random: Random, words: string[]): { text: string; claimant: string | null } {
  const claimant = random.pick(CLAIMANTS);
  const parts = [
    String(100 + random.int(9000)),
    random.pick(COMMON),
    ...Array.from({ length: 8 + random.int(8) }, () => random.pick(words)),
    random.chance(0.005) ? SEARCH_WORD : random.pick(COMMON),
    "in",
    random.pick(PLACES),
  ];
  const lead = claimant ? `According to ${claimant}, ` : "";
  const text = `${lead}${parts.join(" ")} since ${2015 + random.int(10)}.`;
  return { text: text[0].toUpperCase() + text.slice(1), claimant };
}

export interface ArticleText {
  title: string;
  body: string;
  bodySha256: string;
  claims: { text: string; start: number; end: number; prefix: string; suffix: string; claimant: string | null }[];
}

/** An article of `claimCount` claim sentences (with filler between), anchored by offset. */
export function articleText(random: Random, words: string[], index: number, claimCount: number): ArticleText {
  const title = `Report ${index}: ${random.pick(COMMON)} ${random.pick(words)} in ${random.pick(PLACES)}`;
  let body = `${title}\n\n`;
  const claims: ArticleText["claims"] = [];
  for (let i = 0; i < claimCount; i++) {
    const { text, claimant } = claimSentence(random, words);
    const start = body.length;
    body += text;
    claims.push({ text, start, end: body.length, prefix: "", suffix: "", claimant });
    body += i % 5 === 4 ? "\n\n" : ` Residents ${random.pick(words)} ${random.pick(words)}. `;
  }
  for (const claim of claims) {
    claim.prefix = body.slice(Math.max(0, claim.start - 32), claim.start);
    claim.suffix = body.slice(claim.end, claim.end + 32);
  }
  return { title, body, bodySha256: createHash("sha256").update(body).digest("hex"), claims };
}

/** About `wordCount` words of prose for the import timing (the extractor finds the claims). */
export function importBody(random: Random, words: string[], wordCount: number, salt: string): string {
  const sentences: string[] = [`Import benchmark ${salt}.`];
  let count = 3;
  while (count < wordCount) {
    const { text } = claimSentence(random, words);
    sentences.push(text, `Residents ${random.pick(words)} the ${random.pick(COMMON)}.`);
    count += text.split(" ").length + 4;
    if (sentences.length % 10 === 0) sentences.push("\n\n");
  }
  return sentences.join(" ");
}
