"use client";
import { FormMessage } from "@/components/form-message";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { autoAssignAction } from "@/app/articles/[id]/assign/actions";
import { FieldError } from "@/components/field-error";
import { UserText } from "@/components/user-text";
import { applyServerErrors } from "@/components/form-errors";
import { autoAssignSchema } from "@/lib/assignments/schema";
import { dueAtFromDay } from "@/lib/time/calendar";
import { useAssignMessages } from "./assign-messages";
import { isPastDueDay } from "./past-due";
import { PastDueConfirm } from "./past-due-confirm";

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
  const { mine: message, away, show, touch } = useAssignMessages("auto");
  const [confirmPast, setConfirmPast] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(autoAssignSchema),
    defaultValues: { articleId, reviewerIds: [], dueAt: "", note: "" },
  });
  const { register, handleSubmit, formState, setError, setValue, control, clearErrors } = form;
  const chosen = useWatch({ control, name: "reviewerIds" }) ?? [];

  // The editor works on the claim board now: errors here are about an earlier attempt.
  useEffect(() => {
    if (away) clearErrors();
  }, [away, clearErrors]);
  const shownConfirm = away ? null : confirmPast;

  const onSubmit = handleSubmit(async () => {
    touch();
    const values = form.getValues();
    const day = typeof values.dueAt === "string" ? values.dueAt : null;
    if (isPastDueDay(day, timeZone, new Date()) && confirmPast !== day) {
      setConfirmPast(day);
      return;
    }
    setConfirmPast(null);
    const result = await autoAssignAction({ ...values, dueAt: dueAtFromDay(values.dueAt, timeZone) });
    if (result.ok) show({ kind: "success", text: t("autoAssigned", { count: result.data.count }) });
    else {
      applyServerErrors(result, setError);
      show({ kind: "error", text: result.message });
    }
  });
  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t("autoLabel")} onChange={() => touch()}>
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
        <input id="auto-due" type="date" {...register("dueAt", { onChange: () => setConfirmPast(null) })} />
        <FieldError id="auto-due-error" message={errors.dueAt?.message} />
      </div>
      <div className="field">
        <label htmlFor="auto-note">{t("note")}</label>
        <textarea id="auto-note" rows={2} dir="auto" {...register("note")} />
      </div>
      {shownConfirm ? (
        <PastDueConfirm
          date={shownConfirm}
          submitting={isSubmitting}
          dueFieldId="auto-due"
          onChangeDate={() => setConfirmPast(null)}
        />
      ) : (
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("assigning") : t("autoSubmit")}
        </button>
      )}
    </form>
  );
}
