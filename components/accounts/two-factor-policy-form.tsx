"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setTwoFactorPolicyAction } from "@/app/admin/users/account-actions";
import { translateServerMessage } from "@/lib/i18n/server-messages";

export function TwoFactorPolicyForm({ requiredForStaff }: { requiredForStaff: boolean }) {
  const t = useTranslations("adminAccounts");
  const locale = useLocale();
  const [checked, setChecked] = useState(requiredForStaff);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await setTwoFactorPolicyAction({ requiredForStaff: checked });
          setMessage(
            result.ok
              ? { ok: true, text: t("saved") }
              : { ok: false, text: translateServerMessage(result.message, locale) },
          );
        });
      }}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby="two-factor-policy-hint"
          onChange={(event) => setChecked(event.target.checked)}
        />{" "}
        {t("requireTwoFactor")}
      </label>
      <p id="two-factor-policy-hint" className="muted small">
        {t("requireTwoFactorHint")}
      </p>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
