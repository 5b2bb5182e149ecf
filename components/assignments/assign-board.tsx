"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { assignClaimsAction, unassignAction } from "@/app/articles/[id]/assign/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { DeactivatedMark } from "@/components/dashboard/deactivated";
import { StatusBadge } from "@/components/status-badge";
import { assignClaimsSchema } from "@/lib/assignments/schema";
import { claimLabel, type AssignmentState, type ClaimStatus } from "@/lib/workflow/states";

import { dueAtFromDay } from "@/lib/time/calendar";
import { formatDue } from "@/lib/time/format";

type Input = z.input<typeof assignClaimsSchema>;
type Output = z.output<typeof assignClaimsSchema>;

interface Props {
  articleId: string;
  reviewers: { id: string; name: string; email: string; openLoad: number }[];
  claims: {
    id: string;
    text: string;
    number: number;
    status: ClaimStatus;
    assignment: {
      id: string;
      state: AssignmentState;
      dueAt: string | null;
      reviewerName: string;
      /** False when the reviewer's account was deactivated: the claim needs someone else. */
      reviewerActive: boolean;
    } | null;
  }[];
  /** The reader's zone: due dates are entered and shown in it. */
  timeZone: string;
}

export function AssignBoard({ articleId, reviewers, claims, timeZone }: Props) {
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(assignClaimsSchema),
    defaultValues: { claimIds: [], reviewerId: reviewers[0]?.id ?? "", dueAt: "", note: "" },
  });
  const { register, handleSubmit, formState, setValue, control, setError, reset } = form;
  const selected = useWatch({ control, name: "claimIds" }) ?? [];
  const allSelected = claims.length > 0 && selected.length === claims.length;

  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const values = form.getValues();
    // A day in the reader's zone: due by the end of it.
    const result = await assignClaimsAction(articleId, { ...values, dueAt: dueAtFromDay(values.dueAt, timeZone) });
    if (result.ok) {
      reset({ ...values, claimIds: [] });
      setMessage({ kind: "success", text: `Assigned ${result.data.count} claim(s).` });
    } else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  // Checkboxes are controlled here: RHF would give a lone checkbox a boolean, not an array.
  function toggle(claimId: string, checked: boolean) {
    const next = checked ? [...selected, claimId] : selected.filter((id) => id !== claimId);
    setValue("claimIds", next, { shouldValidate: formState.isSubmitted });
  }

  function unassign(assignmentId: string) {
    setMessage(null);
    startTransition(async () => {
      const result = await unassignAction(articleId, assignmentId);
      setMessage(result.ok ? { kind: "success", text: "Unassigned." } : { kind: "error", text: result.message });
    });
  }

  const { errors, isSubmitting } = formState;
  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-label="Assign claims">
      <FormMessage message={message} />
      <label className="select-all">
        <input
          type="checkbox"
          checked={allSelected}
          onChange={(event) =>
            setValue("claimIds", event.target.checked ? claims.map((c) => c.id) : [], {
              shouldValidate: formState.isSubmitted,
            })
          }
        />{" "}
        Select all
      </label>
      <FieldError id="assign-claims-error" message={errors.claimIds?.message} />
      <ul className="assign-list" aria-label="Claims">
        {claims.map((claim) => {
          const assignmentId = claim.assignment?.id ?? "";
          return (
            <li key={claim.id}>
              <label>
                <input
                  type="checkbox"
                  name="claimIds"
                  value={claim.id}
                  checked={selected.includes(claim.id)}
                  onChange={(event) => toggle(claim.id, event.target.checked)}
                />{" "}
                [{claimLabel(claim)}] {claim.text}
              </label>{" "}
              <StatusBadge status={claim.status} />
              <div className="muted small">
                {claim.assignment ? (
                  <>
                    {claim.assignment.state === "OPEN" ? "Assigned to" : "Reviewed by"} {claim.assignment.reviewerName}
                    {claim.assignment.reviewerActive ? null : <DeactivatedMark />}
                    {claim.assignment.dueAt ? ` · due ${formatDue(claim.assignment.dueAt, timeZone)}` : ""}{" "}
                    {claim.assignment.state === "OPEN" ? (
                      <button
                        type="button"
                        className="link-button"
                        disabled={pending}
                        onClick={() => unassign(assignmentId)}
                      >
                        Unassign<span className="visually-hidden"> claim {claimLabel(claim)}</span>
                      </button>
                    ) : null}
                  </>
                ) : (
                  "Unassigned"
                )}{" "}
                · <Link href={`/claims/${claim.id}`}>open</Link>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="field-row">
        <div className="field">
          <label htmlFor="assign-reviewer">Reviewer</label>
          <select id="assign-reviewer" aria-invalid={Boolean(errors.reviewerId)} {...register("reviewerId")}>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name} ({reviewer.openLoad} open)
              </option>
            ))}
          </select>
          <FieldError id="assign-reviewer-error" message={errors.reviewerId?.message} />
        </div>
        <div className="field">
          <label htmlFor="assign-due">Due date</label>
          <input id="assign-due" type="date" aria-invalid={Boolean(errors.dueAt)} {...register("dueAt")} />
          <FieldError id="assign-due-error" message={errors.dueAt?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assign-note">Note</label>
        <textarea id="assign-note" rows={2} aria-invalid={Boolean(errors.note)} {...register("note")} />
        <FieldError id="assign-note-error" message={errors.note?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Assigning…" : `Assign${selected.length ? ` ${selected.length}` : ""}`}
      </button>
    </form>
  );
}
