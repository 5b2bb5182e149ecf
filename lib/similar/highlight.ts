// The earlier claim's statement cut into runs, the runs that share a word or a figure with the
// claim being checked marked, so the page can highlight why the two matched. Pure.
import { readStatement } from "./text";
import type { MatchReasons } from "./score";

export interface TextRun {
  text: string;
  shared: boolean;
}

export function highlightShared(
  statement: string,
  reasons: Pick<MatchReasons, "sharedKeys" | "sharedNumbers">,
): TextRun[] {
  const read = readStatement(statement);
  const keys = new Set(reasons.sharedKeys);
  const numbers = new Set(reasons.sharedNumbers);
  const spans = [
    ...read.tokens.filter((token) => keys.has(token.key)),
    ...read.figures.filter((figure) => numbers.has(figure.value)),
  ].sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) runs.push({ text: statement.slice(at, span.start), shared: false });
    runs.push({ text: statement.slice(span.start, span.end), shared: true });
    at = span.end;
  }
  if (at < statement.length) runs.push({ text: statement.slice(at), shared: false });
  return runs;
}
