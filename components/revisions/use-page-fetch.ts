"use client";
// Fetching an article's page for the revision form through the import page's own path: the same
// server actions queue an article_fetch job (lib/articles/import-url.ts: the safe fetcher, the
// main-content reader), then ask every second where it is until the page is read. A newer fetch,
// or leaving the page, ends the polling of an older one.
import { useEffect, useRef, useState } from "react";
import { articleFetchStatusAction, startArticleFetchAction } from "@/app/articles/new/actions";
import type { ArticlePreview } from "@/lib/articles/import-url";

const POLL_MS = 1_000;
/** Past this, nobody took the job: the form says so instead of waiting for ever. */
const GIVE_UP_MS = 90_000;

export type PageFetchOutcome =
  | { ok: true; article: ArticlePreview }
  /** `message` is a server message (translated where shown), `reason` one of the form's own. */
  | { ok: false; message?: string; reason?: "failed" | "noWorker" };

export function usePageFetch() {
  const run = useRef(0);
  const [progress, setProgress] = useState<"WAITING" | "RUNNING" | null>(null);
  useEffect(() => () => void ++run.current, []);

  async function fetchPage(url: string): Promise<PageFetchOutcome | null> {
    const mine = ++run.current;
    setProgress("WAITING");
    try {
      const started = await startArticleFetchAction({ url });
      if (!started.ok) return { ok: false, message: started.fields?.url?.[0] ?? started.message };
      const giveUpAt = Date.now() + GIVE_UP_MS;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (mine !== run.current) return null;
        const status = await articleFetchStatusAction(started.data.jobId);
        if (mine !== run.current) return null;
        if (!status.ok) return { ok: false, message: status.message };
        const job = status.data;
        if (job.progress === "DONE") return job.output.ok ? { ok: true, article: job.output.article } : { ok: false, message: job.output.message };
        if (job.progress === "FAILED") return { ok: false, reason: "failed" };
        setProgress(job.progress);
        if (Date.now() > giveUpAt) return { ok: false, reason: "noWorker" };
      }
    } finally {
      if (mine === run.current) setProgress(null);
    }
  }

  return { fetchPage, progress, fetching: progress !== null };
}
