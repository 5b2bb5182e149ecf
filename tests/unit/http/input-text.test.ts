import { describe, expect, it } from "vitest";
import { fieldName, unstorablePlace } from "@/lib/http/input-text";

describe("unstorablePlace", () => {
  it("finds a lone surrogate or NUL in a value or a key, with its path", () => {
    expect(unstorablePlace({ a: [{ b: "x\uD800" }] })).toMatchObject({ path: ["a", "0", "b"] });
    expect(unstorablePlace({ a: "x\u0000" })?.message).toMatch(/NUL/);
    expect(unstorablePlace({ ["k\uDC00"]: 1 })).toMatchObject({ path: [] });
  });

  it("accepts paired surrogates (emoji) and ordinary text", () => {
    expect(unstorablePlace({ a: "Grüße 😀 — \uFFFD", b: [1, null, true] })).toBeNull();
  });

  it("checks the text fields of FormData", () => {
    // (FormData itself turns lone surrogates into U+FFFD: its values are USVStrings.)
    const form = new FormData();
    form.append("note", "bad \u0000");
    expect(unstorablePlace([form])).toMatchObject({ path: ["0", "note"] });
  });

  it("stops at too deep nesting without recursion", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorablePlace(deep)?.message).toMatch(/nested too deeply/);
  });
});

describe("fieldName", () => {
  it("joins the path, or names the whole input", () => {
    expect(fieldName(["a", "0", "b"])).toBe("a.0.b");
    expect(fieldName([])).toBe("_");
  });
});
