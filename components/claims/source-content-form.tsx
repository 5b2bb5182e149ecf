"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { attachSourceFileAction, pasteSourceTextAction } from "@/app/claims/[id]/actions";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { ATTACHMENT_TYPES, pasteSourceTextSchema } from "@/lib/sources/schema";

type Mode = "paste" | "attach" | null;

/**
 * "Paste the text" and "Attach a file" on a source, for someone who may write evidence: the text of
 * a page that cannot be fetched, or a file (a PDF statement, an image, a document). The server
 * tells a file's type by its content; the `accept` list only narrows the browser's picker.
 */
export function SourceContentForm({ evidenceId, title }: { evidenceId: string; title: string }) {
  const t = useTranslations("sourceContent");
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>(null);
  const [text, setText] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);
  const fieldId = `source-content-${evidenceId}`;

  function open(next: Mode) {
    setMode(next);
    setFieldError(null);
    setOutcome(null);
  }

  function refused(result: { message: string; fields?: Record<string, string[] | undefined> }, field: string) {
    setFieldError(result.fields?.[field]?.[0] ?? null);
    setOutcome({ kind: "error", text: result.fields?.[field]?.[0] ? "" : result.message });
  }

  function paste(event: React.FormEvent) {
    event.preventDefault();
    const parsed = pasteSourceTextSchema.safeParse({ text });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    startTransition(async () => {
      const result = await pasteSourceTextAction(evidenceId, parsed.data);
      if (result.ok) {
        setText("");
        setMode(null);
        setFieldError(null);
        setOutcome({ kind: "success", text: t("pasted") });
      } else refused(result, "text");
    });
  }

  function attach(event: React.FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFieldError(t("chooseFile"));
      return;
    }
    const form = new FormData();
    form.set("file", file);
    startTransition(async () => {
      const result = await attachSourceFileAction(evidenceId, form);
      if (result.ok) {
        setMode(null);
        setFieldError(null);
        setOutcome({ kind: "success", text: t("attached") });
      } else refused(result, "file");
    });
  }

  const forSource = (
    <span className="visually-hidden"> {t.rich("forSource", { title: () => <UserText text={title} /> })}</span>
  );
  const error = fieldError ? (
    <p className="field-error" id={`${fieldId}-error`} role="alert">
      {translateServerMessage(fieldError, locale)}
    </p>
  ) : null;
  const describedBy = `${fieldId}-hint${fieldError ? ` ${fieldId}-error` : ""}`;
  /** The field's error, then save and cancel: the same under both forms. */
  const footer = (saveLabel: string) => (
    <>
      {error}
      <div className="inline-form">
        <button type="submit" disabled={pending}>
          {saveLabel}
        </button>
        <button type="button" className="secondary" onClick={() => open(null)}>
          {t("cancel")}
        </button>
      </div>
    </>
  );

  return (
    <div className="source-content" data-testid="source-content">
      {mode === null ? (
        <div className="inline-form">
          <button type="button" className="secondary" onClick={() => open("paste")}>
            {t("paste")}
            {forSource}
          </button>
          <button type="button" className="secondary" onClick={() => open("attach")}>
            {t("attach")}
            {forSource}
          </button>
        </div>
      ) : mode === "paste" ? (
        <form onSubmit={paste} noValidate>
          <label htmlFor={fieldId}>{t("pasteLabel")}</label>
          <p className="muted" id={`${fieldId}-hint`}>
            {t("pasteHint")}
          </p>
          <textarea
            id={fieldId}
            name="text"
            rows={8}
            dir="auto"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
          />
          {footer(t("savePaste"))}
        </form>
      ) : (
        <form onSubmit={attach} noValidate>
          <label htmlFor={fieldId}>{t("attachLabel")}</label>
          <p className="muted" id={`${fieldId}-hint`}>
            {t("attachHint")}
          </p>
          <input
            id={fieldId}
            ref={fileInput}
            type="file"
            name="file"
            accept={ATTACHMENT_TYPES.join(",")}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
          />
          {footer(t("saveFile"))}
        </form>
      )}
      {outcome?.text ? <FormMessage message={outcome} /> : null}
    </div>
  );
}
