"use client";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { autoAssignAction } from "@/app/articles/[id]/assign/actions";
import { FieldError } from "@/components/field-error";
import { UserText } from "@/components/user-text";
import { applyServerErrors } from "@/components/form-errors";
import { autoAssignSchema } from "@/lib/assignments/schema";
import { dueAtFromDay } from "@/lib/time/calendar";

type Input = z.input<typeof autoAssignSchema>;
type Output = z.output<typeof autoAssignSchema>;

export function AutoAssignForm({
  articleId,
  reviewers,
  timeZone,
}: {
  articleId: string;
  reviewers: { id: string; name: string; openLoad: number }[];
  /** The reader's zone: the due date is the end of that day in it. */
  timeZone: string;
}) {
  const t = useTranslations("assign");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(autoAssignSchema),
    defaultValues: { articleId, reviewerIds: [], dueAt: "", note: "" },
  });
  const { register, handleSubmit, formState, setError, setValue, control } = form;
  const chosen = useWatch({ control, name: "reviewerIds" }) ?? [];
  const onSubmit = handleSubmit(async () => {
    setMessage(null);
    const values = form.getValues();
    const result = await autoAssignAction({ ...values, dueAt: dueAtFromDay(values.dueAt, timeZone) });
    if (result.ok) setMessage({ kind: "success", text: t("autoAssigned", { count: result.data.count }) });
    else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });
  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t("autoLabel")}>
      <FormMessage message={message} />
      <fieldset className="field" aria-describedby={errors.reviewerIds ? "auto-reviewers-error" : undefined}>
        <legend>{t("reviewers")}</legend>
        {reviewers.map((reviewer) => (
          <label key={reviewer.id} className="radio">
            <input
              type="checkbox"
              value={reviewer.id}
              checked={chosen.includes(reviewer.id)}
              onChange={(event) =>
                setValue(
                  "reviewerIds",
                  event.target.checked ? [...chosen, reviewer.id] : chosen.filter((id) => id !== reviewer.id),
                )
              }
            />{" "}
            <UserText text={reviewer.name} />{" "}
            <span className="muted">{t("openLoad", { open: reviewer.openLoad })}</span>
          </label>
        ))}
        <FieldError id="auto-reviewers-error" message={errors.reviewerIds?.message} />
      </fieldset>
      <div className="field">
        <label htmlFor="auto-due">{t("dueDate")}</label>
        <input id="auto-due" type="date" {...register("dueAt")} />
        <FieldError id="auto-due-error" message={errors.dueAt?.message} />
      </div>
      <div className="field">
        <label htmlFor="auto-note">{t("note")}</label>
        <textarea id="auto-note" rows={2} dir="auto" {...register("note")} />
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("assigning") : t("autoSubmit")}
      </button>
    </form>
  );
}
