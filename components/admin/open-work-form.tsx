"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { deactivateUserAction, reassignOpenWorkAction } from "@/app/admin/users/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { UserText } from "@/components/user-text";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { deactivateUserSchema } from "@/lib/users/schema";

export interface OpenAssignmentItem {
  id: string;
  claimId: string;
  claimLabel: string;
  articleTitle: string;
  /** The article's language, so its title reads in its own direction. */
  articleLanguage?: string | null;
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
  const t = useTranslations("admin.openWork");
  const tRow = useTranslations("admin.rowControls");
  const locale = useLocale();
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
      setError("root", { type: "server", message: translateServerMessage(result.message, locale) });
      return;
    }
    const { moved, stillOpen, reassignError } = result.data;
    const done = mode === "deactivate" ? t("deactivated", { name: user.name }) : "";
    const sentences = (...parts: string[]) => parts.filter(Boolean).join(" ");
    onDone(
      reassignError
        ? { ok: false, text: sentences(done, translateServerMessage(reassignError, locale)) }
        : {
            ok: true,
            text: sentences(
              done,
              moved ? t("moved", { count: moved }) : "",
              stillOpen ? t("left", { count: stillOpen }) : "",
            ),
          },
    );
  });

  const { errors, isSubmitting } = formState;
  const title = t(mode === "deactivate" ? "deactivateTitle" : "reassignTitle", { name: user.name });
  return (
    <form className="stack card" onSubmit={onSubmit} noValidate aria-label={title}>
      {errors.root?.message ? (
        <p className="form-error" role="alert">
          {errors.root.message}
        </p>
      ) : null}
      <p className="small">
        {t.rich(mode === "deactivate" ? "holds" : "stillHolds", {
          name: user.name,
          count: openAssignments.length,
          who: () => <UserText text={user.name} />,
        })}
      </p>
      {mode === "deactivate" ? <p className="small">{tRow("deactivateEffects")}</p> : null}
      <ul className="assign-list small" aria-label={t("listLabel", { name: user.name })}>
        {openAssignments.map((assignment) => (
          <li key={assignment.id}>
            <Link href={`/claims/${assignment.claimId}`}>{assignment.claimLabel}</Link>{" "}
            <UserText text={assignment.articleTitle} lang={assignment.articleLanguage} />{" "}
            <span className="muted">{assignment.dueLabel ? t("due", { date: assignment.dueLabel }) : t("noDue")}</span>
          </li>
        ))}
      </ul>
      <fieldset className="field" aria-describedby={errors.openAssignments ? `${idPrefix}-choice-error` : undefined}>
        <legend>{t("question")}</legend>
        <span>
          <label className="radio">
            <input type="radio" value="reassign" {...register("openAssignments")} /> {t("reassignTo")}
          </label>
          <select
            aria-label={t("reviewerSelect")}
            aria-invalid={Boolean(errors.toReviewerId)}
            aria-describedby={errors.toReviewerId ? `${idPrefix}-reviewer-error` : undefined}
            {...register("toReviewerId", {
              onChange: (event: { target: { value: string } }) => {
                if (event.target.value) setValue("openAssignments", "reassign");
              },
            })}
          >
            <option value="">{t("chooseReviewer")}</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id}>
                {t("reviewerOption", { name: revealBidiControls(reviewer.name), count: reviewer.openLoad })}
              </option>
            ))}
          </select>
        </span>
        <FieldError id={`${idPrefix}-reviewer-error`} message={errors.toReviewerId?.message} />
        <label className="radio">
          <input type="radio" value="spread" {...register("openAssignments")} /> {t("spread")}
          <span className="muted">{t("balanced")}</span>
        </label>
        {mode === "deactivate" ? (
          <label className="radio">
            <input type="radio" value="leave" {...register("openAssignments")} /> {t("leave")}
          </label>
        ) : null}
        <FieldError id={`${idPrefix}-choice-error`} message={errors.openAssignments?.message} />
      </fieldset>
      <span className="inline-form">
        <button type="submit" className={mode === "deactivate" ? "danger" : undefined} disabled={isSubmitting}>
          {isSubmitting
            ? t(mode === "deactivate" ? "deactivating" : "reassigning")
            : t(mode === "deactivate" ? "deactivate" : "reassign")}
        </button>
        <button type="button" className="secondary" disabled={isSubmitting} onClick={onCancel}>
          {t("cancel")}
        </button>
      </span>
    </form>
  );
}
