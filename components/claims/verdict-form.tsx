"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import { useImperativeHandle, useState, type Ref } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setVerdictAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { CLAIM_STATUSES, verdictFieldsSchema, type ClaimStatus } from "@/lib/verdicts/schema";
import type { Submit } from "./types";

type Input = z.input<typeof verdictFieldsSchema>;
type Output = z.output<typeof verdictFieldsSchema>;

export const VERDICT_LABELS: Record<ClaimStatus, string> = {
  CORROBORATED: "Corroborated",
  DISPUTED: "Disputed",
  UNVERIFIED: "Unverified",
};

export interface VerdictFormHandle {
  choose(status: ClaimStatus): void;
}

export function VerdictForm({
  claimId,
  status,
  submit,
  ref,
}: {
  claimId: string;
  status: ClaimStatus;
  submit: Submit;
  ref?: Ref<VerdictFormHandle>;
}) {
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(verdictFieldsSchema),
    defaultValues: { status, rationale: "" },
  });
  const { register, handleSubmit, formState, reset, setError, setValue, setFocus } = form;
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
    const result = await submit(`Mark ${VERDICT_LABELS[values.status].toLowerCase()}`, (version) =>
      setVerdictAction(claimId, { ...values, version }),
    );
    if (result.ok) {
      reset({ status: values.status, rationale: "" });
      setMessage({ kind: "success", text: `Verdict recorded: ${VERDICT_LABELS[values.status]}.` });
    } else {
      if ("fields" in result) applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Verdict">
      <FormMessage message={message} />
      <fieldset className="field" aria-describedby={errors.status ? "verdict-status-error" : undefined}>
        <legend>Verdict</legend>
        {CLAIM_STATUSES.map((option) => (
          <label key={option} className="radio">
            <input type="radio" value={option} {...register("status")} /> {VERDICT_LABELS[option]}
          </label>
        ))}
        <FieldError id="verdict-status-error" message={errors.status?.message} />
      </fieldset>
      <div className="field">
        <label htmlFor="verdict-rationale">Rationale</label>
        <textarea
          id="verdict-rationale"
          rows={3}
          aria-invalid={Boolean(errors.rationale)}
          aria-describedby={errors.rationale ? "verdict-rationale-error" : undefined}
          {...register("rationale")}
        />
        <FieldError id="verdict-rationale-error" message={errors.rationale?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Recording…" : "Record verdict"}
      </button>
    </form>
  );
}
