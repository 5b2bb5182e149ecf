import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { withDatabase } from "../database";

export function registerJobCommands(program: Command) {
  program
    .command("worker")
    .description(
      "Run background jobs (source snapshots and re-checks) until stopped; `npm start` runs one inside the app, this runs more on their own",
    )
    .option("--concurrency <n>", "jobs of each kind at once", "2")
    .action(async (options: { concurrency: string }) => {
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new InvalidArgumentError("--concurrency must be a whole number from 1 to 32.");
      }
      await withDatabase(async () => {
        const { startWorker } = await import("@/lib/jobs/worker");
        const { stopJobQueue } = await import("@/lib/jobs/queue");
        await startWorker({ concurrency });
        console.error(`Worker started (${concurrency} of each kind at once). Ctrl+C stops it after the running jobs.`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        console.error("Stopping: letting running jobs finish…");
        await stopJobQueue();
      });
    });

  const sources = program.command("sources").description("Sources cited as evidence");
  sources
    .command("recheck")
    .description("Fetch every live source now (or one article's), record a snapshot of each, and wait until done")
    .option("--article <id>", "only the sources of this article's claims")
    .option("--concurrency <n>", "fetches at once", "4")
    .action(async (options: { article?: string; concurrency: string }) => {
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new InvalidArgumentError("--concurrency must be a whole number from 1 to 32.");
      }
      const counts = await withDatabase(async () => {
        const { recheckNow } = await import("@/lib/sources/recheck");
        return recheckNow({ articleId: options.article ?? null, concurrency }, (done, total) =>
          console.error(`Checked ${done} of ${total} sources…`),
        );
      });
      const summary = Object.entries(counts.byState)
        .map(([state, count]) => `${count} ${state.toLowerCase()}`)
        .join(", ");
      console.log(`Re-checked ${counts.total} sources${summary ? `: ${summary}` : ""}.`);
    });
}
