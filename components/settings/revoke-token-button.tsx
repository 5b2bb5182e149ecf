"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/settings/tokens/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("tokens");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending}
        aria-label={t("revokeLabel", { name })}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeTokenAction(tokenId);
            if (!result.ok) setError(translateServerMessage(result.message, locale));
          })
        }
      >
        {pending ? t("revoking") : t("revoke")}
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}
