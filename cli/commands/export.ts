import { constants } from "node:fs";
import { access, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { InvalidArgumentError, type Command } from "commander";
import { isAppError } from "@/lib/errors";
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
  /** false with --no-bom. */
  bom: boolean;
}

async function assertWritableTarget(out: string) {
  const folder = path.dirname(out);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new InvalidArgumentError(`Cannot write ${out}: the folder ${folder} does not exist.`);
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isFile()) throw new InvalidArgumentError(`Cannot write ${out}: it is a folder, not a file. Give a file name.`);
  await access(folder, constants.W_OK).catch(() => {
    throw new InvalidArgumentError(`Cannot write ${out}: you may not create files in ${folder}.`);
  });
}

export interface ReportTarget {
  /** Streams the report into the temporary file, then gives it the target's name. */
  write(body: ReadableStream<Uint8Array>): Promise<void>;
  /** Removes the temporary file after a failure; an existing target stays untouched. */
  discard(): Promise<void>;
}

/**
 * Checks the target and opens a temporary file beside it, BEFORE the export runs: exporting
 * records an AuditEvent, so a bad --out must fail first. The file gets the target's name only
 * once the last byte is written, so a failed export leaves no partial report behind.
 */
export async function openReportFile(out: string): Promise<ReportTarget> {
  await assertWritableTarget(out);
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  const handle = await open(partial, "wx").catch((error: unknown) => {
    throw new InvalidArgumentError(`Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return {
    async write(body) {
      await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), handle.createWriteStream());
      await rename(partial, out);
    },
    async discard() {
      await handle.close().catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
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
    .option("--no-bom", "for csv: no UTF-8 byte-order mark (by default the file starts with one, so Excel reads it as UTF-8)")
    .requiredOption("--out <file>", "where to write the report (its folder must exist)")
    .option("--as <email>", "the exporting editor or admin (default: the first admin)")
    .action(async (options: ExportOptions) => {
      if (Boolean(options.article) === Boolean(options.from || options.to)) {
        throw new InvalidArgumentError("Give either --article ID, or --from and --to.");
      }
      const out = callerPath(options.out);
      const target = await openReportFile(out);
      try {
        await withDatabase(async () => {
          const { findActiveUserByEmail, findFirstAdmin } = await import("@/lib/users/data");
          const { exportArticleReport, exportRangeReport } = await import("@/lib/reports/mutations");
          const actor = options.as ? await findActiveUserByEmail(options.as) : await findFirstAdmin();
          if (!actor) {
            throw new InvalidArgumentError(options.as ? `No active user with the email ${options.as}.` : "There is no active admin; use --as EMAIL.");
          }
          const query = { format: options.format, kind: options.kind, bom: options.bom };
          const file = options.article
            ? await exportArticleReport(actor, options.article, query)
            : await exportRangeReport(actor, { ...query, from: options.from, to: options.to });
          // Streamed to disk batch by batch, like the HTTP download.
          await target.write(file.body);
        });
      } catch (error) {
        await target.discard();
        // Refusals (bad input, unknown article) explain themselves; anything else broke the export.
        if (isAppError(error) || error instanceof InvalidArgumentError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The export failed, so ${out} was not written. ${reason}`, { cause: error });
      }
      console.log(`Wrote ${out}`);
    });
}
