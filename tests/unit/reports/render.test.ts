// A failure while a report streams (the database going away after the 200 was sent) must error
// the stream and be logged, never end it early as if the file were complete.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REPORT_FORMATS } from "@/lib/reports/schema";
import { article, claims, context } from "./fixtures";

const failure = { afterFirstBatch: false };

vi.mock("@/lib/reports/data", () => ({
  loadReportArticle: async () => article,
  claimBatches: async function* () {
    yield claims.slice(0, 2);
    if (failure.afterFirstBatch) throw new Error("Connection terminated unexpectedly");
    yield claims.slice(2);
  },
}));

const { renderReport } = await import("@/lib/reports/render");

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).arrayBuffer();

describe("report streams", () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    failure.afterFirstBatch = false;
    logged.mockRestore();
  });

  it.each(REPORT_FORMATS)("%s: complete when every batch loads", async (format) => {
    const bytes = await read(renderReport(format, "claims", context, [article.id]));
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(logged).not.toHaveBeenCalled();
  });

  it.each(REPORT_FORMATS)("%s: errors the stream and logs when a batch fails mid-export", async (format) => {
    failure.afterFirstBatch = true;
    await expect(read(renderReport(format, "claims", context, [article.id]))).rejects.toThrow("Connection terminated unexpectedly");
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Report export failed/), expect.objectContaining({ message: "Connection terminated unexpectedly" }));
  });

  it.each(REPORT_FORMATS)("%s: a reader that gives up early (an aborted download) stops the export cleanly", async (format) => {
    const reader = renderReport(format, "claims", context, [article.id]).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    // Let the renderer notice; an error thrown outside the stream would fail this test run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged).not.toHaveBeenCalled();
  });
});
