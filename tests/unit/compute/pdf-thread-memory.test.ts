// The PDF thread goes back to its resting size between reports (docs/reports.md, memory): it
// collects its garbage after each report and after the warm-up, and its young generation is
// capped, so a second 1,000-claim report does not peak on top of the first one's leftovers.
import { afterEach, describe, expect, it } from "vitest";
import type { Worker } from "node:worker_threads";
import { collectGarbage } from "@/lib/compute/collect-garbage";
import { spawnPdfWorker } from "@/lib/compute/pdf";

let worker: Worker | undefined;
afterEach(async () => {
  await worker?.terminate();
  worker = undefined;
});

describe("the PDF thread's memory", () => {
  it("collects garbage on demand: a dropped 64 MB of objects leaves the heap at once", () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | null = Array.from({ length: 64 }, () => Array.from({ length: 131_072 }, (_, i) => i + 0.5));
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(48 * 1024 * 1024);
    garbage = null;
    collectGarbage();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 1024 * 1024);
  });

  it("starts with its young generation capped at 8 MB", () => {
    worker = spawnPdfWorker();
    expect(worker.resourceLimits).toMatchObject({ maxYoungGenerationSizeMb: 8 });
  });
});
