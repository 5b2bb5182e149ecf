"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { endOtherSessionsAction } from "@/app/settings/account/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export function EndOtherSessionsButton() {
  const t = useTranslations("account");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="stack">
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await endOtherSessionsAction();
            setMessage(
              result.ok
                ? { ok: true, text: t("endedOthers", { count: result.data.endedSessions }) }
                : { ok: false, text: translateServerMessage(result.message, locale) },
            );
          })
        }
      >
        {pending ? t("endingOthers") : t("endOthers")}
      </button>
    </div>
  );
}
