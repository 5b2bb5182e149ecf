"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { rerunExtractionAction } from "@/app/articles/[id]/actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export function RerunExtractionButton({ articleId }: { articleId: string }) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function rerun() {
    setMessage(null);
    startTransition(async () => {
      const result = await rerunExtractionAction(articleId);
      if (!result.ok) return setMessage({ ok: false, text: translateServerMessage(result.message, locale) });
      const { found, added, refreshed, kept } = result.data;
      setMessage({
        ok: true,
        text: refreshed
          ? t("rerunDoneRescored", { found, added, kept, refreshed })
          : t("rerunDone", { found, added, kept }),
      });
    });
  }

  return (
    <div className="selection-tool">
      <button type="button" className="secondary" onClick={rerun} disabled={pending}>
        {pending ? t("extracting") : t("rerun")}
      </button>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
