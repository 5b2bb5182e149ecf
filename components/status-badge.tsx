import { useTranslations } from "next-intl";
import type { ClaimStatus } from "@/lib/workflow/states";

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const t = useTranslations("statuses");
  return <span className={`status status-${status}`}>{t(status)}</span>;
}
