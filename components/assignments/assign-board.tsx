"use client";
import { FormMessage } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
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
import { useAssignMessages } from "./assign-messages";
import { isPastDueDay } from "./past-due";
import { PastDueConfirm } from "./past-due-confirm";

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
  const { mine: message, away, show, touch } = useAssignMessages("board");
  /** A due date in the past waits for the editor to confirm it. */
  const [confirmPast, setConfirmPast] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(assignClaimsSchema),
    // No reviewer is chosen for the editor: assigning to whoever sorts first would be a silent default.
    defaultValues: { claimIds: [], reviewerId: "", dueAt: "", note: "" },
  });
  const { register, handleSubmit, formState, setValue, control, setError, reset, clearErrors } = form;
  const selected = useWatch({ control, name: "claimIds" }) ?? [];
  const allSelected = claims.length > 0 && selected.length === claims.length;

  // The editor works in auto-assign now: errors here are about an earlier attempt.
  useEffect(() => {
    if (away) clearErrors();
  }, [away, clearErrors]);
  const shownConfirm = away ? null : confirmPast;

  async function assign(values: Input) {
    // A day in the reader's zone: due by the end of it.
    const result = await assignClaimsAction(articleId, { ...values, dueAt: dueAtFromDay(values.dueAt, timeZone) });
    if (result.ok) {
      reset({ ...values, claimIds: [] });
      show({ kind: "success", text: t("assigned", { count: result.data.count }) });
    } else {
      applyServerErrors(result, setError);
      show({ kind: "error", text: result.message });
    }
  }

  const onSubmit = handleSubmit(async () => {
    touch();
    const values = form.getValues();
    const day = typeof values.dueAt === "string" ? values.dueAt : null;
    if (isPastDueDay(day, timeZone, new Date()) && confirmPast !== day) {
      setConfirmPast(day);
      return;
    }
    setConfirmPast(null);
    await assign(values);
  });

  // Checkboxes are controlled here: RHF would give a lone checkbox a boolean, not an array.
  function toggle(claimId: string, checked: boolean) {
    const next = checked ? [...selected, claimId] : selected.filter((id) => id !== claimId);
    setValue("claimIds", next, { shouldValidate: formState.isSubmitted });
  }

  function unassign(assignmentId: string) {
    touch();
    startTransition(async () => {
      const result = await unassignAction(articleId, assignmentId);
      show(result.ok ? { kind: "success", text: t("unassignedDone") } : { kind: "error", text: result.message });
    });
  }

  const { errors, isSubmitting } = formState;
  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-label={t("formLabel")} onChange={() => touch()}>
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
            <option value="">{t("chooseReviewer")}</option>
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
          <input
            id="assign-due"
            type="date"
            aria-invalid={Boolean(errors.dueAt)}
            {...register("dueAt", { onChange: () => setConfirmPast(null) })}
          />
          <FieldError id="assign-due-error" message={errors.dueAt?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assign-note">{t("note")}</label>
        <textarea id="assign-note" rows={2} dir="auto" aria-invalid={Boolean(errors.note)} {...register("note")} />
        <FieldError id="assign-note-error" message={errors.note?.message} />
      </div>
      {shownConfirm ? (
        <PastDueConfirm
          date={shownConfirm}
          submitting={isSubmitting}
          dueFieldId="assign-due"
          onChangeDate={() => setConfirmPast(null)}
        />
      ) : (
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting
            ? t("assigning")
            : selected.length
              ? t("assignCount", { count: selected.length })
              : t("assignNone")}
        </button>
      )}
    </form>
  );
}
