import Link from "next/link";
import { useTranslations } from "next-intl";

export default function Forbidden() {
  const t = useTranslations("errors");
  return (
    <div className="card empty">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText")}</p>
      <Link href="/articles">{t("backToArticles")}</Link>
    </div>
  );
}
