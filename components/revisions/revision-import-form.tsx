"use client";
// Imports a new version of an article's text: pasted, or read from an uploaded file by the same
// server action as the import page. Validated by the schema the server uses.
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

type Input = z.input<typeof importRevisionSchema>;
type Output = z.output<typeof importRevisionSchema>;

export function RevisionImportForm({ articleId, language }: { articleId: string; language: string }) {
  const t = useTranslations("revisions");
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
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

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await importRevisionAction(articleId, values);
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
      <button type="submit" disabled={isSubmitting || reading}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
