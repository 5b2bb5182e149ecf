"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/app/settings/account/actions";
import {
  disableTwoFactorSchema,
  totpCodeSchema,
  type DisableTwoFactorInput,
  type TotpCodeInput,
} from "@/lib/accounts/schema";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

/**
 * Off: a button starts enrolment (QR code and key), and a code turns it on; then the ten recovery
 * codes are shown once. On: the date, the codes left, and turning it off with the password.
 */
export function TwoFactorSection({
  enabledOn,
  recoveryCodesLeft,
}: {
  enabledOn: string | null;
  recoveryCodesLeft: number;
}) {
  const t = useTranslations("account");
  const locale = useLocale();
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();

  if (recoveryCodes) {
    return (
      <div className="stack" data-testid="recovery-codes">
        <h3>{t("recoveryHeading")}</h3>
        <p role="status">{t("recoveryIntro")}</p>
        <ol className="recovery-codes" dir="ltr">
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => {
            setRecoveryCodes(null);
            router.refresh();
          }}
        >
          {t("recoveryDone")}
        </button>
      </div>
    );
  }

  if (enabledOn) {
    return (
      <>
        <p data-testid="two-factor-state">{t("twoFactorOn", { date: enabledOn, count: recoveryCodesLeft })}</p>
        <DisableForm />
      </>
    );
  }

  return (
    <>
      <p data-testid="two-factor-state">{t("twoFactorOff")}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {enrolment ? (
        <div className="stack">
          <p>{t("scanIntro")}</p>
          {/* Drawn on the server by the qrcode package: an SVG of black squares, no script, no network. */}
          <div
            className="totp-qr"
            role="img"
            aria-label={t("qrLabel")}
            dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
          />
          <p>
            {t("manualKey")}:{" "}
            <code dir="ltr" data-testid="totp-secret" className="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <ConfirmForm onEnabled={setRecoveryCodes} />
        </div>
      ) : (
        <button
          type="button"
          disabled={starting}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await startTwoFactorAction();
              if (result.ok) setEnrolment(result.data);
              else setError(translateServerMessage(result.message, locale));
            })
          }
        >
          {starting ? t("starting") : t("startEnrolment")}
        </button>
      )}
    </>
  );
}

function ConfirmForm({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const t = useTranslations("account");
  const locale = useLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<TotpCodeInput>({
    resolver: zodResolver(totpCodeSchema),
    defaultValues: { code: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await confirmTwoFactorAction(values);
    if (result.ok) onEnabled(result.data.recoveryCodes);
    else {
      applyServerErrors(result, setError);
      if (!result.fields) setFormError(translateServerMessage(result.message, locale));
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="totp-code">{t("code")}</label>
        <input
          id="totp-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          aria-invalid={Boolean(formState.errors.code)}
          {...register("code")}
        />
        <FieldError id="totp-code-error" message={formState.errors.code?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("confirming") : t("confirm")}
      </button>
    </form>
  );
}

function DisableForm() {
  const t = useTranslations("account");
  const locale = useLocale();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<DisableTwoFactorInput>({
    resolver: zodResolver(disableTwoFactorSchema),
    defaultValues: { currentPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await disableTwoFactorAction(values);
    if (result.ok) router.refresh();
    else {
      applyServerErrors(result, setError);
      if (!result.fields) setFormError(translateServerMessage(result.message, locale));
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <p className="muted">{t("disableIntro")}</p>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="disable-password">{t("currentPassword")}</label>
        <input
          id="disable-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(formState.errors.currentPassword)}
          {...register("currentPassword")}
        />
        <FieldError id="disable-password-error" message={formState.errors.currentPassword?.message} />
      </div>
      <button type="submit" className="danger" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("disabling") : t("disable")}
      </button>
    </form>
  );
}
