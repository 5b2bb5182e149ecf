import { useTranslations } from "next-intl";

// Shown on every page while `npm start` found a demo account that still signs in with the
// password the README publishes (scripts/start.ts sets CLAIMLEDGER_DEMO for the app process).
// Read at request time on the server; the root layout is dynamic (it reads the session).
export function DemoBanner() {
  const t = useTranslations("demo");
  if (process.env.CLAIMLEDGER_DEMO !== "true") return null;
  return (
    <div className="demo-banner" role="note">
      <strong>{t("title")}</strong> {t("text")}
    </div>
  );
}
