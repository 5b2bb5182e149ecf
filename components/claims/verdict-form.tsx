"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { setVerdictAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { VerdictLabelOptions, type RatingLabelOption } from "@/components/rating-scale/verdict-label-options";
import { verdictFieldsSchema } from "@/lib/verdicts/schema";
import { VERDICTS, type Verdict } from "@/lib/workflow/states";
import { isConflict, type Submit } from "./types";

type Input = z.input<typeof verdictFieldsSchema>;
type Output = z.output<typeof verdictFieldsSchema>;

export interface VerdictFormHandle {
  choose(status: Verdict): void;
}

/** The three verdicts, each with what it means; `status` is the current verdict, if there is one. */
export function VerdictForm({
  claimId,
  status,
  submit,
  next,
  done,
  ratingLabels = [],
  ratingLabelId = null,
  ref,
}: {
  claimId: string;
  status: Verdict | null;
  submit: Submit;
  /** The next claim (queue or article order), offered once the verdict is recorded. */
  next: string | null;
  /** Where to go when no claim follows (My queue, or the article). */
  done: { href: string; label: string };
  /** The desk's active rating labels (docs/rating-scale.md); none: the verdicts are the scale. */
  ratingLabels?: RatingLabelOption[];
  /** The label the verdict in force carries, if any. */
  ratingLabelId?: string | null;
  ref?: Ref<VerdictFormHandle>;
}) {
  const t = useTranslations("verdict");
  const tNav = useTranslations("claimNav");
  const tStatus = useTranslations("statuses");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [recorded, setRecorded] = useState(false);
  const onward = useRef<HTMLAnchorElement>(null);
  // The verdict is in: the way on to the next claim takes the focus (Enter follows it).
  useEffect(() => {
    if (recorded) onward.current?.focus();
  }, [recorded]);
  const currentLabel = ratingLabels.some((label) => label.id === ratingLabelId) ? (ratingLabelId ?? "") : "";
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(verdictFieldsSchema),
    defaultValues: { status: status ?? undefined, rationale: "", ratingLabelId: currentLabel },
  });
  const { register, handleSubmit, formState, reset, setError, setValue, setFocus, control } = form;
  // A label stands for one verdict: choosing another verdict (radio or c/d/u) drops a label that disagrees.
  const chosenStatus = useWatch({ control, name: "status" });
  const chosenLabel = useWatch({ control, name: "ratingLabelId" });
  useEffect(() => {
    const label = ratingLabels.find((option) => option.id === chosenLabel);
    if (label && chosenStatus && label.verdict !== chosenStatus) setValue("ratingLabelId", "");
  }, [chosenStatus, chosenLabel, ratingLabels, setValue]);
  useImperativeHandle(
    ref,
    () => ({
      choose(next) {
        setValue("status", next, { shouldDirty: true });
        setFocus("rationale");
      },
    }),
    [setValue, setFocus],
  );

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setRecorded(false);
    await submit({
      label: t("change", { status: tStatus(values.status) }),
      run: (version) => setVerdictAction(claimId, { ...values, version }),
      settle: (result) => {
        if (result.ok) {
          reset({ status: values.status, rationale: "", ratingLabelId: values.ratingLabelId ?? "" });
          setMessage({ kind: "success", text: t("recorded", { status: tStatus(values.status) }) });
          setRecorded(true);
        } else if (isConflict(result)) {
          setMessage(null);
        } else {
          if (result.fields) applyServerErrors(result, setError);
          setMessage({ kind: "error", text: result.message });
        }
      },
      discard: () => reset({ status: status ?? undefined, rationale: "", ratingLabelId: currentLabel }),
    });
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      <FormMessage message={message} />
      {recorded ? (
        <p className="verdict-onward" data-testid="verdict-onward">
          {next ? (
            <Link href={next} ref={onward} className="button">
              {tNav("goToNext")} <span aria-hidden="true">{tNav("nextArrow")}</span>
            </Link>
          ) : (
            <Link href={done.href} ref={onward}>
              {done.label}
            </Link>
          )}
        </p>
      ) : null}
      {ratingLabels.length ? (
        <VerdictLabelOptions
          labels={ratingLabels}
          error={errors.ratingLabelId?.message}
          registration={register("ratingLabelId", {
            onChange: (event: { target: { value: string } }) => {
              const label = ratingLabels.find((option) => option.id === event.target.value);
              if (label) setValue("status", label.verdict, { shouldDirty: true });
            },
          })}
        />
      ) : null}
      <fieldset className="field verdict-options" aria-describedby={errors.status ? "verdict-status-error" : undefined}>
        <legend>{t("legend")}</legend>
        {VERDICTS.map((option) => (
          <div key={option} className="verdict-option">
            <label className="radio">
              <input
                type="radio"
                value={option}
                aria-describedby={`verdict-${option}-description`}
                {...register("status")}
              />{" "}
              {tStatus(option)}
            </label>
            <span id={`verdict-${option}-description`} className="hint">
              {t(`descriptions.${option}`)}
            </span>
          </div>
        ))}
        <FieldError id="verdict-status-error" message={errors.status?.message} />
      </fieldset>
      <div className="field">
        <label htmlFor="verdict-rationale">{t("rationale")}</label>
        <textarea
          id="verdict-rationale"
          dir="auto"
          rows={3}
          aria-invalid={Boolean(errors.rationale)}
          aria-describedby={errors.rationale ? "verdict-rationale-error" : undefined}
          {...register("rationale")}
        />
        <FieldError id="verdict-rationale-error" message={errors.rationale?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("recording") : t("record")}
      </button>
    </form>
  );
}
