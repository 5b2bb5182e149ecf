import os from "node:os";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { withDatabase } from "../database";

export function registerJobCommands(program: Command) {
  program
    .command("worker")
    .description(
      "Run background jobs (source snapshots, re-checks, similar-claim checks, mail) until stopped; `npm start` runs one beside the app, this runs more",
    )
    .option("--concurrency <n>", "jobs of each kind at once", "2")
    .option(
      "--nice <n>",
      "CPU niceness, 0 (as the web server) to 19 (lowest): background work yields the processor to page requests",
      process.env.CLAIMLEDGER_WORKER_NICE ?? "10",
    )
    .action(async (options: { concurrency: string; nice: string }) => {
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new InvalidArgumentError("--concurrency must be a whole number from 1 to 32.");
      }
      const nice = Number(options.nice);
      if (!Number.isInteger(nice) || nice < 0 || nice > 19) {
        throw new InvalidArgumentError("--nice (CLAIMLEDGER_WORKER_NICE) must be a whole number from 0 to 19.");
      }
      // Matching an imported article's claims against the desk takes seconds of CPU: on a machine
      // shared with the web server it must not take them from the people waiting for a page.
      try {
        os.setPriority(nice);
      } catch (error) {
        console.error(`Could not lower the worker's CPU priority (${error instanceof Error ? error.message : String(error)}); going on.`);
      }
      await withDatabase(async () => {
        const { startWorker } = await import("@/lib/jobs/worker");
        const { stopJobQueue } = await import("@/lib/jobs/queue");
        await startWorker({ concurrency });
        console.error(`Worker started (${concurrency} of each kind at once, niceness ${os.getPriority()}). Ctrl+C stops it after the running jobs.`);
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
