"use client";
// An editor ends a consultation: the colleague can no longer open the claim or reply.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endConsultationAction } from "@/app/claims/[id]/actions";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export function EndConsultationButton({ consultationId, name }: { consultationId: string; name: string }) {
  const t = useTranslations("consultation");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const end = () =>
    startTransition(async () => {
      setError(null);
      const result = await endConsultationAction(consultationId);
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={end}>
        {pending ? t("ending") : t("end")}
        <span className="visually-hidden">
          {" "}
          {t.rich("withName", { name: () => <UserText text={name} /> })}
        </span>
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {" "}
          {translateServerMessage(error, locale)}
        </span>
      ) : null}
    </>
  );
}
