// Verdict progress: a bar for the eye and the same numbers as text.
import { useTranslations } from "next-intl";

export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const t = useTranslations("progress");
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <progress max={total || 1} value={done} aria-label={label} />
      <span>{t("value", { done, total, percent })}</span>
    </div>
  );
}
