import { useTranslations } from "next-intl";

/** A signing secret, shown this once (it is stored encrypted and never shown again). */
export function SecretOnce({ url, secret }: { url: string; secret: string }) {
  const t = useTranslations("webhooksAdmin");
  return (
    <div className="webhook-secret-once" role="status" data-testid="webhook-secret">
      <p>{t("secretOnce", { url })}</p>
      <code dir="ltr">{secret}</code>
    </div>
  );
}
