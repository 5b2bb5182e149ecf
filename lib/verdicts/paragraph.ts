// The paragraph of the article body that holds a claim, with the claim's offsets inside it, so
// the claim page can show it in context. Paragraphs are separated by blank lines. Pure.

export function paragraphAround(body: string, start: number, end: number) {
  const before = body.lastIndexOf("\n\n", start);
  const paragraphStart = before === -1 ? 0 : before + 2;
  const after = body.indexOf("\n\n", end);
  const paragraphEnd = after === -1 ? body.length : after;
  const text = body.slice(paragraphStart, paragraphEnd);
  return { text, start: start - paragraphStart, end: Math.min(end, paragraphEnd) - paragraphStart };
}
