"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { deleteClaimAction, editClaimAction, mergeClaimsAction, splitClaimAction } from "@/app/articles/[id]/actions";
import type { ClaimWork } from "@/lib/claims/data";
import { editClaimSchema } from "@/lib/claims/schema";
import type { UndoOffer } from "@/lib/claims/undo-offer";
import type { ActionResult } from "@/lib/http/action";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { claimLabel } from "@/lib/workflow/states";
import { UserText } from "../user-text";
import { applyServerErrors } from "../form-errors";
import { useCurationNotice } from "./curation-notice";
import { SplitPicker } from "./split-picker";

interface Props {
  claim: {
    id: string;
    number: number;
    /** The statement (the wording a reviewer reads). */
    text: string;
    /** The quote at the anchor and its offset in the body: a split points into it. */
    quote: string;
    start: number;
    version: number;
    work: ClaimWork;
  };
  next: {
    id: string;
    number: number;
    version: number;
    worked: boolean;
    quote: string;
    /** The article text between the two quotes (shortened when long), for the merge preview. */
    gap: string;
  } | null;
  /** The article's language: the wording is written in it. */
  language: string;
}

type Mode = "edit" | "split" | "merge" | "delete" | null;

/** The quote, shortened in the middle for a preview. */
const shorten = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max / 2)} … ${text.slice(text.length - max / 2)}` : text;

export function ClaimControls({ claim, next, language }: Props) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const { show, owner, act } = useCurationNotice();
  const [mode, setMode] = useState<Mode>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const locked = claim.work.hasVerdict;
  // Whether a place to split exists is worked out only when the editor opens the picker.
  const splittable = !claim.work.worked;
  const mergeable = next !== null && !claim.work.worked && !next.worked;
  const label = claimLabel(claim);

  // Once the editor acts on another claim or the selection, this card's last error is stale.
  const shownError = owner === claim.id ? error : null;

  function run<T extends { undo?: UndoOffer | null }>(
    action: () => Promise<ActionResult<T>>,
    done: (data: T) => string,
  ) {
    setError(null);
    act(claim.id);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMode(null);
        show({ kind: "success", text: done(result.data), undo: result.data.undo ?? null });
      } else setError(translateServerMessage(result.message, locale));
    });
  }

  // Acting elsewhere on the card clears the last error: it was about the previous attempt.
  const toggle = (value: Mode) => {
    setError(null);
    act(claim.id);
    setMode(mode === value ? null : value);
  };

  return (
    <div className="claim-controls">
      <div className="claim-buttons" role="group" aria-label={t("changeClaim", { label })}>
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
            aria-expanded={mode === "merge"}
            onClick={() => toggle("merge")}
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
        <SplitPicker
          claim={claim}
          language={language}
          pending={pending}
          onCancel={() => setMode(null)}
          onSplit={(at) =>
            run(
              () => splitClaimAction(claim.id, { at, version: claim.version }),
              ({ secondNumber }) => t("splitDone", { first: label, second: claimLabel({ number: secondNumber }) }),
            )
          }
        />
      ) : null}
      {mode === "merge" && next ? (
        <div className="stack claim-form merge-preview">
          <p>{t("mergePreview", { first: label, second: claimLabel(next) })}</p>
          <blockquote className="merge-quote">
            <UserText text={shorten(claim.quote)} lang={language} />
            <span className="muted">
              <UserText text={next.gap} lang={language} />
            </span>
            <UserText text={shorten(next.quote)} lang={language} />
          </blockquote>
          <p className="muted small">{t("mergeStaysInLog", { second: claimLabel(next) })}</p>
          <div className="inline-form">
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                run(
                  () =>
                    mergeClaimsAction(claim.id, { version: claim.version, nextId: next.id, nextVersion: next.version }),
                  () => t("mergeDone", { first: label, second: claimLabel(next) }),
                )
              }
            >
              {pending ? t("merging") : t("confirmMerge", { label: claimLabel(next) })}
            </button>
            <button type="button" className="secondary" onClick={() => setMode(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {mode === "delete" ? (
        <div className="inline-form confirm">
          <span>
            {t("deleteConfirm", { label })}{" "}
            {claim.work.openAssignees.length > 0
              ? `${t("deleteCancelsAssignment", { names: claim.work.openAssignees.join(t("and")) })} `
              : ""}
            {t("deleteStaysInLog")}
          </span>
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() =>
              run(
                () => deleteClaimAction(claim.id, { version: claim.version }),
                ({ cancelledAssignments }) =>
                  cancelledAssignments > 0 ? t("deleteDoneNoUndo", { label }) : t("deleteDone", { label }),
              )
            }
          >
            {pending ? t("deleting") : t("confirmDelete")}
          </button>
          <button type="button" className="secondary" onClick={() => setMode(null)}>
            {t("cancel")}
          </button>
        </div>
      ) : null}
      {shownError ? (
        <p className="form-error" role="alert">
          {shownError}
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
