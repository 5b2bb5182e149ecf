"use client";
import { useTranslations } from "next-intl";

/**
 * The question both assignment forms ask before they assign with a due date already past: the
 * form's own submit button confirms, "Change the date" goes back to the date field.
 */
export function PastDueConfirm({
  date,
  submitting,
  dueFieldId,
  onChangeDate,
}: {
  /** The date as the editor typed it (YYYY-MM-DD). */
  date: string;
  submitting: boolean;
  /** The id of the form's due date input, focused when the editor chooses to change it. */
  dueFieldId: string;
  onChangeDate: () => void;
}) {
  const t = useTranslations("assign");
  return (
    <div className="inline-form confirm" role="alert">
      <span>{t("pastDue", { date })}</span>
      <button type="submit" disabled={submitting}>
        {t("pastDueYes")}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onChangeDate();
          document.getElementById(dueFieldId)?.focus();
        }}
      >
        {t("pastDueChange")}
      </button>
    </div>
  );
}
