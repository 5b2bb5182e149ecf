// Reads a PDF back with poppler (pdftotext, pdftoppm from Debian's poppler-utils; .ci/run
// installs it): word boxes, text, and page images for a person to look at.
import { execFileSync } from "node:child_process";

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every page's words with their boxes (points, from the top left), as pdftotext -bbox gives them. */
export function pdfWords(file: string): { width: number; height: number; words: Word[] }[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page) ?? [];
      const words = [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text,
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      }));
      return { width: Number(width), height: Number(height), words };
    });
}
