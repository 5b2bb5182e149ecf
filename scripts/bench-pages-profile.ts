// Where a server's CPU went, from a `node --cpu-prof` profile of `next start`: each sample's function
// is traced back through the build's source maps (Turbopack's chunks, Next.js's compiled runtime)
// to the file it came from, and counted for React, Next.js, next-intl, Prisma, the pg driver, Node,
// garbage collection or our own code. Used by scripts/bench-pages.ts --profile; on its own:
//   npx tsx scripts/bench-pages-profile.ts FILE.cpuprofile [--requests N] [--stacks 'writev|htmlescape' [--depth 8]]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The pause that marks the end of the warm-up in a profile (see breakdownProfile). */
export const MARK_IDLE_MS = 1000;

export interface ProfileBreakdown {
  file: string;
  /** Milliseconds of samples, idle excluded. */
  busyMs: number;
  idleMs: number;
  /** Self time per category. */
  categories: Map<string, number>;
  /** Self time per original source file (ours and packages'). */
  sources: Map<string, number>;
  /** Self time per function (name and original source). */
  functions: Map<string, number>;
  /** For the functions asked about: self time per caller chain (nearest callers first). */
  stacks: Map<string, number>;
}

/** The category of a piece of code, from its original source path (or its URL when it has no map). */
export function categoryOf(source: string): string {
  const s = source.replace(/\\/g, "/");
  if (s === "") return "Node.js native (socket writes, buffers, compression)";
  if (/node_modules\/(next-intl|use-intl|intl-messageformat|@formatjs|%40formatjs)\//.test(s))
    return "next-intl and ICU formatting";
  if (
    /(node_modules\/(react|react-dom|react-server-dom-[a-z]+|scheduler)\/|next\/(\.\/)?dist\/compiled\/(react|react-dom|react-server-dom-[a-z-]+|scheduler)[^/]*\/)/.test(
      s,
    )
  )
    return "React (rendering, RSC serialisation)";
  if (
    /webpack:\/\/next\/|node_modules\/next\/|next\/dist\/|turbopack:\/\/\/\[turbopack\]|^(\.\.\/)*src\/(shared|server|client|build)\//.test(
      s,
    )
  )
    return "Next.js (server, app render, Turbopack runtime)";
  // Prisma's runtime maps to its own sources (src/runtime/…, client-engine-runtime, param-graph).
  if (
    /node_modules\/(@prisma|%40prisma|\.prisma)\/|lib\/db\/generated\/|client-engine-runtime|param-graph|^(\.\.\/)*src\/runtime\/|^wasm:\/\//.test(
      s,
    )
  )
    return "Prisma client (query compiler, interpreter)";
  if (/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//.test(s)) return "pg driver";
  if (/node_modules\/(next-auth|jose|@panva|openid-client)\//.test(s)) return "next-auth and jose (session cookie)";
  if (/node_modules\/zod\//.test(s)) return "zod";
  if (/node_modules\//.test(s)) return `package ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1] ?? "?"}`;
  if (s.startsWith("node:")) return "Node.js core (streams, async hooks, zlib, crypto)";
  // Our files, as Turbopack's maps name them (relative to the chunk: ../../../../lib/…).
  const ours = /^(?:\.\.\/)*((?:lib|app|components)\/[^/]+|proxy\.ts|instrumentation\.ts)/.exec(s);
  if (ours) return `ours: ${ours[1]}`;
  return `other: ${s.split("/").slice(-2).join("/")}`;
}

const maps = new Map<string, SourceMap | null>();
function mapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (file.startsWith("/") && existsSync(`${file}.map`))
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** The original source and function of a frame, through the source map of its file when it has one. */
function originOf(frame: CallFrame): { source: string; name: string } {
  const map = frame.url ? mapFor(frame.url) : null;
  if (map && frame.lineNumber >= 0) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if ("originalSource" in entry && entry.originalSource)
      return { source: entry.originalSource, name: frame.functionName || "(anonymous)" };
  }
  return { source: frame.url, name: frame.functionName || "(anonymous)" };
}

/** `stacksOf`: functions (matched against "name (file)") whose callers to list, `depth` frames up. */
export function breakdownProfile(file: string, stacksOf?: RegExp, depth = 8): ProfileBreakdown {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const frameName = (frame: CallFrame) => {
    const origin = originOf(frame);
    return `${origin.name} (${origin.source.split("/").slice(-1)[0] || "native"})`;
  };
  const stacks = new Map<string, number>();
  // Only what follows the first idle stretch of MARK_IDLE_MS: scripts/bench-pages.ts pauses that
  // long after its warm-up requests, so the server's start (loading modules) is left out.
  const idleNode = profile.nodes.find((node) => node.callFrame.functionName === "(idle)")?.id;
  let from = 0;
  for (let index = 0, idleRun = 0; index < profile.samples.length; index++) {
    idleRun = profile.samples[index] === idleNode ? idleRun + (profile.timeDeltas[index] ?? 0) : 0;
    if (idleRun >= MARK_IDLE_MS * 1000) {
      from = index;
      break;
    }
  }
  const selfUs = new Map<number, number>();
  for (let index = from; index < profile.samples.length; index++) {
    const id = profile.samples[index];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
  const categories = new Map<string, number>();
  const sources = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (into: Map<string, number>, key: string, ms: number) => into.set(key, (into.get(key) ?? 0) + ms);
  let busyMs = 0;
  let idleMs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const ms = us / 1000;
    const name = node.callFrame.functionName;
    if (name === "(idle)") {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    if (name === "(garbage collector)") {
      add(categories, "garbage collection", ms);
      continue;
    }
    if (name === "(program)") {
      add(categories, "V8 and native (compiling, I/O callbacks)", ms);
      continue;
    }
    const origin = originOf(node.callFrame);
    const source = origin.source.replace(/^.*?\/node_modules\//, "node_modules/").replace(/^(\.\.\/)+/, "");
    add(categories, categoryOf(origin.source), ms);
    add(sources, source, ms);
    const fn = `${origin.name} (${source.split("/").slice(-2).join("/")})`;
    add(functions, fn, ms);
    if (stacksOf?.test(fn)) {
      const chain: string[] = [];
      for (let at = parentOf.get(id); at !== undefined && chain.length < depth; at = parentOf.get(at)) {
        const parent = byId.get(at);
        if (parent) chain.push(frameName(parent.callFrame));
      }
      add(stacks, `${fn} ← ${chain.join(" ← ")}`, ms);
    }
  }
  return { file, busyMs, idleMs, categories, sources, functions, stacks };
}

export function printBreakdown(breakdown: ProfileBreakdown, requests: number, log: (line: string) => void) {
  const perRequest = (ms: number) => (requests ? `${(ms / requests).toFixed(2)} ms/request` : "");
  log(
    `\n${breakdown.file}: busy ${(breakdown.busyMs / 1000).toFixed(1)} s (${perRequest(breakdown.busyMs)}), idle ${(breakdown.idleMs / 1000).toFixed(1)} s`,
  );
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  log("  by category (self time):");
  for (const [name, ms] of top(breakdown.categories, 20))
    log(`    ${((100 * ms) / breakdown.busyMs).toFixed(1).padStart(5)}%  ${perRequest(ms).padStart(18)}  ${name}`);
  log("  by source file (self time, top 25):");
  for (const [name, ms] of top(breakdown.sources, 25))
    log(`    ${((100 * ms) / breakdown.busyMs).toFixed(1).padStart(5)}%  ${perRequest(ms).padStart(18)}  ${name}`);
  log("  by function (self time, top 25):");
  for (const [name, ms] of top(breakdown.functions, 25))
    log(`    ${((100 * ms) / breakdown.busyMs).toFixed(1).padStart(5)}%  ${perRequest(ms).padStart(18)}  ${name}`);
  if (breakdown.stacks.size) log("  callers of the functions asked about (self time, top 15):");
  for (const [name, ms] of top(breakdown.stacks, 15))
    log(`    ${((100 * ms) / breakdown.busyMs).toFixed(1).padStart(5)}%  ${perRequest(ms).padStart(18)}  ${name}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      requests: { type: "string", default: "0" },
      stacks: { type: "string" },
      depth: { type: "string", default: "8" },
    },
  });
  const stacksOf = values.stacks ? new RegExp(values.stacks) : undefined;
  for (const file of positionals)
    printBreakdown(breakdownProfile(file, stacksOf, Number(values.depth)), Number(values.requests), console.log);
}
