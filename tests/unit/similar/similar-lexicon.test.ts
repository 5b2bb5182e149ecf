// The bilingual lexicon (lib/similar/lexicon.ts) and its reading of dictd dictionaries
// (lexicon-file.ts): real files in FreeDict's format, written here (index with base-64 offsets,
// gzip-compressed body), then read by the same code that reads /usr/share/dictd.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildLexicon, mayTranslate, translatedWords } from "@/lib/similar/lexicon";
import { loadLexicon, readDictd } from "@/lib/similar/lexicon-file";
import { scoreSimilarity } from "@/lib/similar/score";
import { keyOf } from "@/lib/similar/text";
import { wordGroups } from "@/lib/similar/query";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const b64 = (value: number) => {
  let text = "";
  do {
    text = B64[value % 64] + text;
    value = Math.floor(value / 64);
  } while (value > 0);
  return text;
};

/** A dictd dictionary: its index text and body, each entry "headword /ipa/" then its lines. */
function dictd(entries: [string, string[]][]): { index: string; body: Buffer } {
  const header = "00-database-info\nA test dictionary\n";
  const parts: Buffer[] = [Buffer.from(header)];
  const lines = [`00databaseinfo\t${b64(0)}\t${b64(Buffer.byteLength(header))}`];
  let offset = Buffer.byteLength(header);
  for (const [headword, translations] of entries) {
    const text = `${headword} /x/\n${translations.map((t, i) => (translations.length > 1 ? `${i + 1}. ${t}` : t)).join("\n")}\n`;
    const bytes = Buffer.from(text);
    lines.push(`${headword}\t${b64(offset)}\t${b64(bytes.length)}`);
    parts.push(bytes);
    offset += bytes.length;
  }
  return { index: `${lines.join("\n")}\n`, body: Buffer.concat(parts) };
}

const folder = mkdtempSync(path.join(os.tmpdir(), "claimledger-lexicon-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("readDictd", () => {
  it("reads each entry's headword and its numbered or single translations, skipping the database's own", () => {
    const { index, body } = dictd([
      ["Extinguish", ["أطفأ", "يطفئ"]],
      ["Verdict", ["القرار"]],
    ]);
    expect(readDictd(index, body)).toEqual([
      { headword: "Extinguish", translations: ["أطفأ", "يطفئ"] },
      { headword: "Verdict", translations: ["القرار"] },
    ]);
  });

  it("refuses an index that is not dictd's", () => {
    expect(() => readDictd("word\t!!\tB\n", Buffer.from("x"))).toThrow(/dictd index/);
  });
});

describe("buildLexicon", () => {
  const lexicon = buildLexicon([
    { headword: "Extinguish", translations: ["أطفأ", "يطفئ"] },
    { headword: "إطفاء", translations: ["Extinguishing"] },
    // A phrase of several content words says nothing of one word; a translation into the same
    // script is not a translation.
    { headword: "Outages", translations: ["عمليات الانقطاع", "blackouts"] },
    // One content word with a function word is one word ("يتخلى عن").
    { headword: "Abandon", translations: ["يتخلّى عن"] },
  ]);

  it("links single words of the two scripts both ways, as the scorer's keys", () => {
    const english = keyOf("extinguish");
    expect(mayTranslate(lexicon, english, keyOf("يطفئ"))).toBe(true);
    expect(mayTranslate(lexicon, keyOf("يطفئ"), english)).toBe(true);
    expect(mayTranslate(lexicon, keyOf("إطفاء"), keyOf("extinguishing"))).toBe(true);
    expect(mayTranslate(lexicon, keyOf("abandon"), keyOf("يتخلى"))).toBe(true);
    expect(lexicon.translations.has(keyOf("outages"))).toBe(false);
  });

  it("drops a word with too many translations to say anything", () => {
    const general = buildLexicon([
      { headword: "Take", translations: Array.from({ length: 13 }, (_, i) => `كلمه${"ابتثجحخدذرزسش"[i]}ات`) },
    ]);
    expect(general.translations.size).toBe(0);
  });

  it("gives the words of a key's translations, to ask the search index for", () => {
    expect(translatedWords(lexicon, keyOf("extinguish"), 3)).toEqual(expect.arrayContaining(["اطفا"]));
  });
});

describe("the lexicon in matching", () => {
  const lexicon = buildLexicon([
    { headword: "Extinguish", translations: ["إطفاء"] },
    { headword: "Blaze", translations: ["حريق"] },
  ]);
  const english = "Jordanian aircraft arrived on Friday to help extinguish the blaze near Latakia.";
  const arabic = "وصلت طائرات أردنية يوم الجمعة للمساعدة في إطفاء الحريق قرب اللاذقية.";

  it("credits words its translations meet across scripts, and says which", () => {
    const without = scoreSimilarity(english, arabic);
    const withLexicon = scoreSimilarity(english, arabic, lexicon);
    expect(withLexicon.score).toBeGreaterThan(without.score);
    expect(withLexicon.reasons.sharedKeys).toEqual(expect.arrayContaining([keyOf("extinguish")]));
  });

  it("never reads a translation between two statements in one language", () => {
    const a = "Crews worked to extinguish the fire in the port.";
    const b = "Crews worked to put out the fire in the port.";
    expect(scoreSimilarity(a, b, lexicon)).toEqual(scoreSimilarity(a, b));
  });

  it("asks the search index for a word's translation too (a family's words are asked already)", () => {
    const verbs = buildLexicon([{ headword: "Extinguish", translations: ["يطفئ"] }]);
    const group = wordGroups("Crews could not extinguish it.", verbs).find((words) => words.includes("extinguish"));
    expect(group).toEqual(expect.arrayContaining(["يطفئ"]));
  });
});

describe("loadLexicon", () => {
  it("reads FreeDict's two dictionaries from a folder (.dict.dz and .dict alike)", () => {
    const english = dictd([["Extinguish", ["إطفاء"]]]);
    const arabic = dictd([["منارة", ["Lighthouse", "Beacon"]]]);
    writeFileSync(path.join(folder, "freedict-eng-ara.index"), english.index);
    writeFileSync(path.join(folder, "freedict-eng-ara.dict.dz"), gzipSync(english.body));
    writeFileSync(path.join(folder, "freedict-ara-eng.index"), arabic.index);
    writeFileSync(path.join(folder, "freedict-ara-eng.dict"), arabic.body);
    const { lexicon, dictionaries } = loadLexicon(folder);
    expect(dictionaries).toEqual(["freedict-eng-ara", "freedict-ara-eng"]);
    expect(mayTranslate(lexicon, keyOf("extinguish"), keyOf("إطفاء"))).toBe(true);
    expect(mayTranslate(lexicon, keyOf("منارة"), keyOf("lighthouse"))).toBe(true);
  });

  it("is empty, and matching works on the families alone, without the dictionaries", () => {
    const { lexicon, dictionaries } = loadLexicon(path.join(folder, "missing"));
    expect(dictionaries).toEqual([]);
    expect(lexicon.translations.size).toBe(0);
  });
});
