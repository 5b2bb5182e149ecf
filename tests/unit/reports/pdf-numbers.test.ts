import { describe, expect, it } from "vitest";
import { num } from "@/lib/reports/pdf/writer";

/** How the content stream wrote numbers before num() was written from integers. */
const reference = (value: number) => String(Math.round(value * 1000) / 1000);

describe("num (PDF content-stream numbers)", () => {
  it("writes exactly what the shortest-form conversion of the rounded value writes", () => {
    const edges = [0, -0, 1, -1, 0.0004, -0.0004, 0.0005, -0.0005, 0.001, -0.001, 0.01, 0.1, 0.5, -0.5, 1.0005];
    const page = [595.28, 841.89, 56, 539.28, 785.89, 10.5, 8.5, 7.5, 12.345678, -3.21, 100.1, 100.01, 99.999];
    for (const value of [...edges, ...page]) expect(num(value), String(value)).toBe(reference(value));
    // Every thousandth from -3 to 3, and a deterministic spread across a page and beyond.
    for (let thousandths = -3000; thousandths <= 3000; thousandths++) {
      const value = thousandths / 1000;
      expect(num(value)).toBe(reference(value));
      expect(num(value + 0.0002)).toBe(reference(value + 0.0002));
    }
    let seed = 1;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const value = (seed / 2 ** 31 - 0.3) * 2000;
      expect(num(value)).toBe(reference(value));
    }
  });
});
