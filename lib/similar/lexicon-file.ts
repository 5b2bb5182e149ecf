// Reads the bilingual lexicon (lexicon.ts) from dictd dictionaries on this machine: FreeDict's
// English–Arabic and Arabic–English (Debian's dict-freedict-eng-ara and dict-freedict-ara-eng,
// GPL data, so read where the system installed them, never copied into this repository).
// CLAIMLEDGER_SIMILAR_DICTIONARIES names the folder (default /usr/share/dictd); without the files
// matching runs on the word families alone, as before, and says so once in the log.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { buildLexicon, EMPTY_LEXICON, type Lexicon, type LexiconEntry } from "./lexicon";

export const DEFAULT_DICTIONARY_FOLDER = "/usr/share/dictd";
export const DICTIONARY_NAMES = ["freedict-eng-ara", "freedict-ara-eng"];

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** dictd's index numbers: base 64, most significant digit first. */
function indexNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = B64.indexOf(char);
    if (digit < 0) throw new Error(`Not a dictd index number: "${text}"`);
    value = value * 64 + digit;
  }
  return value;
}

/**
 * The entries of one dictd dictionary (its .index and its .dict or .dict.dz): each entry's first
 * line is the headword (with a pronunciation between slashes), the lines after it translations,
 * numbered when there are several ("1. Confiscate"). The database's own entries ("00-database-…")
 * are skipped.
 */
export function readDictd(indexText: string, dictionary: Buffer): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Set<number>();
  for (const line of indexText.split("\n")) {
    const [word, offsetText, lengthText] = line.split("\t");
    if (!word || !offsetText || !lengthText || word.startsWith("00database") || word.startsWith("00-database")) continue;
    const offset = indexNumber(offsetText);
    if (seen.has(offset)) continue;
    seen.add(offset);
    const [head, ...rest] = dictionary
      .subarray(offset, offset + indexNumber(lengthText))
      .toString("utf8")
      .split("\n")
      .map((text) => text.trim());
    const headword = (head ?? "").replace(/\s*\/[^/]*\/\s*$/, "");
    if (!headword || headword.startsWith("00-database")) continue;
    const translations = rest.map((text) => text.replace(/^\d+\.\s*/, "")).filter(Boolean);
    if (translations.length) entries.push({ headword, translations });
  }
  return entries;
}

function dictionaryFiles(folder: string, name: string): { index: string; dictionary: string } | null {
  const index = path.join(folder, `${name}.index`);
  const dictionary = [`${name}.dict.dz`, `${name}.dict`].map((file) => path.join(folder, file)).find(existsSync);
  return existsSync(index) && dictionary ? { index, dictionary } : null;
}

/** The lexicon of the dictionaries found in `folder` (empty when there are none). */
export function loadLexicon(folder: string): { lexicon: Lexicon; dictionaries: string[] } {
  const entries: LexiconEntry[] = [];
  const dictionaries: string[] = [];
  for (const name of DICTIONARY_NAMES) {
    const files = dictionaryFiles(folder, name);
    if (!files) continue;
    const raw = readFileSync(files.dictionary);
    // A .dict.dz is gzip with a random-access table in its header: gunzip reads it whole.
    const text = files.dictionary.endsWith(".dz") ? gunzipSync(raw) : raw;
    entries.push(...readDictd(readFileSync(files.index, "utf8"), text));
    dictionaries.push(name);
  }
  return { lexicon: entries.length ? buildLexicon(entries) : EMPTY_LEXICON, dictionaries };
}

let cached: Lexicon | null = null;

/** This process's lexicon, read once from CLAIMLEDGER_SIMILAR_DICTIONARIES (or the default folder). */
export function bilingualLexicon(): Lexicon {
  if (cached) return cached;
  const folder = process.env.CLAIMLEDGER_SIMILAR_DICTIONARIES?.trim() || DEFAULT_DICTIONARY_FOLDER;
  const { lexicon, dictionaries } = loadLexicon(folder);
  if (!dictionaries.length)
    console.warn(
      `[claimledger] similar claims: no ${DICTIONARY_NAMES.join(" or ")} dictionary in ${folder}; matching across languages uses the word families only`,
    );
  cached = lexicon;
  return lexicon;
}
