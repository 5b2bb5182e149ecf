"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { requirePasswordChangeAction } from "@/app/admin/users/account-actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** An admin's "require a new password": it signs the person out, so a confirm step says so first. */
export function RequireNewPasswordButton({ user }: { user: { id: string; name: string } }) {
  const t = useTranslations("adminAccounts");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-label={t("requireNewPasswordLabel", { name: user.name })}
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
      >
        {t("requireNewPassword")}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t("confirmTitle", { name: user.name })}
          confirmLabel={t("confirm")}
          busyLabel={t("requiringNewPassword")}
          cancelLabel={t("cancel")}
          busy={pending}
          error={error}
          onConfirm={() =>
            startTransition(async () => {
              const result = await requirePasswordChangeAction(user.id);
              if (result.ok) setAsking(false);
              else setError(translateServerMessage(result.message, locale));
            })
          }
          onCancel={() => setAsking(false)}
        >
          <p>{t("confirmEffects")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
