"use client";
// An editor settles one claim's anchor from the revisions page: accept the proposed anchor or mark
// the claim orphaned (re-selecting the quote has a page of its own).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { resolveAnchorAction } from "@/app/articles/[id]/revisions/actions";
import { FormMessage, type FormOutcome } from "../form-message";

export function AnchorActions({
  claimId,
  version,
  canAccept,
  label,
}: {
  claimId: string;
  version: number;
  canAccept: boolean;
  /** "C7", to tell the buttons of several claims apart. */
  label: string;
}) {
  const t = useTranslations("revisions");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormOutcome | null>(null);

  async function settle(resolution: "accepted" | "orphaned") {
    setBusy(true);
    setMessage(null);
    const result = await resolveAnchorAction(claimId, { resolution, version });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.message });
      return;
    }
    setMessage({ kind: "success", text: t("settled") });
    router.refresh();
  }

  return (
    <div className="anchor-actions">
      {canAccept ? (
        <button type="button" disabled={busy} onClick={() => settle("accepted")} aria-label={`${t("accept")} (${label})`}>
          {t("accept")}
        </button>
      ) : null}
      {canAccept ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => settle("orphaned")}
          aria-label={`${t("markOrphaned")} (${label})`}
        >
          {t("markOrphaned")}
        </button>
      ) : null}
      <FormMessage message={message} />
    </div>
  );
}
