"use client";
// Confirm / dismiss a similar earlier claim, and reuse its sources once confirmed. lib/similar
// decides who may (the editor or the assigned reviewer); the page shows the buttons to them only.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { decideSimilarAction, reuseSourcesAction } from "@/app/claims/[id]/similar-actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";

interface Props {
  claimId: string;
  matchId: string;
  state: "SUGGESTED" | "CONFIRMED" | "DISMISSED";
  /** "C4 of “Title”", for the buttons' accessible names. */
  label: string;
  version: number;
  mayDecide: boolean;
  mayReuse: boolean;
  sourceCount: number;
}

export function SimilarButtons({ claimId, matchId, state, label, version, mayDecide, mayReuse, sourceCount }: Props) {
  const t = useTranslations("similar");
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<{ ok: true; text?: string } | { ok: false; message: string }>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await work();
      if (result.ok) {
        if (result.text) setMessage({ text: result.text, error: false });
        router.refresh();
      } else setMessage({ text: translateServerMessage(result.message, locale), error: true });
    });
  const decide = (decision: "CONFIRMED" | "DISMISSED") =>
    run(async () => {
      const result = await decideSimilarAction(claimId, matchId, decision);
      return result.ok ? { ok: true } : result;
    });
  const reuse = () =>
    run(async () => {
      const result = await reuseSourcesAction(claimId, matchId, version);
      return result.ok ? { ok: true, text: t("reused", { count: result.data.copied }) } : result;
    });
  return (
    <div className="similar-actions">
      {mayDecide && state === "SUGGESTED" ? (
        <>
          <button
            type="button"
            disabled={pending}
            onClick={() => decide("CONFIRMED")}
            aria-label={t("confirmLabel", { label })}
          >
            {t("confirm")}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={pending}
            onClick={() => decide("DISMISSED")}
            aria-label={t("dismissLabel", { label })}
          >
            {t("dismiss")}
          </button>
        </>
      ) : null}
      {state === "CONFIRMED" && mayReuse && sourceCount > 0 ? (
        <button type="button" disabled={pending} onClick={reuse} aria-label={t("reuseLabel", { label })}>
          {t("reuse")}
        </button>
      ) : null}
      {state === "CONFIRMED" && mayDecide ? (
        <button type="button" className="link-button" disabled={pending} onClick={() => decide("DISMISSED")}>
          {t("undoConfirm")}
        </button>
      ) : null}
      {pending ? <span className="muted small">{t("working")}</span> : null}
      {message ? (
        <p className={message.error ? "field-error" : "similar-done"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
