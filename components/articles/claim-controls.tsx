"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { deleteClaimAction, editClaimAction, mergeClaimsAction, splitClaimAction } from "@/app/articles/[id]/actions";
import type { ClaimWork } from "@/lib/claims/data";
import { editClaimSchema } from "@/lib/claims/schema";
import type { SplitPoint } from "@/lib/claims/spans";
import type { ActionResult } from "@/lib/http/action";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { claimLabel } from "@/lib/workflow/states";
import { applyServerErrors } from "../form-errors";

interface Props {
  claim: { id: string; number: number; text: string; version: number; work: ClaimWork; splitPoints: SplitPoint[] };
  next: { id: string; number: number; version: number; worked: boolean } | null;
  /** The article's language: the wording is written in it. */
  language: string;
}

type Mode = "edit" | "split" | "delete" | null;

export function ClaimControls({ claim, next, language }: Props) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const locked = claim.work.hasVerdict;
  const splittable = !claim.work.worked && claim.splitPoints.length > 0;
  const mergeable = next !== null && !claim.work.worked && !next.worked;

  function run<T>(action: () => Promise<ActionResult<T>>, done?: (data: T) => string) {
    setError(null);
    setNotice(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMode(null);
        if (done) setNotice(done(result.data));
      } else setError(translateServerMessage(result.message, locale));
    });
  }

  const toggle = (value: Mode) => {
    setError(null);
    setMode(mode === value ? null : value);
  };

  return (
    <div className="claim-controls">
      <div className="claim-buttons" role="group" aria-label={t("changeClaim", { label: claimLabel(claim) })}>
        <button
          type="button"
          className="secondary"
          disabled={locked || pending}
          aria-expanded={mode === "edit"}
          onClick={() => toggle("edit")}
        >
          {t("editWording")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!splittable || pending}
          aria-expanded={mode === "split"}
          onClick={() => toggle("split")}
        >
          {t("split")}
        </button>
        {next ? (
          <button
            type="button"
            className="secondary"
            disabled={!mergeable || pending}
            onClick={() =>
              run(() =>
                mergeClaimsAction(claim.id, { version: claim.version, nextId: next.id, nextVersion: next.version }),
              )
            }
          >
            {t("mergeWith", { label: claimLabel(next) })}
          </button>
        ) : null}
        <button
          type="button"
          className="danger"
          disabled={locked || pending}
          aria-expanded={mode === "delete"}
          onClick={() => toggle("delete")}
        >
          {t("delete")}
        </button>
      </div>
      {locked ? (
        <p className="muted small">{t("lockedByVerdict")}</p>
      ) : claim.work.worked ? (
        <p className="muted small">{t("inReview")}</p>
      ) : null}

      {mode === "edit" ? <EditWordingForm claim={claim} language={language} onDone={() => setMode(null)} /> : null}
      {mode === "split" ? (
        <SplitForm
          claim={claim}
          pending={pending}
          onSplit={(at) =>
            run(
              () => splitClaimAction(claim.id, { at, version: claim.version }),
              ({ secondNumber }) =>
                t("splitDone", { first: claimLabel(claim), second: claimLabel({ number: secondNumber }) }),
            )
          }
        />
      ) : null}
      {mode === "delete" ? (
        <div className="inline-form confirm">
          <span>
            {t("deleteConfirm", { label: claimLabel(claim) })}{" "}
            {claim.work.openAssignees.length > 0
              ? `${t("deleteCancelsAssignment", { names: claim.work.openAssignees.join(t("and")) })} `
              : ""}
            {t("deleteStaysInLog")}
          </span>
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() => run(() => deleteClaimAction(claim.id, { version: claim.version }))}
          >
            {pending ? t("deleting") : t("confirmDelete")}
          </button>
          <button type="button" className="secondary" onClick={() => setMode(null)}>
            {t("cancel")}
          </button>
        </div>
      ) : null}
      {notice ? (
        <p className="form-success" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type EditInput = z.input<typeof editClaimSchema>;
type EditOutput = z.output<typeof editClaimSchema>;

function EditWordingForm({ claim, language, onDone }: { claim: Props["claim"]; language: string; onDone: () => void }) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<EditInput, unknown, EditOutput>({
    resolver: zodResolver(editClaimSchema),
    defaultValues: { text: claim.text, version: claim.version },
  });
  const fieldId = `claim-text-${claim.id}`;
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await editClaimAction(claim.id, values);
    if (result.ok) onDone();
    else {
      applyServerErrors(result, setError);
      setMessage(translateServerMessage(result.message, locale));
    }
  });
  return (
    <form className="stack claim-form" onSubmit={onSubmit} noValidate>
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={fieldId}>{t("wordingLabel", { label: claimLabel(claim) })}</label>
        <textarea
          id={fieldId}
          rows={3}
          lang={language}
          dir={directionOfLanguage(language)}
          aria-invalid={Boolean(formState.errors.text)}
          {...register("text")}
        />
        <FieldError id={`${fieldId}-error`} message={formState.errors.text?.message} />
      </div>
      <div className="inline-form">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("saveWording")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function SplitForm({
  claim,
  pending,
  onSplit,
}: {
  claim: Props["claim"];
  pending: boolean;
  onSplit: (at: number) => void;
}) {
  const t = useTranslations("curation");
  const middle = claim.splitPoints[Math.floor((claim.splitPoints.length - 1) / 2)];
  const [at, setAt] = useState<number>(middle?.at ?? 0);
  const fieldId = `split-${claim.id}`;
  return (
    <div className="stack claim-form">
      <div className="field">
        <label htmlFor={fieldId}>{t("splitBefore", { label: claimLabel(claim) })}</label>
        <select id={fieldId} dir="auto" value={at} onChange={(event) => setAt(Number(event.target.value))}>
          {claim.splitPoints.map((point) => (
            <option key={point.at} value={point.at}>
              …{point.before} | {point.after}…
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={pending} onClick={() => onSplit(at)}>
        {pending ? t("splitting") : t("splitHere")}
      </button>
    </div>
  );
}
