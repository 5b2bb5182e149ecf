import { describe, expect, it } from "vitest";
import { articleReportFileName, asciiSlug, rangeReportFileName, unicodeSlug } from "@/lib/reports/file-name";
import { contentDisposition } from "@/lib/reports/response";

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/;

describe("report file names", () => {
  it("slugs titles in every script to ASCII, and keeps the script in the Unicode name", () => {
    expect(asciiSlug("Syrian army withdrawals")).toBe("syrian-army-withdrawals");
    expect(asciiSlug("Élections à Alep : « résultats »")).toBe("elections-a-alep-resultats");
    expect(asciiSlug("Сирийская армия")).toBe("siriyskaya-armiya");
    expect(asciiSlug("叙利亚军队撤退")).toBe("xuliyajunduichetui");
    expect(asciiSlug("انسحابات الجيش")).toBe("nshbt-ljysh");
    expect(unicodeSlug("انسحابات الجيش: 130 قتيلاً")).toBe("انسحابات-الجيش-130-قتيلاً");
    expect(unicodeSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(asciiSlug("CON")).toBe("con");
  });

  it("names are safe on every file system: no reserved characters or device names, capped", () => {
    const titles = [
      "CON",
      "nul.txt",
      '<script>"a"|b:c*?</script>',
      "..",
      "a".repeat(500),
      "שלום עולם",
      "😀 emoji 😀",
      "\u0000x\u001f",
    ];
    for (const title of titles) {
      for (const format of ["pdf", "csv", "json", "claimreview"] as const) {
        const name = articleReportFileName({ id: "cm0abc123", title, day: "2024-12-07" }, format, "claims");
        for (const spelling of [name.ascii, name.unicode]) {
          expect(spelling, title).not.toMatch(UNSAFE);
          expect(spelling, title).not.toMatch(WINDOWS_RESERVED);
          expect(spelling.startsWith("2024-12-07-"), title).toBe(true);
          expect(Buffer.byteLength(spelling), title).toBeLessThanOrEqual(255);
        }
        expect(name.ascii).toMatch(/^[a-z0-9.-]+$/);
        expect(name.ascii.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("builds the header with both parameters", () => {
    const name = articleReportFileName({ id: "x1", title: "שלום עולם", day: "2024-12-07" }, "pdf", "claims");
    expect(contentDisposition(name)).toBe(
      `attachment; filename="2024-12-07-slvm-vlm-audit.pdf"; filename*=UTF-8''2024-12-07-${encodeURIComponent("שלום-עולם")}-audit.pdf`,
    );
    expect(contentDisposition(rangeReportFileName({ from: "2024-12-01", to: "2024-12-31" }, "csv", "history"))).toBe(
      `attachment; filename="claimledger-2024-12-01-to-2024-12-31-audit-history.csv"; filename*=UTF-8''claimledger-2024-12-01-to-2024-12-31-audit-history.csv`,
    );
    expect(() => contentDisposition({ ascii: 'a"b', unicode: "x" })).toThrow();
  });
});
