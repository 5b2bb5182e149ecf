// A PDF report is drawn one claim block per turn of the event loop (lib/reports/render.ts), so a
// long report lets other requests run between its claims instead of holding the loop for a
// whole batch of 100 (120 to 460 ms measured; see docs/extraction.md).
import { describe, expect, it, vi } from "vitest";
import { article, claims, context } from "../reports/fixtures";

const BATCHES = 3;
const PER_BATCH = 100;

vi.mock("@/lib/reports/data", () => ({
  loadReportArticle: async () => article,
  claimBatches: async function* () {
    for (let b = 0; b < BATCHES; b++) {
      yield Array.from({ length: PER_BATCH }, (_, i) => ({
        ...claims[i % claims.length],
        id: `c-${b}-${i}`,
        number: b * PER_BATCH + i + 1,
      }));
    }
  },
}));

const { renderReport } = await import("@/lib/reports/render");

describe("PDF rendering and the event loop", () => {
  it("gives the event loop a turn between claim blocks", async () => {
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const bytes = await new Response(renderReport("pdf", "claims", context, [article.id])).arrayBuffer();
    running = false;
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    // At least one turn per claim: other requests' callbacks run between blocks.
    expect(turns).toBeGreaterThanOrEqual(BATCHES * PER_BATCH);
  }, 30_000);
});
