// Reading a document file's text on a thread of its own, started for the one file and ended after
// it: a deadline (a 300-page PDF takes about 3 s here; a hostile one could take for ever) and a
// memory cap (a .docx is a zip, and a zip bomb inflates to gigabytes) stop the thread, not the
// process, which goes on serving pages and other jobs. Run by background jobs only, never in a
// request.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskReply } from "@/lib/compute/serve";
import { DEFAULT_FILE_TEXT_LIMITS, type FileText, type FileTextLimits } from "./file-text";

export const FILE_TEXT_DEADLINE_MS = 60_000;
/** Heap of the reading thread: a 10 MB PDF parses in well under this. */
export const FILE_TEXT_HEAP_MB = 384;

export interface FileTextRun {
  deadlineMs?: number;
  heapMb?: number;
  limits?: FileTextLimits;
}

function spawn(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  // Inside Next.js the bundler sees this exact form and builds the entry with its imports.
  if (process.env.NEXT_RUNTIME)
    return new Worker(new URL("./file-text-worker.ts", import.meta.url), { resourceLimits });
  // From TypeScript source (vitest, the CLI, npm scripts): lib/compute's bootstrap loads it via tsx.
  const here = path.dirname(fileURLToPath(import.meta.url));
  return new Worker(/* turbopackIgnore: true */ path.join(here, "..", "compute", "bootstrap.mjs"), {
    workerData: { entry: pathToFileURL(path.join(here, "file-text-worker.ts")).href },
    resourceLimits,
  });
}

/** The file's text, or why it could not be read (including "too long", "too large to read"). */
export function readFileTextOnThread(bytes: Uint8Array, contentType: string, run: FileTextRun = {}): Promise<FileText> {
  const deadlineMs = run.deadlineMs ?? FILE_TEXT_DEADLINE_MS;
  const worker = spawn(run.heapMb ?? FILE_TEXT_HEAP_MB);
  return new Promise<FileText>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: FileText | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        settle({
          ok: false,
          reason: `Reading the file's text took longer than ${(deadlineMs / 1000).toLocaleString("en")} seconds, so it was stopped.`,
        }),
      deadlineMs,
    );
    worker.on("message", (reply: TaskReply) => {
      // A parser's own failure is an answer about the file; the thread failing to load is ours.
      settle(reply.ok ? (reply.value as FileText) : new Error(`Reading the file's text failed: ${reply.message}`));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      settle(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? {
              ok: false,
              reason: "The file needs more memory to read than ClaimLedger allows, so its text was not read.",
            }
          : error,
      );
    });
    worker.on("exit", (code) => settle(new Error(`The file-reading thread stopped unexpectedly (exit code ${code}).`)));
    worker.postMessage({
      id: 1,
      name: "readFileText",
      input: { bytes, contentType, limits: run.limits ?? DEFAULT_FILE_TEXT_LIMITS },
    });
  });
}
