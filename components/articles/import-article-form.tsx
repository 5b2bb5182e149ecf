"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { decodeUploadAction, importArticleAction } from "@/app/articles/new/actions";
import { importArticleSchema } from "@/lib/articles/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof importArticleSchema>;
type Output = z.output<typeof importArticleSchema>;

type Message =
  { kind: "error"; text: string } | { kind: "duplicate"; text: string; id: string } | { kind: "info"; text: string };

/** The fields an upload may fill in from the file (an HTML page's metadata, else its headings or name). */
const PREFILLED = ["title", "publisher", "publishedAt", "url"] as const;
type Prefilled = Partial<Record<(typeof PREFILLED)[number], string>>;

const FIELD_NAMES: Record<(typeof PREFILLED)[number], string> = {
  title: "title",
  publisher: "publisher",
  publishedAt: "publication date",
  url: "web address",
};

/** "title, publisher and publication date" */
function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function ImportArticleForm() {
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(importArticleSchema),
    defaultValues: { title: "", url: "", publisher: "", publishedAt: "", body: "" },
  });
  const { register, handleSubmit, formState, setError, setValue, getValues } = form;
  // What the last upload filled in: a later upload may replace those values, never the editor's own.
  const prefilled = useRef<Prefilled>({});

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
      setFileError(result.fields?.file?.[0] ?? result.message);
      event.target.value = "";
      return;
    }
    const decoded = result.data;
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
      if (decoded.format === "html") filled.push(FIELD_NAMES[field]);
    }
    prefilled.current = next;
    const from = filled.length > 0 ? ` Filled in the ${listOf(filled)} from the page.` : "";
    const byline = decoded.byline ? ` Byline: ${decoded.byline}.` : "";
    const check = filled.length > 0 ? "Check them and the text below" : "Check the text below";
    setMessage({ kind: "info", text: `Read ${file.name}.${from}${byline} ${check}, then import.` });
  }

  // The server parses the raw input with the same schema; the parsed values (a Date) are for display only.
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const result = await importArticleAction(getValues());
    if (!result.ok) {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    } else if (result.data.kind === "duplicate") {
      setMessage({ kind: "duplicate", text: result.data.message, id: result.data.id });
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
          {message.text} <Link href={`/articles/${message.id}`}>Open the existing article</Link>
        </p>
      ) : null}
      {message?.kind === "info" ? (
        <p className="form-success" role="status">
          {message.text}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="import-file">Upload a file (optional)</label>
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
          .txt, .md or .html in UTF-8. From a saved web page only the article is kept (menus, related links, asides,
          footers, cookie and share boxes are dropped), and its title, publisher, date and address are filled in from
          the page.
        </p>
        {reading ? <p role="status">Reading the file…</p> : null}
        <FieldError id="import-file-error" message={fileError ?? undefined} />
      </div>
      <div className="field">
        <label htmlFor="import-title">Title</label>
        <input id="import-title" aria-invalid={Boolean(errors.title)} {...register("title")} />
        <FieldError id="import-title-error" message={errors.title?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-url">Original web address (optional)</label>
        <input id="import-url" type="url" inputMode="url" aria-invalid={Boolean(errors.url)} {...register("url")} />
        <FieldError id="import-url-error" message={errors.url?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-publisher">Publisher (optional)</label>
        <input id="import-publisher" aria-invalid={Boolean(errors.publisher)} {...register("publisher")} />
        <FieldError id="import-publisher-error" message={errors.publisher?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-published">Publication date (optional)</label>
        <input
          id="import-published"
          type="date"
          aria-invalid={Boolean(errors.publishedAt)}
          {...register("publishedAt")}
        />
        <FieldError id="import-published-error" message={errors.publishedAt?.message} />
      </div>
      <div className="field">
        <label htmlFor="import-body">Article text</label>
        <textarea id="import-body" rows={16} aria-invalid={Boolean(errors.body)} {...register("body")} />
        <FieldError id="import-body-error" message={errors.body?.message} />
      </div>
      <button type="submit" disabled={isSubmitting || reading}>
        {isSubmitting ? "Importing and extracting claims…" : "Import article"}
      </button>
    </form>
  );
}
