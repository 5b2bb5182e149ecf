// Importing an article by its URL: fetched through the safe fetcher (lib/fetch), read with the
// same main-content pipeline as an uploaded HTML file, then imported like pasted text. The
// article records the address it came from (after redirects, or the page's canonical one) and
// when it was fetched. The import page previews first (fetchArticle), then imports what the
// editor confirmed; the API and CLI do both at once (importArticleFromUrl). The fetch runs in the
// request, not as a background job: it is bounded by the fetcher's deadline (20 s) and the
// editor waits on its answer either way. Every refusal is a 4xx on the `url` field saying why.
import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden, isAppError, type ErrorCode } from "@/lib/errors";
import { FetchRefused, safeFetch } from "@/lib/fetch/safe-fetch";
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

/** Fetches and reads the article at a URL, for the import preview. Editors and admins only. */
export async function fetchArticle(actor: Actor, input: unknown): Promise<FetchedArticle> {
  // Checked before anything is fetched: nobody else may make the server fetch addresses.
  if (!can(actor, "article.import")) throw forbidden("Only editors and admins import articles.");
  const { url } = parseInput(fetchArticleSchema, input);
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
