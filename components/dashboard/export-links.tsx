// Report downloads go straight to the API, which streams the file with the session cookie.
import { useTranslations } from "next-intl";

const FORMATS = [
  { query: "format=pdf", label: "pdf" },
  { query: "format=csv&kind=claims", label: "csvClaims" },
  { query: "format=csv&kind=history", label: "csvHistory" },
  { query: "format=json", label: "json" },
  { query: "format=claimreview", label: "claimreview" },
] as const;

export function ExportLinks({ articleId }: { articleId: string }) {
  const t = useTranslations("exportLinks");
  return (
    <ul className="export-links" aria-label={t("label")}>
      {FORMATS.map((format) => (
        <li key={format.query}>
          <a href={`/api/v1/articles/${articleId}/report?${format.query}`} download>
            {t(format.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
