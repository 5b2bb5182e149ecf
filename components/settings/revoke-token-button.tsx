"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/settings/tokens/actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** Revoking is for good: a confirm step says so (and what stops working) before it happens. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("tokens");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending}
        aria-label={t("revokeLabel", { name })}
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
      >
        {t("revoke")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("confirmTitle", { name })}
          confirmLabel={t("confirmRevoke")}
          busyLabel={t("revoking")}
          cancelLabel={t("cancel")}
          busy={pending}
          error={error}
          onConfirm={() =>
            startTransition(async () => {
              const result = await revokeTokenAction(tokenId);
              if (result.ok) setAsking(false);
              else setError(translateServerMessage(result.message, locale));
            })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("revokeEffects")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
