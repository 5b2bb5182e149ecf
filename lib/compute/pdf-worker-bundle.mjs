// The PDF thread's code as one compiled file, loaded by bootstrap-pdf.mjs however the app runs.
// From TypeScript source (vitest, the CLI, npm scripts), compiling through tsx inside every new
// thread cost about 0.6 s of its cold start (tsx's hook also runs on every file pdfkit and fontkit
// load), and tsx's output wraps every closure in a naming helper, which the hot layout loops then
// pay for. In the production build, Next.js's own bundle of pdf-worker.ts drew a cold report with
// more CPU and memory than this one (docs/reports.md), so the server loads this file too. esbuild
// (tsx's own compiler, so always installed with it) bundles the thread's sources in about 0.15 s
// into node_modules/.cache/claimledger/pdf-worker.cjs; npm packages stay outside the bundle and
// load from node_modules as usual (pdfkit reads its data files next to itself). The file's first
// line lists each source it was built from with a hash of its content, so a changed source rebuilds
// it on the next thread start: nothing to run by hand after an edit. Plain JavaScript: it runs
// before anything can compile TypeScript.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = path.join(ROOT, "node_modules", ".cache", "claimledger", "pdf-worker.cjs");
const ENTRY = path.join(ROOT, "lib", "compute", "pdf-worker.ts");
/** Bumped when the build options below change, so an older bundle is not reused. */
const FORMAT = 1;
const HEADER = "// claimledger pdf-worker bundle ";

const sha1 = (bytes) => createHash("sha1").update(bytes).digest("hex");

function sourceHashes(files) {
  const hashes = {};
  for (const file of files) hashes[file] = sha1(readFileSync(path.join(ROOT, file)));
  return hashes;
}

/** The bundle's path when it was built from the sources as they are now, else null. */
function currentBundle() {
  let firstLine;
  try {
    const text = readFileSync(OUT, "utf8");
    firstLine = text.slice(0, text.indexOf("\n"));
  } catch {
    return null;
  }
  if (!firstLine.startsWith(HEADER)) return null;
  try {
    const { format, sources } = JSON.parse(firstLine.slice(HEADER.length));
    if (format !== FORMAT) return null;
    const now = sourceHashes(Object.keys(sources));
    return Object.entries(sources).every(([file, hash]) => now[file] === hash) ? OUT : null;
  } catch {
    // A source was deleted or renamed: build again.
    return null;
  }
}

/** esbuild as tsx resolves it (a dependency of tsx, which is one of ours). */
function loadEsbuild() {
  const fromTsx = createRequire(createRequire(path.join(ROOT, "package.json")).resolve("tsx/package.json"));
  return fromTsx("esbuild");
}

/** Builds the bundle now and returns its path. */
export function buildPdfWorkerBundle() {
  const esbuild = loadEsbuild();
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // "server-only" marks modules that must stay out of a browser; here it is a no-op.
    alias: { "server-only": "./lib/compute/empty-module.cjs" },
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
  const header = `${HEADER}${JSON.stringify({ format: FORMAT, sources: sourceHashes(sources) })}\n`;
  mkdirSync(path.dirname(OUT), { recursive: true });
  // Written aside and renamed: several processes may start a PDF thread at once.
  const temporary = `${OUT}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, header + result.outputFiles[0].text);
  renameSync(temporary, OUT);
  return OUT;
}

/**
 * The bundle's path, built first when missing or out of date; null when it cannot be built here
 * (no esbuild, a read-only node_modules): the caller then compiles through tsx instead.
 */
export function pdfWorkerBundle() {
  const current = currentBundle();
  if (current) return current;
  try {
    return buildPdfWorkerBundle();
  } catch (error) {
    if (process.env.CLAIMLEDGER_DEBUG_PDF_BUNDLE) console.error("The PDF worker bundle could not be built:", error);
    return null;
  }
}
