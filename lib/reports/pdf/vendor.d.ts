// The few parts of fontkit and linebreak (both also pdfkit's own dependencies) that the PDF report
// uses; neither package ships type declarations.
declare module "fontkit" {
  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
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
