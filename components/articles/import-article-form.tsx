"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import {
  articleFetchStatusAction,
  decodeUploadAction,
  importArticleAction,
  startArticleFetchAction,
} from "@/app/articles/new/actions";
import { importArticleSchema } from "@/lib/articles/schema";
import { detectLanguage } from "@/lib/i18n/detect-language";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";
import { LanguagePicker, useLanguageName } from "./language-picker";

type Input = z.input<typeof importArticleSchema>;
type Output = z.output<typeof importArticleSchema>;

/** What reading a file or fetching a page gives the form. */
interface DecodedPage {
  text: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  byline?: string;
}

type Message =
  { kind: "error"; text: string } | { kind: "duplicate"; text: string; id: string } | { kind: "info"; text: string };

/** How often the form asks where a fetch is, and when it stops waiting for a worker to take it. */
const FETCH_POLL_MS = 1_000;
const FETCH_GIVE_UP_MS = 90_000;

/** The fields an upload may fill in from the file (an HTML page's metadata, else its headings or name). */
const PREFILLED = ["title", "publisher", "publishedAt", "url"] as const;
type Prefilled = Partial<Record<(typeof PREFILLED)[number], string>>;

/** "title, publisher and publication date", with the reader's language's separators. */
function listOf(words: string[], separator: string, and: string): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(separator)}${and}${words[words.length - 1]}`;
}

export function ImportArticleForm() {
  const t = useTranslations("importArticle");
  const locale = useLocale();
  const languageName = useLanguageName();
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [fetchUrl, setFetchUrl] = useState("");
  const [fetching, setFetching] = useState(false);
  const [fetchError, setFetchError] = useState<string | null>(null);
  const [fetchedAt, setFetchedAt] = useState<string | null>(null);
  const [fetchProgress, setFetchProgress] = useState<"WAITING" | "RUNNING" | null>(null);
  const fetchRun = useRef(0);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(importArticleSchema),
    defaultValues: { title: "", url: "", publisher: "", publishedAt: "", body: "", language: "en" },
  });
  const { register, handleSubmit, formState, setError, setValue, getValues, control } = form;
  // What the last upload filled in: a later upload may replace those values, never the editor's own.
  const prefilled = useRef<Prefilled>({});

  // The text's language, detected as it is pasted or uploaded, until the editor picks one.
  const body = useDeferredValue(useWatch({ control, name: "body" }) ?? "");
  const language = useWatch({ control, name: "language" }) ?? "";
  const detected = useMemo(() => (body.trim() ? detectLanguage(body, "") : ""), [body]);
  const languageChosen = useRef(false);
  useEffect(() => {
    // Too little text to tell: English, as the server would assume.
    if (!languageChosen.current) setValue("language", detected || "en");
  }, [detected, setValue]);
  const direction = directionOfLanguage(language || detected || "en");

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    setMessage(null);
    if (!file) return;
    setReading(true);
    const data = new FormData();
    data.set("file", file);
    const result = await decodeUploadAction(data).finally(() => setReading(false));
    if (!result.ok) {
      setFileError(result.fields?.file?.[0] ?? translateServerMessage(result.message, locale));
      event.target.value = "";
      return;
    }
    prefill(result.data, result.data.format === "html", t("read", { file: file.name }));
  }

  /** Fills the form from a read file or fetched page; fields the editor typed are kept. */
  function prefill(decoded: DecodedPage, fromPage: boolean, read: string) {
    const validate = { shouldValidate: formState.isSubmitted };
    setValue("body", decoded.text, validate);
    const filled: string[] = [];
    const next: Prefilled = {};
    for (const field of PREFILLED) {
      const value = decoded[field] ?? "";
      const current = getValues(field) ?? "";
      if (current && current !== prefilled.current[field]) continue; // typed by the editor
      if (value !== current) setValue(field, value, validate);
      if (!value) continue;
      next[field] = value;
      if (fromPage) filled.push(t(`fieldNames.${field}`));
    }
    prefilled.current = next;
    const from =
      filled.length > 0 ? ` ${t("filledIn", { fields: listOf(filled, t("listSeparator"), t("listAnd")) })}` : "";
    const byline = decoded.byline ? ` ${t("byline", { byline: decoded.byline })}` : "";
    const check = filled.length > 0 ? t("checkThem") : t("checkText");
    setMessage({ kind: "info", text: `${read}${from}${byline} ${check}` });
  }

  /**
   * Queues the fetch (a background job) and asks where it is every second until the page is read:
   * "waiting for a worker", then "fetching", then the form is filled in. A newer fetch, or leaving
   * the page, ends the polling of an older one.
   */
  async function onFetch() {
    const run = ++fetchRun.current;
    setFetchError(null);
    setMessage(null);
    setFetching(true);
    setFetchProgress("WAITING");
    try {
      const started = await startArticleFetchAction({ url: fetchUrl });
      if (!started.ok) {
        setFetchError(started.fields?.url?.[0] ?? started.message);
        return;
      }
      const giveUpAt = Date.now() + FETCH_GIVE_UP_MS;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, FETCH_POLL_MS));
        if (run !== fetchRun.current) return;
        const status = await articleFetchStatusAction(started.data.jobId);
        if (run !== fetchRun.current) return;
        if (!status.ok) {
          setFetchError(status.message);
          return;
        }
        const job = status.data;
        if (job.progress === "DONE") {
          if (!job.output.ok) {
            setFetchError(job.output.message);
            return;
          }
          setFetchedAt(job.output.article.fetchedAt);
          prefill(job.output.article, true, t("fetched", { url: job.output.article.url }));
          return;
        }
        if (job.progress === "FAILED") {
          setFetchError(t("fetchFailed"));
          return;
        }
        setFetchProgress(job.progress);
        if (Date.now() > giveUpAt) {
          setFetchError(t("fetchNoWorker"));
          return;
        }
      }
    } finally {
      if (run === fetchRun.current) {
        setFetching(false);
        setFetchProgress(null);
      }
    }
  }
  // Leaving the page stops the polling.
  useEffect(() => () => void ++fetchRun.current, []);

  // The server parses the raw input with the same schema; the parsed values (a Date) are for display only.
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    // A fetched page records when it was fetched, as long as its text is what was fetched.
    const values = getValues();
    const fetched = fetchedAt && values.url ? { fetchedAt } : {};
    const result = await importArticleAction({ ...values, ...fetched });
    if (!result.ok) {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: translateServerMessage(result.message, locale) });
    } else if (result.data.kind === "duplicate") {
      setMessage({ kind: "duplicate", text: translateServerMessage(result.data.message, locale), id: result.data.id });
    } else {
      router.push(`/articles/${result.data.id}`);
    }
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack import-form" onSubmit={onSubmit} noValidate>
      {message?.kind === "error" ? (
        <p className="form-error" role="alert">
          {message.text}
        </p>
      ) : null}
      {message?.kind === "duplicate" ? (
        <p className="form-error" role="alert">
          {message.text} <Link href={`/articles/${message.id}`}>{t("openExisting")}</Link>
        </p>
      ) : null}
      {message?.kind === "info" ? (
        <p className="form-success" role="status">
          {message.text}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="import-from-url">{t("fetchLabel")}</label>
        <div className="inline-form">
          <input
            id="import-from-url"
            type="url"
            dir="ltr"
            inputMode="url"
            placeholder="https://"
            value={fetchUrl}
            onChange={(event) => setFetchUrl(event.target.value)}
            onKeyDown={(event) => {
              // Enter fetches the page; it must not submit the import with an empty text.
              if (event.key === "Enter") {
                event.preventDefault();
                if (fetchUrl.trim()) void onFetch();
              }
            }}
            aria-describedby="import-from-url-hint"
            aria-invalid={Boolean(fetchError)}
            disabled={fetching || isSubmitting}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => void onFetch()}
            disabled={fetching || isSubmitting || !fetchUrl.trim()}
          >
            {fetching ? t("fetching") : t("fetch")}
          </button>
        </div>
        <p id="import-from-url-hint" className="muted field-hint">
          {t("fetchHint")}
        </p>
        {fetching ? (
          <p role="status" data-testid="fetch-progress">
            {fetchProgress === "RUNNING" ? t("fetchingStatus") : t("fetchWaiting")}
          </p>
        ) : null}
        <FieldError id="import-from-url-error" message={fetchError ?? undefined} />
      </div>
      <div className="field">
        <label htmlFor="import-file">{t("fileLabel")}</label>
        <input
          id="import-file"
          type="file"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby="import-file-hint"
          aria-invalid={Boolean(fileError)}
          onChange={onFile}
          disabled={reading || isSubmitting}
        />
        <p id="import-file-hint" className="muted field-hint">
          {t("fileHint")}
        </p>
        {reading ? <p role="status">{t("reading")}</p> : null}
        <FieldError id="import-file-error" message={fileError ?? undefined} />
      </div>
      <div className="field">
        <label htmlFor="import-title">{t("title")}</label>
        <input id="import-title" dir="auto" aria-invalid={Boolean(errors.title)} {...register("title")} />
        <FieldError id="import-title-error" message={errors.title?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-url">{t("url")}</label>
        <input
          id="import-url"
          type="url"
          dir="ltr"
          inputMode="url"
          aria-invalid={Boolean(errors.url)}
          {...register("url")}
        />
        <FieldError id="import-url-error" message={errors.url?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-publisher">{t("publisher")}</label>
        <input id="import-publisher" dir="auto" aria-invalid={Boolean(errors.publisher)} {...register("publisher")} />
        <FieldError id="import-publisher-error" message={errors.publisher?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-published">{t("publishedAt")}</label>
        <input
          id="import-published"
          type="date"
          aria-invalid={Boolean(errors.publishedAt)}
          {...register("publishedAt")}
        />
        <FieldError id="import-published-error" message={errors.publishedAt?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-body">{t("body")}</label>
        <textarea
          id="import-body"
          rows={16}
          lang={language || undefined}
          dir={direction}
          aria-invalid={Boolean(errors.body)}
          {...register("body")}
        />
        <FieldError id="import-body-error" message={errors.body?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-language">{t("language")}</label>
        <LanguagePicker
          id="import-language"
          value={language}
          onChange={(tag) => {
            languageChosen.current = true;
            setValue("language", tag, { shouldValidate: formState.isSubmitted });
          }}
          invalid={Boolean(errors.language)}
          describedBy="import-language-hint"
          disabled={isSubmitting}
        />
        <p id="import-language-hint" className="muted field-hint" aria-live="polite">
          {detected ? t("languageDetected", { language: languageName(detected) }) : t("languageHint")}
        </p>
        <FieldError id="import-language-error" message={errors.language?.message} />
      </div>
      <button type="submit" disabled={isSubmitting || reading}>
        {isSubmitting ? t("importing") : t("submit")}
      </button>
    </form>
  );
}
