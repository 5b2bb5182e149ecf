"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setPublicPagesAction } from "@/app/admin/public-pages/actions";
import { FormMessage, type FormOutcome } from "@/components/form-message";

export function PublicPagesToggle({ enabled }: { enabled: boolean }) {
  const t = useTranslations("publicPagesAdmin");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const toggle = async () => {
    setBusy(true);
    const result = await setPublicPagesAction(!enabled);
    setBusy(false);
    if (result.ok) router.refresh();
    else setMessage({ kind: "error", text: result.message });
  };
  return (
    <div className="stack">
      <FormMessage message={message} />
      <p data-testid="public-pages-state">
        <strong>{enabled ? t("on") : t("off")}</strong>
      </p>
      <div className="actions">
        <button type="button" onClick={() => void toggle()} disabled={busy} data-testid="public-pages-toggle">
          {enabled ? t("turnOff") : t("turnOn")}
        </button>
      </div>
    </div>
  );
}
