"use client";
// Imports a new version of an article's text: fetched from its web address or read from an
// uploaded file by the import page's own server actions (use-page-fetch.ts), or pasted. The text
// is shown before it is imported. Validated by the schema the server uses.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { decodeUploadAction } from "@/app/articles/new/actions";
import { importRevisionAction } from "@/app/articles/[id]/revisions/actions";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { importRevisionSchema } from "@/lib/revisions/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";
import { FormMessage, type FormOutcome } from "../form-message";
import { usePageFetch } from "./use-page-fetch";

type Input = z.input<typeof importRevisionSchema>;
type Output = z.output<typeof importRevisionSchema>;

export function RevisionImportForm({
  articleId,
  language,
  articleUrl,
}: {
  articleId: string;
  language: string;
  /** The address the article came from: offered for fetching its new version. */
  articleUrl: string | null;
}) {
  const t = useTranslations("revisions");
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [fetchUrl, setFetchUrl] = useState(articleUrl ?? "");
  const [fetchError, setFetchError] = useState<string | null>(null);
  const [fetchNote, setFetchNote] = useState<string | null>(null);
  // The last fetched page: its address is recorded with the revision while the text is still its text.
  const [fetched, setFetched] = useState<{ url: string; fetchedAt: string; text: string } | null>(null);
  const page = usePageFetch();
  const { register, handleSubmit, formState, setError, setValue } = useForm<Input, unknown, Output>({
    resolver: zodResolver(importRevisionSchema),
    defaultValues: { body: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
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
    setValue("body", result.data.text, { shouldValidate: formState.isSubmitted });
  }

  async function onFetch() {
    setFetchError(null);
    setFetchNote(null);
    setMessage(null);
    const outcome = await page.fetchPage(fetchUrl.trim());
    if (!outcome) return; // a newer fetch took over
    if (!outcome.ok) {
      setFetchError(outcome.message ?? (outcome.reason === "noWorker" ? t("fetchNoWorker") : t("fetchFailed")));
      return;
    }
    const { article } = outcome;
    setValue("body", article.text, { shouldValidate: formState.isSubmitted });
    setFetched({ url: article.url, fetchedAt: article.fetchedAt, text: article.text });
    setFetchNote(t("fetched", { url: article.url }));
  }

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const source = fetched && values.body === fetched.text ? { url: fetched.url, fetchedAt: fetched.fetchedAt } : {};
    const result = await importRevisionAction(articleId, { body: values.body, ...source });
    if (!result.ok) {
      applyServerErrors(result, setError);
      if (!result.fields?.body) setMessage({ kind: "error", text: result.message });
      return;
    }
    const { revision, counts } = result.data;
    setMessage({
      kind: "success",
      text: t("imported", {
        number: revision,
        exact: counts.exact,
        recheck: counts.needsRecheck,
        orphaned: counts.orphaned,
        added: counts.added,
      }),
    });
    router.push(`/articles/${articleId}/revisions?imported=${revision}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card revision-import-form">
      <div className="field">
        <label htmlFor="revision-url">{t("fetchLabel")}</label>
        <div className="inline-form">
          <input
            id="revision-url"
            type="url"
            dir="ltr"
            inputMode="url"
            placeholder="https://"
            value={fetchUrl}
            onChange={(event) => setFetchUrl(event.target.value)}
            onKeyDown={(event) => {
              // Enter fetches the page; it must not import whatever the text box holds.
              if (event.key === "Enter") {
                event.preventDefault();
                if (fetchUrl.trim()) void onFetch();
              }
            }}
            aria-describedby={fetchError ? "revision-url-hint revision-url-error" : "revision-url-hint"}
            aria-invalid={Boolean(fetchError)}
            disabled={page.fetching || isSubmitting}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => void onFetch()}
            disabled={page.fetching || isSubmitting || !fetchUrl.trim()}
          >
            {page.fetching ? t("fetching") : t("fetch")}
          </button>
        </div>
        <p id="revision-url-hint" className="muted field-hint">
          {t("fetchHint")}
        </p>
        {page.progress ? (
          <p role="status" data-testid="revision-fetch-progress">
            {page.progress === "RUNNING" ? t("fetchingStatus") : t("fetchWaiting")}
          </p>
        ) : null}
        {fetchNote ? (
          <p className="form-success" role="status" data-testid="revision-fetched">
            {fetchNote}
          </p>
        ) : null}
        <FieldError id="revision-url-error" message={fetchError ?? undefined} />
      </div>
      <div className="field">
        <label htmlFor="revision-body">{t("bodyLabel")}</label>
        <textarea
          id="revision-body"
          rows={14}
          dir={directionOfLanguage(language)}
          lang={language}
          aria-invalid={Boolean(errors.body)}
          aria-describedby={errors.body ? "revision-body-error" : undefined}
          {...register("body")}
        />
        <FieldError id="revision-body-error" message={errors.body?.message} />
      </div>
      <div className="field">
        <label htmlFor="revision-file">{t("fileLabel")}</label>
        <input
          id="revision-file"
          type="file"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          onChange={onFile}
          disabled={reading || isSubmitting}
          aria-invalid={Boolean(fileError)}
          aria-describedby={fileError ? "revision-file-error" : undefined}
        />
        <FieldError id="revision-file-error" message={fileError ?? undefined} />
      </div>
      <FormMessage message={message} />
      <button type="submit" disabled={isSubmitting || reading || page.fetching}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
