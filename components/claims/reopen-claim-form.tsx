"use client";
// An editor takes a verdict back: the claim is "not yet reviewed" again, its assignment reopens,
// and the reason goes into the claim's history.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { reopenClaimAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { reopenClaimFieldsSchema } from "@/lib/verdicts/schema";
import { isConflict, type Status, type Submit } from "./types";

type Input = z.input<typeof reopenClaimFieldsSchema>;
type Output = z.output<typeof reopenClaimFieldsSchema>;

export function ReopenClaimForm({
  claimId,
  status,
  submit,
  onTakenBack,
}: {
  claimId: string;
  status: Status;
  submit: Submit;
  /** Shown by the parent: this form goes away once there is no verdict left to take back. */
  onTakenBack: (message: FormOutcome | null) => void;
}) {
  const t = useTranslations("verdict");
  const tStatus = useTranslations("statuses");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(reopenClaimFieldsSchema),
    defaultValues: { reason: "" },
  });
  const { register, handleSubmit, formState, reset, setError } = form;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    onTakenBack(null);
    await submit({
      label: t("takeBackChange"),
      run: (version) => reopenClaimAction(claimId, { ...values, version }),
      settle: (result) => {
        if (result.ok) {
          reset({ reason: "" });
          onTakenBack({ kind: "success", text: t("takenBack") });
        } else if (isConflict(result)) {
          setMessage(null);
        } else {
          if (result.fields) applyServerErrors(result, setError);
          setMessage({ kind: "error", text: result.message });
        }
      },
      discard: () => reset({ reason: "" }),
    });
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack reopen-claim-form" onSubmit={onSubmit} noValidate aria-labelledby="reopen-claim-heading">
      <h3 id="reopen-claim-heading">{t("takeBackHeading")}</h3>
      <FormMessage message={message} />
      <p className="hint" id="reopen-claim-hint">
        {status === "PENDING"
          ? t("takeBackHint", { pending: tStatus("PENDING") })
          : t("takeBackHintFrom", { from: tStatus(status), pending: tStatus("PENDING") })}
      </p>
      <div className="field">
        <label htmlFor="reopen-claim-reason">{t("takeBackReason")}</label>
        <textarea
          id="reopen-claim-reason"
          dir="auto"
          rows={2}
          aria-invalid={Boolean(errors.reason)}
          aria-describedby={errors.reason ? "reopen-claim-reason-error" : "reopen-claim-hint"}
          {...register("reason")}
        />
        <FieldError id="reopen-claim-reason-error" message={errors.reason?.message} />
      </div>
      <button type="submit" className="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("takingBack") : t("takeBack")}
      </button>
    </form>
  );
}
