// Timing helpers: run a call sequentially or from N concurrent clients, within a time cap, and
// summarise the latencies as p50/p95.

export interface Timing {
  samples: number;
  p50: number;
  p95: number;
  /** Requests per second over the run (concurrent runs only). */
  throughput?: number;
  /** Failed requests (concurrent runs only; a failure in a sequential run fails the target). */
  errors?: number;
  firstError?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(latencies: number[], wallMs?: number): Timing {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    ...(wallMs ? { throughput: (sorted.length / wallMs) * 1000 } : {}),
  };
}

/** One call, given its sequence number (writes use it to pick a fresh row). */
export type Call = (n: number) => Promise<void>;

export interface RunOptions {
  requests: number;
  /** Stop starting new requests after this long (a slow page still gets at least `minimum`). */
  capMs: number;
  minimum?: number;
  warmup?: number;
}

export async function runSequential(call: Call, options: RunOptions): Promise<Timing> {
  let n = 0;
  for (let i = 0; i < (options.warmup ?? 2); i++) await call(n++);
  const latencies: number[] = [];
  const started = performance.now();
  while (latencies.length < options.requests) {
    if (latencies.length >= (options.minimum ?? 3) && performance.now() - started > options.capMs) break;
    const t = performance.now();
    await call(n++);
    latencies.push(performance.now() - t);
  }
  return summarise(latencies);
}

/** `clients` loops calling at once; `offset` keeps their sequence numbers apart from a sequential run's. */
export async function runConcurrent(call: Call, clients: number, options: RunOptions, offset = 100_000): Promise<Timing> {
  const latencies: number[] = [];
  let n = offset;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const client = async () => {
    while (latencies.length + errors < options.requests) {
      if (latencies.length + errors >= (options.minimum ?? clients) && performance.now() - started > options.capMs) return;
      const t = performance.now();
      try {
        await call(n++);
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= String(error).slice(0, 200);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { ...summarise(latencies, performance.now() - started), errors, ...(firstError ? { firstError } : {}) };
}
