// npx tsx --import ./bin/server-context.mjs scripts/bench-queue-neighbours.ts -- --data-dir DIR [--calls 200]
// The claim page's previous/next in a reviewer's queue (queueNeighbours, lib/review/queue.ts): the
// keyset reads against the former way, which read the reviewer's whole queue in their view's order
// and looked for the claim in it (kept in scripts/bench-scale/queue-oracle.ts, which the tests hold it to too). On a database kept by the
// scale benchmark (`--keep`), as the reviewer with the largest open queue, for each sort the view
// offers and a claim at the start, the middle and the end of the queue: first checks both give the
// same answer, then times them alternated (one call of each in turn), p50/p95, load average beside.
// The reviewer's remembered view is changed during the run and restored at the end. See
// docs/performance.md.
import os from "node:os";
import { parseArgs } from "node:util";
import { summarise } from "./bench-scale/measure";

const { values: options } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    calls: { type: "string", default: "200" },
  },
});
const log = (line: string) => console.log(line);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

async function main() {
  if (!options["data-dir"]) throw new Error("--data-dir: the folder the scale benchmark kept");
  process.env.CLAIMLEDGER_DATA_DIR = options["data-dir"];
  const { openDatabase } = await import("@/lib/db/embedded");
  const handle = await openDatabase({ log: () => undefined });
  process.env.DATABASE_URL = handle.url;
  const { db, disconnectDb, Prisma: prisma } = await import("@/lib/db/client");
  const { queueNeighbours, queueOrderBy } = await import("@/lib/review/queue");
  const { queueSortKeys, readStoredQueueView, QUEUE_SORTS, DEFAULT_QUEUE_VIEW } =
    await import("@/lib/review/queue-view");
  const { neighboursByReadingTheQueue: byReadingTheQueue, formerViewWhere } = await import("./bench-scale/queue-oracle");
  type Actor = Parameters<typeof queueNeighbours>[0];

  const calls = Number(options.calls);
  const [largest] = await db.$queryRaw<{ reviewerId: string; open: bigint }[]>`
    SELECT "reviewerId", count(*) AS open FROM "Assignment" a JOIN "Claim" c ON c.id = a."claimId"
    WHERE a.state = 'OPEN' AND c."deletedAt" IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`;
  const user = await db.user.findUniqueOrThrow({
    where: { id: largest.reviewerId },
    select: { id: true, role: true, active: true, queueView: true },
  });
  const actor: Actor = { id: user.id, role: user.role, active: user.active };
  const claims = await db.claim.count();
  log(`${claims} claims; reviewer ${user.id} (${user.role}), ${largest.open} open assignments`);
  const now = new Date();
  try {
    log(`\n${calls} calls of each, alternated; p50 / p95 (fastest)`);
    log("| sort | claim at | position | whole queue (before) | keyset (after) | load before → after |");
    log("|---|---|---|---|---|---|");
    for (const sort of QUEUE_SORTS) {
      const view = { ...DEFAULT_QUEUE_VIEW, sort };
      await db.user.update({ where: { id: user.id }, data: { queueView: view } });
      const ordered = await db.assignment.findMany({
        where: formerViewWhere(actor, view, now),
        select: { claimId: true },
        orderBy: queueOrderBy(view),
      });
      const at = { start: 0, middle: Math.floor(ordered.length / 2), end: ordered.length - 1 };
      for (const [where, index] of Object.entries(at)) {
        const claimId = ordered[index].claimId;
        const expected = await byReadingTheQueue(actor, claimId, now);
        const actual = await queueNeighbours(actor, claimId, now);
        if (JSON.stringify(expected) !== JSON.stringify(actual))
          throw new Error(`${sort}, ${where}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        const times: [number[], number[]] = [[], []];
        const ways = [() => byReadingTheQueue(actor, claimId, now), () => queueNeighbours(actor, claimId, now)];
        const before = load();
        for (let n = 0; n < calls; n++) {
          const order = n % 2 ? [1, 0] : [0, 1];
          for (const i of order) {
            const started = performance.now();
            await ways[i]();
            times[i].push(performance.now() - started);
          }
        }
        const cells = times.map((samples) => {
          const timing = summarise(samples);
          return `${timing.p50.toFixed(2)} / ${timing.p95.toFixed(2)} ms (${Math.min(...samples).toFixed(2)})`;
        });
        log(
          `| ${sort} (${queueSortKeys(sort)
            .map((key) => key.key)
            .join(
              ", ",
            )}) | ${where} | ${actual?.position} of ${actual?.total} | ${cells.join(" | ")} | ${before} → ${load()} |`,
        );
      }
    }
  } finally {
    // As it was: none remembered, or the same view.
    const kept = user.queueView === null ? prisma.DbNull : readStoredQueueView(user.queueView);
    await db.user.update({ where: { id: user.id }, data: { queueView: kept } });
    await disconnectDb();
    await handle.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
