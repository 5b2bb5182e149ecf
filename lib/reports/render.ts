// Chooses the renderer for a format and feeds it articles one at a time, claims batch by batch.
import { renderPdfOffLoop, warmPdfWorker } from "@/lib/compute";
import { renderCsv } from "./csv";
import { claimBatches, loadReportArticle } from "./data";
import { rangeArchiveSources, rangeReportSources } from "./range-data";
import type { ClaimDetail } from "./claim-relations";
import { renderClaimReviews, renderJson } from "./json";
import type { ArticleReportSource, ReportClaim, ReportContext } from "./model";
import type { PdfReportInput } from "./pdf";
import type { CsvKind, ReportFormat } from "./schema";

/** Text is sent in pieces of about this size: one write per claim would be tens of thousands of writes. */
const TEXT_CHUNK_BYTES = 64 * 1024;

function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Pull-driven: the next batch is loaded only when the reader asks for more.
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const pieces: string[] = [];
        let length = 0;
        while (length < TEXT_CHUNK_BYTES) {
          const next = await chunks.next();
          if (next.done) break;
          pieces.push(next.value);
          length += next.value.length;
        }
        if (pieces.length) controller.enqueue(encoder.encode(pieces.join("")));
        if (length < TEXT_CHUNK_BYTES) controller.close();
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
 * The articles to render, each with its claims in batches. One article is read on its own (its
 * claims a batch at a time); several are read in batches across articles (range-data.ts), which
 * gives the same data in a fixed number of statements per thousand claims.
 */
/** What each format shows of a claim (what it does not show is not read). */
const DETAIL: Record<ReportFormat, ClaimDetail> = { json: "archive", pdf: "print", csv: "table", claimreview: "table" };

async function* sources(articleIds: string[], format: ReportFormat, kind: CsvKind = "claims"): AsyncGenerator<ArticleReportSource> {
  // The JSON archive keeps deleted claims and the article's text; the others show current claims.
  const includeDeleted = format === "json";
  const detail = DETAIL[format];
  if (articleIds.length !== 1) {
    yield* rangeReportSources(articleIds, { includeDeleted, articleBody: format === "json", detail, csv: format === "csv" ? kind : undefined });
    return;
  }
  const [articleId] = articleIds;
  const article = await loadReportArticle(articleId);
  yield { article, claimBatches: () => claimBatches(articleId, { includeDeleted, detail }) };
}

/**
 * The PDF's report model, whole, as plain data: the claims with what the PDF shows (comments and
 * per-claim audit events stay behind; they would only cross the thread boundary for nothing).
 */
async function pdfInput(context: ReportContext, input: AsyncIterable<ArticleReportSource>): Promise<PdfReportInput> {
  const articles: PdfReportInput["articles"] = [];
  for await (const { article, claimBatches } of input) {
    const claims: ReportClaim[] = [];
    for await (const batch of claimBatches()) for (const claim of batch) claims.push({ ...claim, comments: [], auditEvents: [] });
    articles.push({ article: { ...article, body: "" }, claims });
  }
  return { context, articles };
}

/**
 * The PDF, drawn on a worker thread (lib/compute) within its time budget; the main thread only
 * loads the data. The first read waits for the whole file: the page count ("Page n of N") is
 * known only at the end. Past the budget the stream errors with the AppError (UNAVAILABLE).
 */
export async function renderPdfReport(context: ReportContext, input: AsyncIterable<ArticleReportSource>): Promise<Uint8Array> {
  // The PDF thread starts (fonts parsed, code compiled) while the report's data loads.
  warmPdfWorker();
  return renderPdfOffLoop(await pdfInput(context, input));
}

function pdfStream(context: ReportContext, input: AsyncIterable<ArticleReportSource>): ReadableStream<Uint8Array> {
  let pending: Promise<Uint8Array> | null = null;
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        pending ??= renderPdfReport(context, input);
        const bytes = await pending;
        if (sent >= bytes.length) return controller.close();
        // In pieces, so a slow reader gets back-pressure like any other stream.
        controller.enqueue(bytes.subarray(sent, sent + PDF_CHUNK));
        sent += PDF_CHUNK;
      } catch (error) {
        console.error("Report export failed while drawing the PDF", error);
        controller.error(error);
      }
    },
  });
}

const PDF_CHUNK = 256 * 1024;

/** The rendered report as a web stream. The JSON archive keeps deleted claims; the others show current claims. */
export function renderReport(format: ReportFormat, kind: CsvKind, context: ReportContext, articleIds: string[]): ReadableStream<Uint8Array> {
  if (format === "pdf") return pdfStream(context, sources(articleIds, format));
  if (format === "csv") return textStream(renderCsv(kind, sources(articleIds, format, kind)));
  if (format === "json") {
    // Several articles: their claims read as the archive's JSON (range-data.ts, rangeArchiveSources).
    return textStream(renderJson(context, articleIds.length === 1 ? sources(articleIds, format) : rangeArchiveSources(articleIds)));
  }
  return textStream(renderClaimReviews(context, sources(articleIds, format)));
}

/**
 * renderReport, with the PDF already drawn: an over-budget PDF then fails as the AppError
 * (503, UNAVAILABLE) before any header is sent, instead of breaking a download under way.
 */
export async function renderReportReady(
  format: ReportFormat,
  kind: CsvKind,
  context: ReportContext,
  articleIds: string[],
): Promise<ReadableStream<Uint8Array>> {
  if (format !== "pdf") return renderReport(format, kind, context, articleIds);
  const bytes = await renderPdfReport(context, sources(articleIds, format));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(sent, sent + PDF_CHUNK));
      sent += PDF_CHUNK;
    },
  });
}

