"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useImperativeHandle, useState, type Ref } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addEvidenceAction, editEvidenceAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { evidenceFieldsSchema } from "@/lib/evidence/schema";
import { STANCES } from "@/lib/workflow/states";
import { isConflict, type EvidenceItem, type Submit } from "./types";

type Input = z.input<typeof evidenceFieldsSchema>;
type Output = z.output<typeof evidenceFieldsSchema>;

export interface EvidenceFormHandle {
  focus(): void;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "");

export function EvidenceForm({
  claimId,
  editing,
  submit,
  onDone,
  ref,
}: {
  claimId: string;
  editing?: EvidenceItem;
  submit: Submit;
  onDone?: () => void;
  ref?: Ref<EvidenceFormHandle>;
}) {
  const t = useTranslations("evidence");
  const tStance = useTranslations("stances");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const prefix = editing ? `edit-${editing.id}` : "new-source";
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(evidenceFieldsSchema),
    defaultValues: editing
      ? {
          url: editing.url,
          title: editing.title,
          publisher: editing.publisher ?? "",
          publishedAt: day(editing.publishedAt),
          accessedAt: day(editing.accessedAt),
          stance: editing.stance,
          excerpt: editing.excerpt ?? "",
          note: editing.note ?? "",
        }
      : {
          url: "",
          title: "",
          publisher: "",
          publishedAt: "",
          accessedAt: "",
          // No stance chosen for the reviewer: whether a source supports, refutes or gives context
          // is the judgement the form asks for (the schema refuses a missing one with a message).
          stance: undefined,
          excerpt: "",
          note: "",
        },
  });
  const { register, handleSubmit, formState, reset, setError, setFocus } = form;
  useImperativeHandle(ref, () => ({ focus: () => setFocus("url") }), [setFocus]);

  // The server parses the raw fields with the same schema, so the form sends what the user typed.
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const raw = form.getValues();
    await submit({
      label: editing ? t("changeEdit", { title: raw.title }) : t("changeAdd", { title: raw.title }),
      run: (version) =>
        editing ? editEvidenceAction(editing.id, { ...raw, version }) : addEvidenceAction(claimId, { ...raw, version }),
      settle: (result) => {
        if (result.ok) {
          if (!editing) reset();
          setMessage({ kind: "success", text: editing ? t("saved") : t("added") });
          if (editing) onDone?.();
        } else if (isConflict(result)) {
          setMessage(null);
        } else {
          if (result.fields) applyServerErrors(result, setError);
          setMessage({ kind: "error", text: result.message });
        }
      },
      discard: () => (editing ? onDone?.() : reset()),
    });
  });

  const { errors, isSubmitting } = formState;
  const field = (name: keyof Input) => ({
    id: `${prefix}-${name}`,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": errors[name] ? `${prefix}-${name}-error` : undefined,
  });
  return (
    <form
      className="stack evidence-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={editing ? t("formEdit", { title: editing.title }) : t("formAdd")}
    >
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor={`${prefix}-url`}>{t("url")}</label>
        <input
          type="url"
          inputMode="url"
          dir="ltr"
          placeholder={t("urlPlaceholder")}
          {...field("url")}
          {...register("url")}
        />
        <FieldError id={`${prefix}-url-error`} message={errors.url?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-title`}>{t("title")}</label>
        <input dir="auto" {...field("title")} {...register("title")} />
        <FieldError id={`${prefix}-title-error`} message={errors.title?.message} />
      </div>
      <fieldset className="field stance-field" aria-describedby={errors.stance ? `${prefix}-stance-error` : undefined}>
        <legend>{t("stance")}</legend>
        {STANCES.map((stance) => (
          <label key={stance} className="radio">
            <input type="radio" value={stance} required {...register("stance")} /> {tStance(stance)}
          </label>
        ))}
        <FieldError id={`${prefix}-stance-error`} message={errors.stance?.message} />
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${prefix}-publisher`}>{t("publisher")}</label>
          <input dir="auto" {...field("publisher")} {...register("publisher")} />
          <FieldError id={`${prefix}-publisher-error`} message={errors.publisher?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-publishedAt`}>{t("publishedAt")}</label>
          <input type="date" {...field("publishedAt")} {...register("publishedAt")} />
          <FieldError id={`${prefix}-publishedAt-error`} message={errors.publishedAt?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-accessedAt`}>{t("accessedAt")}</label>
          <input type="date" {...field("accessedAt")} {...register("accessedAt")} />
          <span className="hint">{t("accessedHint")}</span>
          <FieldError id={`${prefix}-accessedAt-error`} message={errors.accessedAt?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-excerpt`}>{t("excerpt")}</label>
        <textarea dir="auto" rows={2} {...field("excerpt")} {...register("excerpt")} />
        <FieldError id={`${prefix}-excerpt-error`} message={errors.excerpt?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>{t("note")}</label>
        <textarea dir="auto" rows={2} {...field("note")} {...register("note")} />
        <FieldError id={`${prefix}-note-error`} message={errors.note?.message} />
      </div>
      <div className="inline-form">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : editing ? t("save") : t("add")}
        </button>
        {onDone && editing ? (
          <button type="button" className="secondary" onClick={onDone}>
            {t("cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
