// Chooses the renderer for a format and feeds it articles one at a time, claims batch by batch.
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { renderCsv } from "./csv";
import { claimBatches, loadReportArticle } from "./data";
import { renderClaimReviews, renderJson } from "./json";
import type { ArticleReportSource, ReportClaim, ReportContext } from "./model";
import { renderPdf } from "./pdf";
import type { CsvKind, ReportFormat } from "./schema";

function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Pull-driven: the next batch is loaded only when the reader asks for more.
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The 200 status and headers are already sent: erroring the stream aborts the download
        // (the client sees a broken transfer, not a short file that looks complete).
        console.error("Report export failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * A Node stream (the PDF document) as a pull-driven web stream. Readable.toWeb would push chunks
 * into a controller that a client's abort has already closed, throwing outside any handler.
 */
function nodeStream(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value as Buffer));
      } catch (error) {
        console.error("Report export failed while streaming", error);
        controller.error(error);
      }
    },
    async cancel() {
      readable.destroy();
      await chunks.return?.();
    },
  });
}

async function* sources(articleIds: string[], includeDeleted: boolean): AsyncGenerator<ArticleReportSource> {
  for (const articleId of articleIds) {
    const article = await loadReportArticle(articleId);
    yield { article, claimBatches: () => claimBatches(articleId, { includeDeleted }) };
  }
}

/**
 * Drawing a claim block in the PDF is synchronous work (1 to 2 ms each; a batch of 100 held the
 * event loop for 120 to 460 ms). Handing the renderer one claim at a time, with a turn of the event
 * loop in between, lets other requests run between blocks (measured in docs/extraction.md).
 */
async function* oneClaimPerTurn(batches: AsyncIterable<ReportClaim[]>): AsyncGenerator<ReportClaim[]> {
  for await (const batch of batches) {
    for (const claim of batch) {
      yield [claim];
      await nextTurn();
    }
  }
}

async function* yieldingSources(input: AsyncIterable<ArticleReportSource>): AsyncGenerator<ArticleReportSource> {
  for await (const source of input) yield { ...source, claimBatches: () => oneClaimPerTurn(source.claimBatches()) };
}

/** The rendered report as a web stream. The JSON archive keeps deleted claims; the others show current claims. */
export function renderReport(format: ReportFormat, kind: CsvKind, context: ReportContext, articleIds: string[]): ReadableStream<Uint8Array> {
  const input = sources(articleIds, format === "json");
  if (format === "pdf") return nodeStream(renderPdf(context, yieldingSources(input)));
  if (format === "csv") return textStream(renderCsv(kind, input));
  if (format === "json") return textStream(renderJson(context, input));
  return textStream(renderClaimReviews(context, input));
}
