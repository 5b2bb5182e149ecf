"use client";
import { useTranslations } from "next-intl";

// Shown when a page fails unexpectedly. It never shows the error's message or stack: those
// stay in the server log, identified by the digest below.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="card empty" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      {error.digest ? <p className="muted">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={reset}>
        {t("tryAgain")}
      </button>
    </div>
  );
}
