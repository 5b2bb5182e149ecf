// Adversarial input shapes for the linear-time tests (linear-time.test.ts) and the benchmark
// (scripts/bench-extraction.ts): each makes a string of exactly n characters (n >= 5,000) that
// once drove a pattern in lib/extraction or lib/articles into quadratic or worse backtracking,
// or that stresses a loop over lines, sentences, tokens or elements.

/** `unit` repeated to exactly n characters. */
export const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export type Shape = [name: string, make: (n: number) => string];

export const TEXT_SHAPES: Shape[] = [
  ["one long word", (n) => fill("a", n)],
  ["one long run of CJK", (n) => fill("中", n)],
  ["one long run of CJK closed by a full stop", (n) => fill("中", n - 1) + "。"],
  ["thousands of dots", (n) => fill(".", n)],
  ["a word with thousands of dots inside", (n) => `a${fill(".", n - 2)}b`],
  ["initials", (n) => fill("A. ", n)],
  ["nested quotes", (n) => fill('“‘«("', n / 2) + fill(')»’”"', n / 2)],
  ["50,000 line breaks", (n) => fill("a b\n", n)],
  ["blank lines", (n) => fill("\n", n)],
  ["a long run of spaces inside a line", (n) => `a${fill(" ", n - 2)}b`],
  ["tabs after a separator", (n) => `a |${fill("\t", n - 4)}b`],
  ["a run of emoji inside a line", (n) => `a${fill("😀", n - 2)}b`],
  ["a related-link label with a run of spaces", (n) => `More from a${fill(" ", n - 12)}!`],
  ["a byline with a run of spaces", (n) => `By Aa${fill(" ", n - 6)}x`],
  ["a capitalised word as a dateline", (n) => `${fill("A", n - 4)} - x`],
  ["mixed scripts", (n) => fill("aб中", n)],
  ["an Arabic attribution followed by spaces", (n) => `نقلا${fill(" ", n - 5)}x`],
  ["attribution verbs", (n) => fill("said ", n)],
  ["coordinated verb phrases", (n) => fill("Police attacked the town, attacked the city and closed roads. ", n)],
  ["figures in series without a stop", (n) => fill("prices rose 3%, wages fell 2% and rents climbed 4%, ", n)],
  ["clauses with a trailing attribution", (n) => fill("Imports fell 3%, while exports rose 2%, officials said. ", n)],
  ["headlines and ledes", (n) => fill("Storm cuts power to homes\nA storm cut power to 9,000 homes on Monday, officials said.\n", n)],
  // Issue 14: Arabic datelines, chrome and splitting.
  ["an Arabic dateline with a run of spaces", (n) => `دمشق${fill(" ", n - 10)}- سانا`],
  ["an Arabic label with a run of spaces", (n) => `اقرأ أيضاً${fill(" ", n - 12)}:`],
  ["Arabic verb-first sentences joined by و", (n) => fill("وأغلقت السلطات ٤٠ مدرسة ونقلت ٦٠٠ عائلة وقالت إن ٣ قتلوا. ", n)],
  ["one long Arabic sentence", (n) => fill("وقال الوزير إن الحكومة وفرت ٣٨ ألف فرصة عمل ", n)],
];

export const HTML_SHAPES: Shape[] = [
  ["one long word", (n) => `<p>${fill("a", n - 7)}</p>`],
  ["one long run of CJK", (n) => `<p>${fill("中", n - 7)}</p>`],
  ["thousands of dots", (n) => `<p>${fill(".", n - 7)}</p>`],
  ["nested quotes", (n) => `<p>${fill('“‘«("', n - 7)}</p>`],
  ["line breaks", (n) => fill("a<br>\n", n)],
  ["spaces and tabs inside preformatted text", (n) => `<pre>a${fill(" \t", n - 12)}b</pre>`],
  ["deeply nested elements", (n) => `${fill("<b>", n - 1)}x`],
  ["nesting just under the limit, then unmatched closing tags", (n) => `${"<b>".repeat(999)}${fill("</i>", n - 2997)}`],
  ["many hidden elements", (n) => fill("<span hidden>x</span>", n)],
  [
    "deeply nested empty headings",
    (n) => `${fill(`${"<h1>".repeat(999)}${"</h1>".repeat(999)}`, n - 14)}<h1>Title</h1>`,
  ],
];
