// Report downloads go straight to the API, which streams the file with the session cookie.
const FORMATS = [
  { query: "format=pdf", label: "PDF report" },
  { query: "format=csv&kind=claims", label: "CSV: claims" },
  { query: "format=csv&kind=history", label: "CSV: history" },
  { query: "format=json", label: "JSON archive" },
  { query: "format=claimreview", label: "ClaimReview (JSON-LD)" },
];

export function ExportLinks({ articleId }: { articleId: string }) {
  return (
    <ul className="export-links" aria-label="Download a report">
      {FORMATS.map((format) => (
        <li key={format.query}>
          <a href={`/api/v1/articles/${articleId}/report?${format.query}`} download>
            {format.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
