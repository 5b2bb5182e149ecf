"use client";
// A claim card's curation controls. The page gives each card only ids, versions and the work
// flags its buttons need; the texts behind a form (the wording to edit, the quote to split, the
// merge preview) are asked for when the editor opens it (curationPreviewAction), so a 250-claim
// page does not carry every claim's statement and quotes a second time in its controls.
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import {
  curationPreviewAction,
  deleteClaimAction,
  editClaimAction,
  mergeClaimsAction,
  splitClaimAction,
} from "@/app/articles/[id]/actions";
import type { ClaimWork } from "@/lib/claims/data";
import type { CurationPreview } from "@/lib/claims/preview";
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
    version: number;
    work: ClaimWork;
  };
  next: {
    id: string;
    number: number;
    version: number;
    worked: boolean;
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
  const [loading, startLoading] = useTransition();
  const [loaded, setLoaded] = useState<CurationPreview | null>(null);
  /** The form the last load was for: a load that answers after the editor moved on is dropped. */
  const wanted = useRef<Mode>(null);
  const locked = claim.work.hasVerdict;
  // Whether a place to split exists is worked out only when the editor opens the picker.
  const splittable = !claim.work.worked;
  const mergeable = next !== null && !claim.work.worked && !next.worked;
  const label = claimLabel(claim);
  // The texts as loaded, while the page still shows the same versions (a write refreshes the page).
  const preview =
    loaded &&
    loaded.claim.version === claim.version &&
    (!loaded.next || (next !== null && loaded.next.id === next.id && loaded.next.version === next.version))
      ? loaded
      : null;
  const ready = (value: Mode) => preview !== null && (value !== "merge" || preview.next !== null);

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

  /** Asks for the texts a form shows; a refusal (claim gone or changed) closes it with the reason. */
  function load(value: Exclude<Mode, "delete" | null>) {
    wanted.current = value;
    const input = {
      version: claim.version,
      next: value === "merge" && next ? { id: next.id, version: next.version } : null,
    };
    startLoading(async () => {
      const result = await curationPreviewAction(claim.id, input);
      if (wanted.current !== value) return;
      if (result.ok) setLoaded(result.data);
      else {
        setMode(null);
        setError(translateServerMessage(result.message, locale));
      }
    });
  }

  // Acting elsewhere on the card clears the last error: it was about the previous attempt.
  const toggle = (value: Mode) => {
    setError(null);
    act(claim.id);
    const opening = mode === value ? null : value;
    setMode(opening);
    wanted.current = opening;
    if (opening && opening !== "delete" && !ready(opening)) load(opening);
  };

  const waiting = mode !== null && mode !== "delete" && !ready(mode);

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

      {waiting && loading ? (
        <p className="muted small" role="status">
          {t("loadingTexts")}
        </p>
      ) : null}
      {mode === "edit" && preview ? (
        <EditWordingForm
          claim={{ id: claim.id, number: claim.number, version: claim.version, statement: preview.claim.statement }}
          language={language}
          onDone={() => setMode(null)}
        />
      ) : null}
      {mode === "split" && preview ? (
        <SplitPicker
          claim={{ id: claim.id, number: claim.number, quote: preview.claim.quote, start: preview.claim.start }}
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
      {mode === "merge" && next && preview?.next ? (
        <div className="stack claim-form merge-preview">
          <p>{t("mergePreview", { first: label, second: claimLabel(next) })}</p>
          <blockquote className="merge-quote">
            <UserText text={shorten(preview.claim.quote)} lang={language} />
            <span className="muted">
              <UserText text={preview.next.gap} lang={language} />
            </span>
            <UserText text={shorten(preview.next.quote)} lang={language} />
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

interface EditedClaim {
  id: string;
  number: number;
  version: number;
  /** The wording as loaded when the form opened. */
  statement: string;
}

function EditWordingForm({ claim, language, onDone }: { claim: EditedClaim; language: string; onDone: () => void }) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<EditInput, unknown, EditOutput>({
    resolver: zodResolver(editClaimSchema),
    defaultValues: { text: claim.statement, version: claim.version },
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
