// The CPU-heavy pure functions that may run on a worker thread (lib/compute/worker.ts), by name.
// Inputs and results cross the thread boundary by structured clone, so both are plain data; a
// task may return a promise, and a Uint8Array result is transferred, not copied.
import { HtmlTooDeepError, htmlToText, type HtmlText } from "@/lib/articles/html";
import { extractClaims, extractWithCandidates, type ExtractedClaim, type ExtractionResult } from "@/lib/extraction";
import type { PdfReportInput } from "@/lib/reports/pdf";

/** htmlToText as data: a document refused for its nesting comes back as a result, not a throw. */
export type HtmlTaskResult = ({ ok: true } & HtmlText) | { ok: false; tooDeep: true; message: string };

export function htmlToTextResult(html: string): HtmlTaskResult {
  try {
    return { ok: true, ...htmlToText(html) };
  } catch (error) {
    if (error instanceof HtmlTooDeepError) return { ok: false, tooDeep: true, message: error.message };
    throw error;
  }
}

export const tasks = {
  extractClaims: (text: string): ExtractedClaim[] => extractClaims(text),
  extractWithCandidates: (text: string): ExtractionResult => extractWithCandidates(text),
  htmlToText: htmlToTextResult,
  // Loaded on first use: the main thread and the general pool never load the PDF renderer (PDFs
  // run on their own thread, lib/compute/pdf-worker.ts).
  renderPdf: async (input: PdfReportInput): Promise<Uint8Array> => (await import("@/lib/reports/pdf")).renderPdf(input),
};

export type TaskName = keyof typeof tasks;
export type TaskInput<N extends TaskName> = Parameters<(typeof tasks)[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof tasks)[N]>>;
