// Speed of extractClaims: median of many runs after warm-up, on a 400-word article, the seed
// article and 5k/10k/20k-word documents built from the gold fixtures, with the ratios that show
// linear growth; then every adversarial shape of tests/unit/extraction/adversarial.ts at 50,000
// and 200,000 characters; then the event loop's longest stall while a 1.2 MB body is extracted
// inline and off the loop (lib/compute).
//   npm run bench:extraction [-- --quick]   (--quick: the first part only)

import fs from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { computePool, extractClaimsOffLoop } from "../lib/compute";
import { extractClaims } from "../lib/extraction";
import { TEXT_SHAPES } from "../tests/unit/extraction/adversarial";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = path.join(REPO_ROOT, "tests", "fixtures", "extraction");

const sources = [
  fs.readFileSync(path.join(REPO_ROOT, "prisma", "seed", "seed-article.txt"), "utf8"),
  ...fs
    .readdirSync(FIXTURES)
    // English texts: the variants below alter capitalised words and digits, which Arabic has
    // too few of to keep copies distinct (Arabic speed: the adversarial shapes below).
    .filter((f) => f.endsWith(".txt") && !f.startsWith("ar-"))
    .sort()
    .map((f) => fs.readFileSync(path.join(FIXTURES, f), "utf8")),
];
// Distinct paragraphs: page chrome ("Share this article") recurs across the fixtures.
const paragraphs = [...new Set(sources.flatMap((s) => s.split(/\n\s*\n/).map((p) => p.trim())).filter((p) => p !== ""))];

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Copy k of a paragraph with its capitalised words and numbers altered, so that repeated
 * paragraphs are not dropped as duplicates and every copy costs the full pipeline. */
function variant(p: string, k: number): string {
  if (k === 0) return p;
  const tag = k.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  return p.replace(/\b(\p{Lu}\p{L}*)/gu, `$1${tag}`).replace(/\d+/g, (d) => String(Number(d) + k));
}

/** A document of about `words` words: fixture paragraphs in a fixed rotation. */
function makeDocument(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = variant(paragraphs[i % paragraphs.length], Math.floor(i / paragraphs.length));
    out.push(p);
    n += countWords(p);
  }
  return out.join("\n\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function bench(text: string, runs: number): number {
  const warmup = Math.max(5, runs >> 2);
  for (let i = 0; i < warmup; i++) extractClaims(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractClaims(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const article = makeDocument(400);
const seed = sources[0];
const distinct = (doc: string): number => new Set(doc.split(/\n\s*\n/)).size;
const rows: Array<[string, number, number, number]> = [];
const a = bench(article, 400);
rows.push(["article", countWords(article), a, 5]);
rows.push(["seed article", countWords(seed), bench(seed, 400), NaN]);
const sizes = [5_000, 10_000, 20_000];
const perSize = sizes.map((words) => {
  const doc = makeDocument(words);
  const ms = bench(doc, words >= 20_000 ? 40 : 60);
  rows.push([`${words / 1000}k document`, countWords(doc), ms, words === 20_000 ? 150 : NaN]);
  if (distinct(doc) !== doc.split(/\n\s*\n/).length) throw new Error("benchmark document repeats a paragraph");
  return ms;
});

console.log(`extractClaims, median of repeated runs after warm-up (node ${process.version})`);
for (const [name, words, ms, target] of rows) {
  const verdict = Number.isNaN(target) ? "" : `  target < ${target} ms: ${ms < target ? "PASS" : "MISS"}`;
  console.log(`  ${name.padEnd(12)} ${String(words).padStart(6)} words  ${ms.toFixed(2).padStart(7)} ms  ${((ms * 1000) / words).toFixed(2)} µs/word${verdict}`);
}
console.log(`  growth: 10k/5k = ${(perSize[1] / perSize[0]).toFixed(2)}, 20k/10k = ${(perSize[2] / perSize[1]).toFixed(2)} (2.00 = linear)`);

if (!process.argv.includes("--quick")) {
  console.log("\nAdversarial shapes, one run each after warm-up (ms at 50,000 and 200,000 characters; linear ≈ ×4)");
  for (const [name, make] of TEXT_SHAPES) {
    extractClaims(make(5_000));
    const [small, large] = [50_000, 200_000].map((n) => {
      const text = make(n);
      const t0 = performance.now();
      extractClaims(text);
      return performance.now() - t0;
    });
    console.log(`  ${name.padEnd(46)} ${small.toFixed(1).padStart(7)} ${large.toFixed(1).padStart(8)}  ×${(large / small).toFixed(1)}`);
  }

  // A timer that should fire every 10 ms shows how long other requests would have waited.
  async function stall(work: () => Promise<unknown>): Promise<[number, number]> {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await new Promise((resolve) => setTimeout(resolve, 30)); // the monitor starts on the next turn
    const t0 = performance.now();
    await work();
    const elapsed = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 30)); // let the late tick be recorded
    delay.disable();
    return [elapsed, delay.max / 1e6];
  }
  const large = `${makeDocument(2_000)}\n\n${"a b\n".repeat(300_000)}`;
  await extractClaimsOffLoop(large); // start the worker thread first
  const inline = await stall(async () => extractClaims(large));
  const offLoop = await stall(() => extractClaimsOffLoop(large));
  console.log(`\nEvent loop while extracting ${large.length.toLocaleString("en-US")} characters`);
  console.log(`  inline (before):            ${inline[0].toFixed(0).padStart(5)} ms, longest stall ${inline[1].toFixed(0)} ms`);
  console.log(`  worker thread (lib/compute): ${offLoop[0].toFixed(0).padStart(5)} ms, longest stall ${offLoop[1].toFixed(0)} ms`);
  await computePool().close();
}
