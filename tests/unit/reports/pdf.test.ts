import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { ArticleReportSource, ReportClaim } from "@/lib/reports/model";
import { renderPdf } from "@/lib/reports/pdf";
import { cleanText } from "@/lib/reports/pdf/text";
import { article, claims, context, fixtureSources } from "./fixtures";

async function pdfText(sources: AsyncIterable<ArticleReportSource> = fixtureSources()): Promise<{ pages: string[]; bytes: Buffer }> {
  const articles = [];
  for await (const source of sources) {
    const all: ReportClaim[] = [];
    for await (const batch of source.claimBatches()) all.push(...batch);
    articles.push({ article: source.article, claims: all });
  }
  const bytes = Buffer.from(await renderPdf({ context, articles }));
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return { pages: text.map((page) => page.replace(/\s+/g, " ")), bytes };
}

describe("PDF report", () => {
  // The file's first report reads and parses the fonts and compiles the renderer: seconds on a busy machine.
  it("has a cover with metadata and counts, then every claim with verdict, sources and history", { timeout: 30_000 }, async () => {
    const { pages, bytes } = await pdfText();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const [cover, ...rest] = pages;
    expect(cover).toContain("ClaimLedger audit report");
    expect(cover).toContain("Syrian army withdrawals continue");
    expect(cover).toContain("Al Bawaba");
    // Every status, not yet reviewed first, and how many are done.
    expect(cover).toContain("Claims: 4 Done (with a verdict): 3 of 4 Not yet reviewed: 1 Corroborated: 1 Disputed: 1 Unverified: 1");
    expect(cover).toMatch(/Sources: 1 current, 1 removed/);
    expect(cover).toContain("Verified: 5 status changes, hash chain intact.");
    expect(cover).toContain("Generated 2024-12-11 09:30 UTC by Eddie Editor (editor@example.org)");
    expect(cover).toContain("Page 1");
    // Finalize/reopen history, oldest first; the export event is not part of it.
    expect(cover).toContain(
      "Review state history • 2024-12-09 08:00 UTC Article finalized by Eddie Editor • 2024-12-09 15:30 UTC Article reopened by Ada Admin • 2024-12-10 10:00 UTC Article finalized by Eddie Editor",
    );
    expect(cover).not.toMatch(/export/i);
    const body = rest.join(" ");
    for (const claim of claims) expect(body).toContain(claim.text.replace(/\s+/g, " ").slice(0, 30));
    // Claims are named by their permanent number, with the status in words.
    expect(body).toContain("C1 — Corroborated");
    expect(body).toContain("C2 — Disputed");
    expect(body).toContain("C4 — Not yet reviewed");
    expect(body).toContain("C5 — Unverified");
    expect(body).not.toMatch(/C3 —/);
    expect(body).toContain("Claimant: The health ministry");
    expect(body).toContain("Claimant: not recorded");
    // The editor took the verdict back, then the reviewer gave it again.
    expect(body).toContain("Rita Reviewer: Not yet reviewed → Corroborated");
    expect(body).toContain("Eddie Editor: Verdict taken back (was Corroborated)");
    expect(body).toContain("Reopened: the figure was revised");
    // An old chain's first row stores UNVERIFIED but reads as not yet reviewed.
    expect(body).toContain("Rita Reviewer: Not yet reviewed → Disputed");
    expect(body).not.toContain("Unverified → Disputed");
    expect(body).toContain("Rita Reviewer: Not yet reviewed → Unverified");
    expect(body).toContain("Verdict: Unverified — Rita Reviewer, 2024-12-09 12:00 UTC");
    expect(body).toContain("https://example.org/ocha");
    expect(body).toContain("About 1,200 people left Homs.");
    // Each source's snapshots with their hashes (the page as fetched when cited).
    expect(body).toContain(`Snapshot 2024-12-09 08:01 UTC · HTTP 200 · sha256 ${"3f2a9c".padEnd(64, "0")}`);
    expect(body).toMatch(/REMOVED 2024-12-08 by Eddie Editor/);
    expect(body).toContain(claims[0].history[2].hash);
    expect(body).toContain("No verdict yet");
    expect(rest[0]).toContain("Page 2");
  });

  it("says when a verdict was taken back, and by whom; and when no status change records the verdict", async () => {
    const [first, second] = claims;
    async function* sources(): AsyncGenerator<ArticleReportSource> {
      yield {
        article,
        claimBatches: async function* () {
          yield [
            { ...first, status: "PENDING", history: first.history.slice(0, 2) },
            // A broken history: the claim says Disputed, no row does.
            { ...second, history: [], verification: { ok: false, checked: 0, breaks: [] } },
          ];
        },
      };
    }
    const body = (await pdfText(sources())).pages.slice(1).join(" ");
    expect(body).toContain("C1 — Not yet reviewed");
    expect(body).toContain("Verdict: No verdict: taken back by Eddie Editor, 2024-12-08 10:00 UTC Reason: Reopened: the figure was revised");
    expect(body).not.toContain("Rationale: Ministry statement");
    expect(body).toContain("Verdict: Disputed — no status change records it");
  });

  it("prints Polish, Hungarian, Cyrillic, Greek and CJK text with embedded fonts", async () => {
    const text = "Zażółć gęślą jaźń, Łódź; Győr ő; Привет, мир; Καλημέρα κόσμε; 中文";
    const title = "Ελληνικά και кириллица: świat";
    async function* sources(): AsyncGenerator<ArticleReportSource> {
      yield {
        article: { ...article, title },
        claimBatches: async function* () {
          yield [{ ...claims[0], text }];
        },
      };
    }
    const { pages } = await pdfText(sources());
    const all = pages.join(" ");
    expect(pages[0]).toContain(title);
    for (const word of ["Zażółć gęślą jaźń, Łódź", "Győr ő", "Привет, мир", "Καλημέρα κόσμε; 中文"]) expect(all).toContain(word);
    expect(all).not.toContain("?");
  });

  it("shows times in the reader's time zone, naming it", async () => {
    const articles = [{ article, claims: [claims[0]] }];
    const bytes = await renderPdf({ context: { ...context, timeZone: "Asia/Tokyo" }, articles });
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Generated: 2024-12-11 18:30 Asia/Tokyo (UTC+9)");
    expect(flat).toContain("Times shown in: Asia/Tokyo");
    expect(flat).not.toContain("09:30 UTC");
  });

  it("prints control characters as '?' and never as text", () => {
    expect(cleanText("a\u0007b\nc\td")).toBe("a?b\nc d");
  });
});
