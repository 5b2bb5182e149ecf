"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SSO_PROVIDER_ID } from "@/lib/sso/settings";

/** Sends the browser on to the provider at once; the button is there if that did not happen. */
export function StartSso({
  provider,
  next,
}: {
  provider: string;
  /** A path on this site to land on. */ next: string;
}) {
  const t = useTranslations("sso");
  const started = useRef(false);
  const [busy, setBusy] = useState(true);

  const start = () => {
    setBusy(true);
    signIn(SSO_PROVIDER_ID, { callbackUrl: next }).catch(() => setBusy(false));
  };

  useEffect(() => {
    // Once, also under React's development double effects: a second start would replace the
    // first one's state cookie.
    if (!started.current) {
      started.current = true;
      signIn(SSO_PROVIDER_ID, { callbackUrl: next }).catch(() => setBusy(false));
    }
    // If the browser is still here after a while (blocked, offline), offer the button.
    const timer = setTimeout(() => setBusy(false), 8_000);
    return () => clearTimeout(timer);
  }, [next]);

  return (
    <div className="stack">
      <p role="status">{t("redirecting", { provider })}</p>
      <p>
        <button type="button" onClick={start} disabled={busy}>
          {t("continue", { provider })}
        </button>
      </p>
      <p>
        <Link href="/login">{t("back")}</Link>
      </p>
    </div>
  );
}
