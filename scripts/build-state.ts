// Decides whether the production build in .next matches the sources, so `npm start` builds
// only when needed. The fingerprint is a hash over the contents of everything the build reads.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated"]);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.join(DIST_DIR, "claimledger-source-hash");

function collect(entry: string, files: string[]) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    files.push(entry);
    return;
  }
  for (const name of readdirSync(entry).sort()) if (!SKIP.has(name)) collect(path.join(entry, name), files);
}

export function sourceFingerprint(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function buildIsCurrent(fingerprint: string): boolean {
  return existsSync(path.join(DIST_DIR, "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
}

export function markBuilt(fingerprint: string) {
  writeFileSync(STAMP, fingerprint);
}
