"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryJobAction } from "@/app/admin/jobs/actions";
import { FormMessage, type FormOutcome } from "../form-message";

export function RetryJobButton({ jobId, kindLabel }: { jobId: string; kindLabel: string }) {
  const t = useTranslations("jobsAdmin");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        aria-label={t("retryLabel", { kind: kindLabel })}
        onClick={() =>
          startTransition(async () => {
            const result = await retryJobAction(jobId);
            setOutcome(result.ok ? { kind: "success", text: t("retried") } : { kind: "error", text: result.message });
          })
        }
      >
        {pending ? t("retrying") : t("retry")}
      </button>
      <FormMessage message={outcome} />
    </>
  );
}
