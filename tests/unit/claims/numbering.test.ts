import { describe, expect, it } from "vitest";
import { allocateNumbers, claimReferences, parseClaimNumber } from "@/lib/claims/numbering";

/**
 * A small model of an article's claims under curation, using the same allocation the kernel
 * uses: import, delete, split, merge and add. What it checks is the promise people rely on:
 * a number, once given, names the same claim for good and is never given again.
 */
function articleModel(imported: number) {
  let counter = 1;
  const claims = new Map<number, { text: string; deleted: boolean }>();
  const create = (texts: string[]) => {
    const { numbers, next } = allocateNumbers(counter, texts.length);
    counter = next;
    numbers.forEach((number, index) => claims.set(number, { text: texts[index], deleted: false }));
    return numbers;
  };
  create(Array.from({ length: imported }, (_, index) => `claim ${index + 1}`));
  return {
    claims,
    remove: (number: number) => void (claims.get(number)!.deleted = true),
    split: (number: number) => {
      const claim = claims.get(number)!;
      claim.text = `${claim.text} (first part)`;
      return create([`${claim.text} (second part)`])[0];
    },
    merge: (first: number, second: number) => {
      claims.get(first)!.text += " + next";
      claims.get(second)!.deleted = true;
    },
    add: (text: string) => create([text])[0],
  };
}

describe("permanent claim numbers", () => {
  it("allocates consecutive numbers from the counter and moves it forward", () => {
    expect(allocateNumbers(1, 3)).toEqual({ numbers: [1, 2, 3], next: 4 });
    expect(allocateNumbers(8, 1)).toEqual({ numbers: [8], next: 9 });
    expect(allocateNumbers(8, 0)).toEqual({ numbers: [], next: 8 });
    expect(() => allocateNumbers(0, 1)).toThrow(RangeError);
    expect(() => allocateNumbers(1, -1)).toThrow(RangeError);
  });

  it("never moves or reuses a number under delete, split, merge and add", () => {
    const article = articleModel(5);
    const before = new Map([...article.claims].map(([number, claim]) => [number, claim.text]));
    article.remove(2);
    const splitPart = article.split(3);
    article.merge(4, 5);
    const added = article.add("added from a selection");
    expect(splitPart).toBe(6);
    expect(added).toBe(7);
    // Every number given before still names the claim it named (its wording may change).
    for (const [number, text] of before) expect(article.claims.get(number)!.text.startsWith(text)).toBe(true);
    // Deleted claims keep their numbers; nobody else gets them.
    expect(article.claims.get(2)).toMatchObject({ deleted: true });
    expect(article.claims.get(5)).toMatchObject({ deleted: true });
    expect(new Set(article.claims.keys()).size).toBe(article.claims.size);
    expect([...article.claims.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("reads numbers as people write them", () => {
    expect(parseClaimNumber("C7")).toBe(7);
    expect(parseClaimNumber("c12")).toBe(12);
    expect(parseClaimNumber(" 3 ")).toBe(3);
    expect(parseClaimNumber(4)).toBe(4);
    for (const bad of ["0", "C0", "-1", "1.5", "C", "", "7a", "01", null, undefined, {}, "9999999999"]) {
      expect(parseClaimNumber(bad), String(bad)).toBeNull();
    }
  });
});

describe("claim references in comments", () => {
  it("finds C-numbers standing as words, nothing else", () => {
    expect(claimReferences("Same source as C7, and see C12.")).toEqual([
      { text: "Same source as " },
      { text: "C7", claimNumber: 7 },
      { text: ", and see " },
      { text: "C12", claimNumber: 12 },
      { text: "." },
    ]);
    for (const text of ["ABC7", "C7b", "C0", "c7", "C-7", "MC7 unit", "C٧"]) {
      expect(
        claimReferences(text).some((part) => "claimNumber" in part),
        text,
      ).toBe(false);
    }
    expect(claimReferences("(C3)")).toEqual([{ text: "(" }, { text: "C3", claimNumber: 3 }, { text: ")" }]);
    expect(claimReferences("")).toEqual([]);
  });
});
