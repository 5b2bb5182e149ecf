"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { assignClaimsAction, unassignAction } from "@/app/articles/[id]/assign/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { DeactivatedMark } from "@/components/dashboard/deactivated";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { assignClaimsSchema } from "@/lib/assignments/schema";
import { claimLabel, type AssignmentState, type ClaimStatus } from "@/lib/workflow/states";
import { dueAtFromDay } from "@/lib/time/calendar";
import { formatDue } from "@/lib/time/format";

type Input = z.input<typeof assignClaimsSchema>;
type Output = z.output<typeof assignClaimsSchema>;

interface Props {
  articleId: string;
  /** The article's language: the claims are written in it. */
  language: string;
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

export function AssignBoard({ articleId, language, reviewers, claims, timeZone }: Props) {
  const t = useTranslations("assign");
  const locale = useLocale();
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
      setMessage({ kind: "success", text: t("assigned", { count: result.data.count }) });
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
      setMessage(result.ok ? { kind: "success", text: t("unassignedDone") } : { kind: "error", text: result.message });
    });
  }

  const { errors, isSubmitting } = formState;
  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
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
        {t("selectAll")}
      </label>
      <FieldError id="assign-claims-error" message={errors.claimIds?.message} />
      <ul className="assign-list" aria-label={t("claimsLabel")}>
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
                [{claimLabel(claim)}] <UserText text={claim.text} lang={language} />
              </label>{" "}
              <StatusBadge status={claim.status} />
              <div className="muted small">
                {claim.assignment ? (
                  <>
                    {claim.assignment.state === "OPEN" ? t("assignedTo") : t("reviewedBy")}{" "}
                    <UserText text={claim.assignment.reviewerName} />
                    {claim.assignment.reviewerActive ? null : <DeactivatedMark />}
                    {claim.assignment.dueAt
                      ? ` · ${t("due", { date: formatDue(claim.assignment.dueAt, timeZone, locale) })}`
                      : ""}{" "}
                    {claim.assignment.state === "OPEN" ? (
                      <button
                        type="button"
                        className="link-button"
                        disabled={pending}
                        onClick={() => unassign(assignmentId)}
                      >
                        {t("unassign")}
                        <span className="visually-hidden"> {t("unassignWhich", { label: claimLabel(claim) })}</span>
                      </button>
                    ) : null}
                  </>
                ) : (
                  t("unassigned")
                )}{" "}
                · <Link href={`/claims/${claim.id}`}>{t("open")}</Link>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="field-row">
        <div className="field">
          <label htmlFor="assign-reviewer">{t("reviewer")}</label>
          <select id="assign-reviewer" aria-invalid={Boolean(errors.reviewerId)} {...register("reviewerId")}>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {t("reviewerOption", { name: reviewer.name, open: reviewer.openLoad })}
              </option>
            ))}
          </select>
          <FieldError id="assign-reviewer-error" message={errors.reviewerId?.message} />
        </div>
        <div className="field">
          <label htmlFor="assign-due">{t("dueDate")}</label>
          <input id="assign-due" type="date" aria-invalid={Boolean(errors.dueAt)} {...register("dueAt")} />
          <FieldError id="assign-due-error" message={errors.dueAt?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assign-note">{t("note")}</label>
        <textarea id="assign-note" rows={2} dir="auto" aria-invalid={Boolean(errors.note)} {...register("note")} />
        <FieldError id="assign-note-error" message={errors.note?.message} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting
          ? t("assigning")
          : selected.length
            ? t("assignCount", { count: selected.length })
            : t("assignNone")}
      </button>
    </form>
  );
}
