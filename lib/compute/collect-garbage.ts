// A full garbage collection on demand, for a worker thread that has just finished a large task
// (the PDF thread after a 1,000-claim report): V8 would otherwise keep the report's garbage and the
// grown heap resident until its next collection, and a second report would then peak on top of the
// first one's leftovers (docs/reports.md, memory). The flag only exposes `gc` to contexts made
// after it is set, hence the new context; Jest's --logHeapUsage gets its collector the same way.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | undefined;

export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collector();
}
