// Types of pdf-worker-bundle.mjs (plain JavaScript: it runs before TypeScript can be compiled).
/** Builds the PDF worker bundle now and returns its path. */
export function buildPdfWorkerBundle(): string;
/** The bundle's path, built first when missing or out of date; null when it cannot be built here. */
export function pdfWorkerBundle(): string | null;
