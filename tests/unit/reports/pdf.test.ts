import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { printable, renderPdf } from "@/lib/reports/pdf";
import { claims, context, fixtureSources } from "./fixtures";

async function pdfText(): Promise<{ pages: string[]; bytes: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of renderPdf(context, fixtureSources())) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return { pages: text.map((page) => page.replace(/\s+/g, " ")), bytes };
}

describe("PDF report", () => {
  it("has a cover with metadata and counts, then every claim with verdict, sources and history", async () => {
    const { pages, bytes } = await pdfText();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const [cover, ...rest] = pages;
    expect(cover).toContain("ClaimLedger audit report");
    expect(cover).toContain("Syrian army withdrawals continue");
    expect(cover).toContain("Al Bawaba");
    expect(cover).toMatch(/Corroborated: 1/);
    expect(cover).toMatch(/Sources: 1 current, 1 removed/);
    expect(cover).toContain("Verified: 4 status changes, hash chain intact.");
    expect(cover).toContain("Generated 2024-12-11 09:30 UTC by Eddie Editor (editor@example.org)");
    expect(cover).toContain("Page 1");
    const body = rest.join(" ");
    for (const claim of claims) expect(body).toContain(claim.text.replace(/\s+/g, " ").slice(0, 30));
    expect(body).toContain("Claim 1 — Corroborated");
    expect(body).toContain("Rita Reviewer: Corroborated -> Unverified");
    expect(body).toContain("Reopened: the figure was revised");
    expect(body).toContain("https://example.org/ocha");
    expect(body).toContain("About 1,200 people left Homs.");
    expect(body).toMatch(/REMOVED 2024-12-08 by Eddie Editor/);
    expect(body).toContain(claims[0].history[2].hash);
    expect(body).toContain("No verdict yet");
    expect(rest[0]).toContain("Page 2");
  });

  it("replaces characters the standard fonts cannot print", () => {
    expect(printable("Café “quoted” — ok")).toBe("Café “quoted” — ok");
    expect(printable("دمشق 😀")).toBe("???? ?");
    expect(printable("A → B")).toBe("A -> B");
  });
});
