// The few parts of fontkit and linebreak (both also pdfkit's own dependencies) that the PDF report
// uses; neither package ships type declarations.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes text with the font's default features (GSUB, GPOS or kern) for the script (by default, its first letter's). */
    layout(text: string, features?: string[], script?: string): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export function create(buffer: Buffer): Font | { fonts: Font[] };
}

declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: the break goes before `position` (a UTF-16 index). */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
