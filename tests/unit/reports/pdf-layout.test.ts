// The PDF's layout, checked on the PDF's own layout data: every word's box as poppler's pdftotext
// reads it (-bbox), for a generated 1,000-claim report in seven scripts. Every page has body
// text, nothing in the body reaches the header or footer bands, every page says "Page n of N",
// and a claim cut by a page break goes on under "C7 (continued)".
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/reports/pdf";
import { BODY_BOTTOM, BODY_TOP, FOOTER_BOTTOM, FOOTER_TOP, HEADER_BOTTOM, HEADER_TOP } from "@/lib/reports/pdf/writer";
import { multiScriptReport } from "./multiscript";
import { pdfWords, type Word } from "./pdf-words";

const CLAIMS = 1000;
let dir: string;
let pages: ReturnType<typeof pdfWords>;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-pdf-layout-"));
  bytes = await renderPdf(multiScriptReport(CLAIMS));
  writeFileSync(path.join(dir, "report.pdf"), bytes);
  pages = pdfWords(path.join(dir, "report.pdf"));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inBand = (word: Word, top: number, bottom: number) => word.yMin >= top - 1 && word.yMax <= bottom + 1;
const SLACK = 3; // glyph boxes (font ascent and descent) may reach a little past the line box

describe("PDF layout of a 1,000-claim report in seven scripts", () => {
  it("has a plausible number of pages, each with body text", () => {
    // Cover and table (about 1,000 rows at ~30 a page), then claims of one to three paragraphs.
    expect(pages.length).toBeGreaterThan(CLAIMS / 4);
    expect(pages.length).toBeLessThan(CLAIMS * 1.5);
    pages.forEach((page, index) => {
      const body = page.words.filter((word) => word.yMin > HEADER_BOTTOM && word.yMax < FOOTER_TOP);
      // No blank page and no page holding only a stray footer.
      expect(body.length, `page ${index + 1} has no body text`).toBeGreaterThan(3);
    });
  });

  it("keeps every word inside the body, the header band or the footer band", () => {
    const strays: string[] = [];
    pages.forEach((page, index) => {
      for (const word of page.words) {
        const header = inBand(word, HEADER_TOP, HEADER_BOTTOM);
        const footer = inBand(word, FOOTER_TOP, FOOTER_BOTTOM);
        const body = word.yMin >= BODY_TOP - SLACK && word.yMax <= BODY_BOTTOM + SLACK;
        if (!header && !footer && !body)
          strays.push(`page ${index + 1}: "${word.text}" ${word.yMin.toFixed(1)}–${word.yMax.toFixed(1)}`);
        if (word.xMin < 0 || word.xMax > page.width)
          strays.push(`page ${index + 1}: "${word.text}" off the page at x ${word.xMin.toFixed(1)}`);
      }
    });
    expect(strays.slice(0, 20)).toEqual([]);
  });

  it("numbers every page 'Page n of N' in its footer and names the report in its header", () => {
    pages.forEach((page, index) => {
      const footer = page.words
        .filter((word) => inBand(word, FOOTER_TOP, FOOTER_BOTTOM))
        .map((word) => word.text)
        .join(" ");
      const header = page.words
        .filter((word) => inBand(word, HEADER_TOP, HEADER_BOTTOM))
        .map((word) => word.text)
        .join(" ");
      expect(footer).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(header).toMatch(/^ClaimLedger audit report/);
    });
  });

  it("draws no line over another", () => {
    const overlaps: string[] = [];
    pages.forEach((page, index) => {
      const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length && words[j].yMin < words[i].yMax; j++) {
          const a = words[i];
          const b = words[j];
          const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
          // Words on one line touch at most; boxes of adjacent lines may graze by a point.
          if (w > 1 && h > 2 && w * h > 0.3 * smaller) overlaps.push(`page ${index + 1}: "${a.text}" and "${b.text}"`);
        }
      }
    });
    expect(overlaps.slice(0, 20)).toEqual([]);
  });

  it("continues a claim cut by a page break under its number", () => {
    let lastHeading = 0;
    let continued = 0;
    pages.forEach((page, index) => {
      const body = page.words
        .filter((word) => word.yMin > HEADER_BOTTOM && word.yMax < FOOTER_TOP)
        .map((word) => word.text)
        .join(" ");
      for (const match of body.matchAll(/C(\d+) (—|\(continued\))/g)) {
        const number = Number(match[1]);
        if (match[2] === "—") lastHeading = number;
        else {
          // A continuation opens its page and names the claim the previous page ended in.
          expect(number, `page ${index + 1}`).toBe(lastHeading);
          expect(body.indexOf(match[0]), `page ${index + 1}`).toBe(0);
          continued++;
        }
      }
    });
    expect(continued).toBeGreaterThan(10);
  });
});
