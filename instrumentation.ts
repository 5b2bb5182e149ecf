// Runs once when the Next.js server starts.
// - The sign-in throttle needs each request's real client address, which route handlers cannot
//   see: this stamps it onto every request from the socket (overwriting anything a client sent).
//   See lib/auth/client-address.ts, docs/accounts.md.
// - The app process also works the background job queue (source snapshots, re-checks), unless
//   CLAIMLEDGER_WORKER=off (a web-only instance beside separate `npx claimledger worker`s).
// - The PDF report thread starts with the server and stays (lib/compute/pdf.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installClientAddressHeader } = await import("./lib/auth/client-address");
  installClientAddressHeader();
  if (process.env.CLAIMLEDGER_WORKER !== "off" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startWorker } = await import("./lib/jobs/worker");
    // A database that is not reachable yet must not keep the site down: the worker tries again.
    const start = () =>
      startWorker().catch((error: unknown) => {
        console.error("[claimledger] The job worker did not start; trying again in 30 s:", error);
        setTimeout(start, 30_000).unref();
      });
    void start();
  }
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { pdfThreadMode, warmPdfWorker } = await import("./lib/compute/pdf");
    // The PDF thread starts (and warms up) with the server, a little after it is listening, so
    // that the first export does not pay for it (CLAIMLEDGER_PDF_THREAD, docs/reports.md).
    if (pdfThreadMode() === "kept") setTimeout(warmPdfWorker, 5_000).unref();
  }
}
