import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { InvalidArgumentError, type Command } from "commander";
import { withDatabase } from "../database";
import { callerPath } from "../files";

interface ExportOptions {
  article?: string;
  from?: string;
  to?: string;
  format: string;
  kind?: string;
  out: string;
  as?: string;
}

export function registerExportCommands(program: Command) {
  program
    .command("export")
    .description("Write an audit report of one article (--article) or of a date range (--from/--to) to a file")
    .option("--article <id>", "the article's id")
    .option("--from <date>", "first day, YYYY-MM-DD (UTC), with --to")
    .option("--to <date>", "last day, YYYY-MM-DD (UTC), with --from")
    .requiredOption("--format <format>", "pdf, csv, json or claimreview")
    .option("--kind <kind>", "for csv: claims (default) or history")
    .requiredOption("--out <file>", "where to write the report")
    .option("--as <email>", "the exporting editor or admin (default: the first admin)")
    .action(async (options: ExportOptions) => {
      if (Boolean(options.article) === Boolean(options.from || options.to)) {
        throw new InvalidArgumentError("Give either --article ID, or --from and --to.");
      }
      const out = callerPath(options.out);
      await withDatabase(async () => {
        const { findActiveUserByEmail, findFirstAdmin } = await import("@/lib/users/data");
        const { exportArticleReport, exportRangeReport } = await import("@/lib/reports/mutations");
        const actor = options.as ? await findActiveUserByEmail(options.as) : await findFirstAdmin();
        if (!actor) {
          throw new InvalidArgumentError(options.as ? `No active user with the email ${options.as}.` : "There is no active admin; use --as EMAIL.");
        }
        const query = { format: options.format, kind: options.kind };
        const file = options.article
          ? await exportArticleReport(actor, options.article, query)
          : await exportRangeReport(actor, { ...query, from: options.from, to: options.to });
        // Streamed to disk batch by batch, like the HTTP download.
        await pipeline(Readable.fromWeb(file.body as WebReadableStream<Uint8Array>), createWriteStream(out));
      });
      console.log(`Wrote ${out}`);
    });
}
