"use client";
// Whose assertion the claim is. Everyone who reads the claim sees it; editors and admins edit it
// in place (also on a finalized article: it is not part of the verdict).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setClaimantAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { UserText } from "@/components/user-text";
import { claimantFieldsSchema } from "@/lib/claims/schema";
import { isConflict, type Submit } from "./types";

// The form checks the claimant field of the server's schema; the version is added on submit.

type Input = z.input<typeof claimantFieldsSchema>;
type Output = z.output<typeof claimantFieldsSchema>;

export function ClaimantField({
  claimId,
  claimant,
  canEdit,
  submit,
}: {
  claimId: string;
  claimant: string | null;
  canEdit: boolean;
  submit: Submit;
}) {
  const t = useTranslations("claimant");
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(claimantFieldsSchema),
    defaultValues: { claimant: claimant ?? "" },
  });
  const { register, handleSubmit, formState, reset, setError } = form;

  const open = () => {
    reset({ claimant: claimant ?? "" });
    setMessage(null);
    setEditing(true);
  };

  // The server parses the raw field with the same schema (empty clears the claimant).
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const raw = form.getValues();
    await submit({
      label: raw.claimant.trim() ? t("changeSet", { name: raw.claimant.trim() }) : t("changeClear"),
      run: (version) => setClaimantAction(claimId, { ...raw, version }),
      settle: (result) => {
        if (result.ok) {
          setEditing(false);
          setMessage({ kind: "success", text: t("saved") });
        } else if (isConflict(result)) {
          setMessage(null);
        } else {
          if (result.fields) applyServerErrors(result, setError);
          setMessage({ kind: "error", text: result.message });
        }
      },
      discard: () => setEditing(false),
    });
  });

  const { errors, isSubmitting } = formState;
  return (
    <div className="claimant">
      {editing ? null : (
        <p data-testid="claimant">
          {claimant ? (
            <>
              <strong>{t("label")}</strong> <UserText text={claimant} />
            </>
          ) : (
            <span className="muted">{t("notRecorded")}</span>
          )}{" "}
          {canEdit ? (
            <button type="button" className="link-button" onClick={open}>
              {claimant ? t("edit") : t("add")}
            </button>
          ) : null}
        </p>
      )}
      <FormMessage message={message} />
      {canEdit && editing ? (
        <form className="stack claimant-form" onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
          <div className="field">
            <label htmlFor="claimant-name">{t("field")}</label>
            <input
              id="claimant-name"
              dir="auto"
              autoFocus
              aria-invalid={Boolean(errors.claimant)}
              aria-describedby={errors.claimant ? "claimant-name-error" : "claimant-name-hint"}
              {...register("claimant")}
            />
            <span id="claimant-name-hint" className="hint">
              {t("hint")}
            </span>
            <FieldError id="claimant-name-error" message={errors.claimant?.message} />
          </div>
          <div className="inline-form">
            <button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("saving") : t("save")}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
