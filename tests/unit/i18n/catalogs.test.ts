// Every interface language is complete: the same keys as English, the same placeholders in each
// message, no empty message. Reads the catalog files themselves, so a new namespace is covered.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { CATALOGS } from "@/lib/i18n/messages";

const DIR = path.resolve(__dirname, "../../../lib/i18n/messages");
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

/** The ICU argument names of a message ("{count, plural, …}" → count). */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)\s*(?:,|\})/g)]
    .map((m) => m[1]!)
    .filter((v, i, all) => all.indexOf(v) === i)
    .sort();
}

/**
 * The rich-text tags of a message ("<link>Open</link>" → link), which t.rich renders as elements
 * (each once: plural branches repeat them, and Arabic has more branches).
 */
function tagsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/<(\w+)>/g)].map((m) => m[1]!))].sort();
}

const interfaceFiles = readdirSync(path.join(DIR, "en")).filter((file) => !file.startsWith("server-"));

describe("message catalogs", () => {
  it.each(interfaceFiles)("%s exists in every language with the same keys and placeholders", (file) => {
    const english = leaves(JSON.parse(readFileSync(path.join(DIR, "en", file), "utf8")));
    expect(english.size).toBeGreaterThan(0);
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const other = leaves(JSON.parse(readFileSync(path.join(DIR, locale, file), "utf8")));
      expect([...other.keys()].sort(), `${locale}/${file} keys`).toEqual([...english.keys()].sort());
      for (const [key, message] of english) {
        const translated = other.get(key)!;
        expect(translated.trim(), `${locale}/${file} ${key} is empty`).not.toBe("");
        expect(argumentsOf(translated), `${locale}/${file} ${key} placeholders`).toEqual(argumentsOf(message));
        expect(tagsOf(translated), `${locale}/${file} ${key} tags`).toEqual(tagsOf(message));
      }
    }
  });

  it("namespaces of different files never collide (they are merged into one catalog)", () => {
    const seen = new Map<string, string>();
    for (const file of interfaceFiles) {
      for (const key of Object.keys(JSON.parse(readFileSync(path.join(DIR, "en", file), "utf8")))) {
        expect(seen.get(key), `top-level key "${key}" of ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    // And the merged catalog has all of them: a file left out of messages/index.ts is caught.
    expect(Object.keys(CATALOGS.en).sort()).toEqual([...seen.keys()].sort());
    expect(Object.keys(CATALOGS.ar).sort()).toEqual([...seen.keys()].sort());
  });

  it("translates each server message in one file only (a second, differently worded copy would win by file order)", () => {
    const seen = new Map<string, string>();
    for (const file of readdirSync(path.join(DIR, "ar")).filter((f) => f.startsWith("server-"))) {
      for (const english of Object.keys(
        JSON.parse(readFileSync(path.join(DIR, "ar", file), "utf8")) as Record<string, string>,
      )) {
        expect(seen.get(english), `"${english}" in ${file}`).toBeUndefined();
        seen.set(english, file);
      }
    }
  });

  it("server-message translations carry the same placeholders as their English pattern", () => {
    for (const file of readdirSync(path.join(DIR, "ar")).filter((f) => f.startsWith("server-"))) {
      const entries = Object.entries(
        JSON.parse(readFileSync(path.join(DIR, "ar", file), "utf8")) as Record<string, string>,
      );
      for (const [english, arabic] of entries) {
        expect(arabic.trim(), `${file}: "${english}"`).not.toBe("");
        expect(argumentsOf(arabic), `${file}: "${english}"`).toEqual(argumentsOf(english));
      }
    }
  });
});
