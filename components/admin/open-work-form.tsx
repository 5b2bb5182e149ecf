"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { deactivateUserAction, reassignOpenWorkAction } from "@/app/admin/users/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { deactivateUserSchema } from "@/lib/users/schema";

export interface OpenAssignmentItem {
  id: string;
  claimId: string;
  claimLabel: string;
  articleTitle: string;
  /** The due date as the reader reads it (in their zone), or null for none. */
  dueLabel: string | null;
}

export interface ReviewerOption {
  id: string;
  name: string;
  openLoad: number;
}

type Input = z.input<typeof deactivateUserSchema>;
type Output = z.output<typeof deactivateUserSchema>;

export interface OpenWorkResult {
  ok: boolean;
  text: string;
}

const plural = (count: number) => `${count} open assignment${count === 1 ? "" : "s"}`;

/**
 * Lists a person's open assignments and asks what happens to them: deactivating them
 * ("deactivate": reassign, spread or leave them) or moving what a deactivated person still holds
 * ("reassign"). Submits once; the parent shows the outcome.
 */
export function OpenWorkForm({
  mode,
  user,
  openAssignments,
  reviewers,
  onDone,
  onCancel,
}: {
  mode: "deactivate" | "reassign";
  user: { id: string; name: string };
  openAssignments: OpenAssignmentItem[];
  reviewers: ReviewerOption[];
  onDone: (result: OpenWorkResult) => void;
  onCancel: () => void;
}) {
  const form = useForm<Input, unknown, Output>({
    // Moving work later is checked on the server with reassignOpenWorkSchema: the same rules
    // without "leave", which this form does not offer in that mode.
    resolver: zodResolver(deactivateUserSchema),
    defaultValues: { toReviewerId: "" },
  });
  const { register, handleSubmit, formState, setError, setValue } = form;
  const idPrefix = `open-work-${user.id}`;

  const onSubmit = handleSubmit(async (values) => {
    const result = await (mode === "deactivate"
      ? deactivateUserAction(user.id, values)
      : reassignOpenWorkAction(user.id, values));
    if (!result.ok) {
      applyServerErrors(result, setError);
      setError("root", { type: "server", message: result.message });
      return;
    }
    const { moved, stillOpen, reassignError } = result.data;
    const done = mode === "deactivate" ? `Deactivated ${user.name}.` : "";
    const movedText = moved ? ` Moved ${plural(moved)}.` : "";
    const leftText = stillOpen ? ` ${plural(stillOpen)} left with them; the dashboards flag them.` : "";
    onDone(
      reassignError
        ? { ok: false, text: `${done} ${reassignError}`.trim() }
        : { ok: true, text: `${done}${movedText}${leftText}`.trim() },
    );
  });

  const { errors, isSubmitting } = formState;
  const title = mode === "deactivate" ? `Deactivate ${user.name}` : `Reassign the open assignments of ${user.name}`;
  return (
    <form className="stack card" onSubmit={onSubmit} noValidate aria-label={title}>
      {errors.root?.message ? (
        <p className="form-error" role="alert">
          {errors.root.message}
        </p>
      ) : null}
      <p className="small">
        {user.name} {mode === "deactivate" ? "holds" : "still holds"} {plural(openAssignments.length)}:
      </p>
      <ul className="assign-list small" aria-label={`Open assignments of ${user.name}`}>
        {openAssignments.map((assignment) => (
          <li key={assignment.id}>
            <Link href={`/claims/${assignment.claimId}`}>{assignment.claimLabel}</Link> {assignment.articleTitle}{" "}
            <span className="muted">{assignment.dueLabel ? `due ${assignment.dueLabel}` : "no due date"}</span>
          </li>
        ))}
      </ul>
      <fieldset className="field" aria-describedby={errors.openAssignments ? `${idPrefix}-choice-error` : undefined}>
        <legend>What happens to them?</legend>
        <span>
          <label className="radio">
            <input type="radio" value="reassign" {...register("openAssignments")} /> Reassign to
          </label>
          <select
            aria-label="Reviewer who takes them"
            aria-invalid={Boolean(errors.toReviewerId)}
            aria-describedby={errors.toReviewerId ? `${idPrefix}-reviewer-error` : undefined}
            {...register("toReviewerId", {
              onChange: (event: { target: { value: string } }) => {
                if (event.target.value) setValue("openAssignments", "reassign");
              },
            })}
          >
            <option value="">Choose a reviewer</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {reviewer.name} ({reviewer.openLoad} open)
              </option>
            ))}
          </select>
        </span>
        <FieldError id={`${idPrefix}-reviewer-error`} message={errors.toReviewerId?.message} />
        <label className="radio">
          <input type="radio" value="spread" {...register("openAssignments")} /> Spread over all active reviewers
          <span className="muted">(balanced by open load)</span>
        </label>
        {mode === "deactivate" ? (
          <label className="radio">
            <input type="radio" value="leave" {...register("openAssignments")} /> Leave them (the dashboards will flag
            them)
          </label>
        ) : null}
        <FieldError id={`${idPrefix}-choice-error`} message={errors.openAssignments?.message} />
      </fieldset>
      <span className="inline-form">
        <button type="submit" className={mode === "deactivate" ? "danger" : undefined} disabled={isSubmitting}>
          {isSubmitting
            ? mode === "deactivate"
              ? "Deactivating…"
              : "Reassigning…"
            : mode === "deactivate"
              ? "Deactivate"
              : "Reassign"}
        </button>
        <button type="button" className="secondary" disabled={isSubmitting} onClick={onCancel}>
          Cancel
        </button>
      </span>
    </form>
  );
}
