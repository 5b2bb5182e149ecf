// The root layout sends the browser only CLIENT_NAMESPACES of the catalog. This finds what code
// running in the browser reads: every module marked "use client" and every module it imports
// (they run in the browser too), and in them each useTranslations("namespace…"), or for
// useTranslations() each t("namespace.…"). A client component reading a namespace the list lacks
// would show a missing-message error in the browser; one the list has but no client code reads
// is weight on every page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-namespaces";
import { CATALOGS } from "@/lib/i18n/messages";

const ROOT = path.resolve(__dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== "generated" && name !== "node_modules") sourceFiles(file, out);
    } else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(file);
  }
  return out;
}

function resolveImport(specifier: string, from: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const suffix of [".tsx", ".ts", "/index.tsx", "/index.ts", ""]) {
    try {
      if (statSync(base + suffix).isFile()) return base + suffix;
    } catch {
      // not this one
    }
  }
  return null;
}

const isClientModule = (source: string) => /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use client["']/.test(source);

/** Modules imported for their values (not `import type`), statically, re-exported or dynamically. */
function importsOf(source: string, file: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+["']([^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) => resolveImport(specifier, file)).filter((found): found is string => found !== null);
}

function namespacesReadInTheBrowser(): { namespaces: Set<string>; unreadable: string[] } {
  const sources = new Map(SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((f) => [f, readFileSync(f, "utf8")]));
  const pending = [...sources.keys()].filter((file) => isClientModule(sources.get(file)!));
  const reached = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const source = sources.get(file) ?? readFileSync(file, "utf8");
    for (const imported of importsOf(source, file)) if (!reached.has(imported)) pending.push(imported);
  }
  const namespaces = new Set<string>();
  const unreadable: string[] = [];
  for (const file of reached) {
    const source = sources.get(file) ?? readFileSync(file, "utf8");
    for (const call of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
      const argument = call[1]!.trim();
      const literal = /^["'`]([\w.]+)["'`]$/.exec(argument);
      if (literal) namespaces.add(literal[1]!.split(".")[0]!);
      else if (argument === "") {
        // No namespace: the keys name it ("statuses.PENDING", `statusCue.descriptions.${status}`).
        for (const key of source.matchAll(/\bt\(\s*["'`]([A-Za-z]\w*)\./g)) namespaces.add(key[1]!);
      } else unreadable.push(`${path.relative(ROOT, file)}: useTranslations(${argument})`);
    }
  }
  return { namespaces, unreadable };
}

describe("the catalog namespaces sent to the browser", () => {
  const { namespaces, unreadable } = namespacesReadInTheBrowser();

  it("are exactly those that client code reads", () => {
    expect(unreadable, "a namespace the scan cannot read: name it with a string literal").toEqual([]);
    const listed = new Set<string>(CLIENT_NAMESPACES);
    const missing = [...namespaces].filter((name) => !listed.has(name)).sort();
    const unused = [...listed].filter((name) => !namespaces.has(name)).sort();
    expect({ missing, unused }, "add the missing to / remove the unused from lib/i18n/client-namespaces.ts").toEqual({
      missing: [],
      unused: [],
    });
  });

  it("finds the namespaces of known client components", () => {
    // The scan itself: the claim controls (curation), the status cue without a namespace
    // (statusCue, statuses), the sign-in form (login).
    for (const name of ["curation", "statusCue", "statuses", "login"]) expect(namespaces).toContain(name);
  });

  it("exist in every language, and picking keeps only them", () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const name of CLIENT_NAMESPACES) expect(catalog, name).toHaveProperty(name);
      const picked = clientMessages(catalog);
      expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
      expect(picked.curation).toBe((catalog as Record<string, unknown>).curation);
    }
  });
});
