// npm run audit:similar-stems [-- --family @currency]
// Lists Arabic words that similar-claim matching reads as a family only through a light stem
// (not written in the family) while FreeDict's Arabic–English dictionary translates them as
// something else: "العملية" (operation) read as "عملة" (currency), "يقارب" (nearly) as "قارب"
// (boat). Such a misreading makes unrelated claims share a word. A maintainer reads the list and
// writes the common ones into a family of their own (lib/similar/concepts-society.ts, "Common words
// whose light stem…"); rare or harmless ones (a relative of the family's word) are left.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { DEFAULT_DICTIONARY_FOLDER, readDictd } from "@/lib/similar/lexicon-file";
import { stripArabicPrefix } from "@/lib/similar/stem";
import { keyOf, normaliseText } from "@/lib/similar/text";
import { conceptOf } from "@/lib/similar/vocabulary";

const { values: options } = parseArgs({ options: { family: { type: "string" } } });
const folder = process.env.CLAIMLEDGER_SIMILAR_DICTIONARIES || DEFAULT_DICTIONARY_FOLDER;
const file = (extension: string) => readFileSync(path.join(folder, `freedict-ara-eng.${extension}`));
const entries = readDictd(file("index").toString("utf8"), gunzipSync(file("dict.dz")));

const misread = new Map<string, string[]>();
for (const { headword, translations } of entries) {
  if (headword.includes(" ")) continue;
  const normalised = normaliseText(headword);
  // Written in a family (with or without the article): read as written, not through a stem.
  if (conceptOf(normalised) || conceptOf(stripArabicPrefix(normalised))) continue;
  const key = keyOf(headword);
  if (!key.startsWith("@") || (options.family && key !== options.family)) continue;
  const english = translations.flatMap((translation) => translation.split(/[,;]/)).map((word) => word.trim()).filter(Boolean);
  // A translation in the same family says the stem read it right ("الانفجارات" → explosions).
  if (english.some((translation) => translation.split(/\s+/).some((word) => keyOf(word) === key))) continue;
  misread.set(key, [...(misread.get(key) ?? []), `${headword} = ${english.slice(0, 3).join(" / ")}`]);
}

const families = [...misread].sort((a, b) => b[1].length - a[1].length);
for (const [key, words] of families) console.log(`${key} (${words.length})\n  ${words.join("\n  ")}`);
console.log(`\n${families.reduce((sum, [, words]) => sum + words.length, 0)} words in ${families.length} families`);
