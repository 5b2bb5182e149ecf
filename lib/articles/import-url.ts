// Importing an article by its URL: fetched through the safe fetcher (lib/fetch), read with the
// same main-content pipeline as an uploaded HTML file, then imported like pasted text. The
// article records the address it came from (after redirects, or the page's canonical one) and
// when it was fetched. Every refusal is a 4xx on the `url` field saying why.
//
// The import page's preview runs as a background job (article_fetch): startArticleFetch queues
// it, the page polls articleFetchStatus while it waits ("waiting for a worker", "fetching"), then
// fills in the form from the job's output for the editor to check and import. A refusal is the
// job's answer, not a failure. The API and the CLI fetch and import in one call, in the request
// (importArticleFromUrl): their callers want the article in the answer, and the fetch is bounded
// by the fetcher's 20 s deadline either way.
import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden, isAppError, notFound, type ErrorCode } from "@/lib/errors";
import { FetchRefused, safeFetch } from "@/lib/fetch/safe-fetch";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobStatus } from "@/lib/jobs/status";
import { assertId } from "@/lib/schemas";
import { decodeText } from "@/lib/sources/decode";
import { parseInput } from "@/lib/validation";
import { importArticle } from "./mutations";
import { httpUrlSchema } from "./schema";
import { readFetchedPageOffLoop, type DecodedUpload } from "./upload";

const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export const fetchArticleSchema = z.object({ url: httpUrlSchema });

export interface FetchedArticle extends DecodedUpload {
  /** The address the text came from: the page's canonical URL, else where redirects ended. */
  url: string;
  fetchedAt: Date;
}

const urlError = (message: string, code: ErrorCode = "VALIDATION_FAILED") =>
  new AppError(code, message, { fields: { url: [message] } });

function requireImporter(actor: Actor) {
  // Checked before anything is fetched or queued: nobody else may make the server fetch addresses.
  if (!can(actor, "article.import")) throw forbidden("Only editors and admins import articles.");
}

/** Fetches and reads the article at a URL, in this process. Editors and admins only. */
export async function fetchArticle(actor: Actor, input: unknown): Promise<FetchedArticle> {
  requireImporter(actor);
  const { url } = parseInput(fetchArticleSchema, input);
  return readArticleAt(url);
}

/** The fetch and the reading, for a URL already checked by the schema (no permission check: callers do it). */
async function readArticleAt(url: string): Promise<FetchedArticle> {
  let page;
  try {
    page = await safeFetch(url, { accept: PAGE_TYPES });
  } catch (error) {
    if (!(error instanceof FetchRefused)) throw error;
    const code =
      error.code === "TOO_LARGE" ? "PAYLOAD_TOO_LARGE" : error.code === "CONTENT_TYPE" ? "UNSUPPORTED_MEDIA_TYPE" : "VALIDATION_FAILED";
    throw urlError(`The page could not be fetched: ${error.message}`, code);
  }
  if (page.status < 200 || page.status >= 300) {
    throw urlError(`The page could not be fetched: the site answered HTTP ${page.status}.`);
  }
  const text = decodeText(page.body, page.charset);
  let read: DecodedUpload;
  try {
    read = await readFetchedPageOffLoop(page.finalUrl, page.contentType === "text/plain" ? "text" : "html", text);
  } catch (error) {
    // The upload reader's messages name the file field; here the URL is what was given.
    if (isAppError(error)) throw urlError(error.message, error.code);
    throw error;
  }
  return { ...read, url: read.url ?? page.finalUrl, fetchedAt: page.fetchedAt };
}

export const importFromUrlSchema = z.object({
  url: httpUrlSchema,
  /** Overrides for what the page says about itself (the preview lets an editor correct them). */
  title: z.string().optional(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  language: z.string().optional(),
});

/** Fetches the article at a URL and imports it with its claims (the API's and CLI's import by URL). */
export async function importArticleFromUrl(actor: Actor, input: unknown) {
  const data = parseInput(importFromUrlSchema, input);
  const page = await fetchArticle(actor, { url: data.url });
  return importArticle(actor, {
    title: data.title ?? page.title,
    body: page.text,
    url: page.url,
    publisher: data.publisher ?? page.publisher,
    publishedAt: data.publishedAt ?? page.publishedAt,
    language: data.language,
    fetchedAt: page.fetchedAt.toISOString(),
  });
}

/** The preview as it crosses the job queue and reaches the page: plain JSON, `fetchedAt` as ISO text. */
export type ArticlePreview = Omit<FetchedArticle, "fetchedAt"> & { fetchedAt: string };

/** What an article_fetch job answers: the preview, or why the URL could not be used (a field message). */
export type ArticleFetchOutput =
  | { ok: true; article: ArticlePreview }
  | { ok: false; code: ErrorCode; message: string };

/** Queues the fetch of an article for the import preview; the page then polls articleFetchStatus. */
export async function startArticleFetch(actor: Actor, input: unknown): Promise<{ jobId: string }> {
  requireImporter(actor);
  const { url } = parseInput(fetchArticleSchema, input);
  const jobId = await enqueue("article_fetch", { url, requestedById: actor.id });
  if (!jobId) throw new AppError("UNAVAILABLE", "The page could not be queued for fetching. Try again in a moment.");
  return { jobId };
}

/** The article_fetch job's handler: a refusal (4xx) is its answer; anything else fails the job. */
export async function runArticleFetch({ url }: { url: string }): Promise<ArticleFetchOutput> {
  try {
    const article = await readArticleAt(url);
    return { ok: true, article: { ...article, fetchedAt: article.fetchedAt.toISOString() } };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

export type ArticleFetchStatus =
  | { progress: "WAITING" | "RUNNING" }
  | { progress: "DONE"; output: ArticleFetchOutput }
  | { progress: "FAILED" };

/** Where the editor's fetch is; only the editor who asked for it may see it (anyone else: 404). */
export async function articleFetchStatus(actor: Actor, jobId: unknown): Promise<ArticleFetchStatus> {
  requireImporter(actor);
  const id = assertId(jobId, "jobId");
  const job = await jobStatus("article_fetch", id);
  if (!job || job.data.requestedById !== actor.id) throw notFound("The fetch");
  if (job.progress !== "DONE") return { progress: job.progress };
  const output = job.output as ArticleFetchOutput | null;
  // A job completed without our output (pg-boss wraps a non-object value; we always return one).
  return output && typeof output === "object" && "ok" in output ? { progress: "DONE", output } : { progress: "FAILED" };
}
