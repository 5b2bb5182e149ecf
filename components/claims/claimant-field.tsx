"use client";
// Whose assertion the claim is. Everyone who reads the claim sees it; editors and admins edit it
// in place (also on a finalized article: it is not part of the verdict).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setClaimantAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
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
      label: raw.claimant.trim() ? `Set the claimant to “${raw.claimant.trim()}”` : "Clear the claimant",
      run: (version) => setClaimantAction(claimId, { ...raw, version }),
      settle: (result) => {
        if (result.ok) {
          setEditing(false);
          setMessage({ kind: "success", text: "Claimant saved." });
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
              <strong>Claimant:</strong> {claimant}
            </>
          ) : (
            <span className="muted">Claimant not recorded</span>
          )}{" "}
          {canEdit ? (
            <button type="button" className="link-button" onClick={open}>
              {claimant ? "Edit claimant" : "Add claimant"}
            </button>
          ) : null}
        </p>
      )}
      <FormMessage message={message} />
      {canEdit && editing ? (
        <form className="stack claimant-form" onSubmit={onSubmit} noValidate aria-label="Claimant">
          <div className="field">
            <label htmlFor="claimant-name">Claimant</label>
            <input
              id="claimant-name"
              autoFocus
              aria-invalid={Boolean(errors.claimant)}
              aria-describedby={errors.claimant ? "claimant-name-error" : "claimant-name-hint"}
              {...register("claimant")}
            />
            <span id="claimant-name-hint" className="hint">
              Who made the claim (a person or an organisation). Leave empty if it is not known.
            </span>
            <FieldError id="claimant-name-error" message={errors.claimant?.message} />
          </div>
          <div className="inline-form">
            <button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : "Save claimant"}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
