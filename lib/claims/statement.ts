// The statement of a claim's span (lib/extraction's deriveStatement), read from the paragraph
// around the span rather than the whole article: a statement never reaches past its sentence,
// and curation writes call this inside their transaction, so the cost stays that of one paragraph.
import { deriveStatement } from "@/lib/extraction";

interface Span {
  start: number;
  end: number;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

function paragraphAround(body: string, span: Span): Span {
  let start = 0;
  let end = body.length;
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    const breakStart = match.index;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= span.start) start = breakEnd;
    else if (breakStart >= span.end) {
      end = breakStart;
      break;
    }
  }
  return { start, end };
}

export function statementOf(body: string, span: Span): string {
  const paragraph = paragraphAround(body, span);
  const text = body.slice(paragraph.start, paragraph.end);
  return deriveStatement(text, { start: span.start - paragraph.start, end: span.end - paragraph.start });
}
