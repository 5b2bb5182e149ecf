"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createRatingLabelAction, updateRatingLabelAction } from "@/app/admin/rating-scale/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { BEST_RATING, WORST_RATING } from "@/lib/rating-scale/scale";
import { ratingLabelFieldsSchema } from "@/lib/rating-scale/schema";
import { VERDICTS } from "@/lib/workflow/states";

type Input = z.input<typeof ratingLabelFieldsSchema>;
type Output = z.output<typeof ratingLabelFieldsSchema>;

const RATINGS = Array.from({ length: BEST_RATING - WORST_RATING + 1 }, (_, index) => WORST_RATING + index);

/** Adds a label (no `label`) or edits one; the same schema as the server checks it. */
export function RatingLabelForm({ label, onSaved }: { label?: Output & { id: string }; onSaved?: () => void }) {
  const t = useTranslations("ratingScale.form");
  const tStatus = useTranslations("statuses");
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const idBase = label ? `rating-${label.id}` : "rating-new";
  const blank = { name: "", description: "", color: "#5b6b7a", verdict: undefined, ratingValue: undefined };
  const { register, handleSubmit, formState, reset, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(ratingLabelFieldsSchema),
    defaultValues: label ?? blank,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = label ? await updateRatingLabelAction(label.id, values) : await createRatingLabelAction(values);
    if (result.ok) {
      if (!label) reset(blank);
      setMessage({ kind: "success", text: label ? t("saved") : t("added") });
      onSaved?.();
    } else {
      applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const described = (field: keyof Input) => (errors[field] ? `${idBase}-${field}-error` : undefined);
  return (
    <form className="stack rating-label-form" onSubmit={onSubmit} noValidate>
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor={`${idBase}-name`}>{t("name")}</label>
        <input id={`${idBase}-name`} type="text" dir="auto" aria-invalid={Boolean(errors.name)} aria-describedby={described("name")} {...register("name")} />
        <FieldError id={`${idBase}-name-error`} message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-description`}>{t("description")}</label>
        <textarea
          id={`${idBase}-description`}
          dir="auto"
          rows={2}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={described("description")}
          {...register("description")}
        />
        <FieldError id={`${idBase}-description-error`} message={errors.description?.message} />
      </div>
      <div className="rating-label-fields">
        <div className="field">
          <label htmlFor={`${idBase}-verdict`}>{t("verdict")}</label>
          <select id={`${idBase}-verdict`} aria-invalid={Boolean(errors.verdict)} aria-describedby={described("verdict")} {...register("verdict")}>
            <option value="">{t("chooseVerdict")}</option>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {tStatus(verdict)}
              </option>
            ))}
          </select>
          <FieldError id={`${idBase}-verdict-error`} message={errors.verdict?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-rating`}>{t("ratingValue")}</label>
          <select
            id={`${idBase}-rating`}
            aria-invalid={Boolean(errors.ratingValue)}
            aria-describedby={errors.ratingValue ? `${idBase}-ratingValue-error` : undefined}
            {...register("ratingValue", { setValueAs: (value) => (value === "" || value === undefined ? undefined : Number(value)) })}
          >
            <option value="">—</option>
            {RATINGS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <FieldError id={`${idBase}-ratingValue-error`} message={errors.ratingValue?.message} />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-color`}>{t("color")}</label>
          <input id={`${idBase}-color`} type="color" aria-invalid={Boolean(errors.color)} aria-describedby={described("color")} {...register("color")} />
          <FieldError id={`${idBase}-color-error`} message={errors.color?.message} />
        </div>
      </div>
      <button type="submit" disabled={isSubmitting}>
        {label ? (isSubmitting ? t("saving") : t("save")) : isSubmitting ? t("adding") : t("add")}
      </button>
    </form>
  );
}
