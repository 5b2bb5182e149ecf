"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/field-error";
import { UserText } from "@/components/user-text";
import type { Verdict } from "@/lib/workflow/states";
import { RatingLabelBadge } from "./rating-label-badge";

export interface RatingLabelOption {
  id: string;
  name: string;
  description: string;
  color: string;
  verdict: Verdict;
}

/**
 * The desk's labels as choices in the verdict form (shown only when the desk has a scale). The
 * parent form sets the verdict from the label chosen; "No label" keeps the verdict alone.
 */
export function VerdictLabelOptions({
  labels,
  registration,
  error,
}: {
  labels: RatingLabelOption[];
  registration: UseFormRegisterReturn<"ratingLabelId">;
  error?: string;
}) {
  const t = useTranslations("ratingScale.choose");
  const tStatus = useTranslations("statuses");
  return (
    <fieldset
      className="field verdict-options rating-label-options"
      aria-describedby={error ? "verdict-label-hint verdict-label-error" : "verdict-label-hint"}
      data-testid="rating-label-options"
    >
      <legend>{t("legend")}</legend>
      <p id="verdict-label-hint" className="hint">
        {t("hint")}
      </p>
      {labels.map((label) => (
        <div key={label.id} className="verdict-option">
          <label className="radio">
            <input type="radio" value={label.id} aria-describedby={`rating-label-${label.id}-description`} {...registration} />{" "}
            <RatingLabelBadge label={label} />
          </label>
          <span id={`rating-label-${label.id}-description`} className="hint">
            <UserText text={label.description} /> ({t("standsFor", { verdict: tStatus(label.verdict) })})
          </span>
        </div>
      ))}
      <div className="verdict-option">
        <label className="radio">
          <input type="radio" value="" {...registration} /> {t("none")}
        </label>
      </div>
      <FieldError id="verdict-label-error" message={error} />
    </fieldset>
  );
}
