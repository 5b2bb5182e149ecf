// Report file names a person can find again: the article's date and title
// ("2024-12-07-syrian-army-withdrawals-audit.pdf"), and a name safe on every file system.
//
// Two spellings, sent as the two Content-Disposition parameters (RFC 6266):
// - `ascii` (filename="…"): lowercase ASCII letters, digits and hyphens only, the title
//   transliterated with any-ascii (Arabic "انسحابات الجيش" → "nshbt-ljysh", Chinese → pinyin,
//   Cyrillic → Latin). When nothing of the title survives (only symbols), "article-<id>".
// - `unicode` (filename*=UTF-8''…): the same name keeping the title's own letters (any script's
//   letters, marks and digits; everything else becomes "-"), which browsers prefer, so an Arabic
//   desk saves an Arabic name. Equal to `ascii` for titles in plain ASCII.
// Both: no characters reserved on Windows, macOS or Linux (\ / : * ? " < > | and controls), no
// leading dot, never a reserved device name (CON, NUL, COM1…: every name starts with a date or
// "claimledger"), and the title part capped (60 characters; at most 240 bytes in UTF-8), so the
// whole name stays far below the 255-byte limit of common file systems.
import anyAscii from "any-ascii";
import type { CsvKind, ReportFormat } from "./schema";

export interface ReportFileName {
  ascii: string;
  unicode: string;
}

const TITLE_LIMIT = 60;

/** What a report is, at the end of its name: "-audit.pdf", "-audit-history.csv"… */
function suffix(format: ReportFormat, kind: CsvKind): string {
  if (format === "pdf") return "audit.pdf";
  if (format === "csv") return `audit-${kind}.csv`;
  if (format === "json") return "audit.json";
  return "claimreview.jsonld";
}

/** Cuts at a hyphen before the limit when there is one, so words are not chopped. */
function cap(slug: string): string {
  const chars = [...slug];
  if (chars.length <= TITLE_LIMIT) return slug;
  const cut = chars.slice(0, TITLE_LIMIT).join("");
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > TITLE_LIMIT / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

export function asciiSlug(text: string): string {
  return cap(
    anyAscii(text.normalize("NFC"))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, ""),
  );
}

export function unicodeSlug(text: string): string {
  return cap(
    text
      .normalize("NFC")
      .toLocaleLowerCase("und")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, ""),
  );
}

/** One article's report: its date (publication day, else import day) and title. */
export function articleReportFileName(
  article: { id: string; title: string; day: string },
  format: ReportFormat,
  kind: CsvKind,
): ReportFileName {
  const fallback = `article-${asciiSlug(article.id)}`;
  const ascii = asciiSlug(article.title) || fallback;
  const unicode = unicodeSlug(article.title) || ascii;
  const end = suffix(format, kind);
  return { ascii: `${article.day}-${ascii}-${end}`, unicode: `${article.day}-${unicode}-${end}` };
}

/** A date-range export: "claimledger-2024-12-01-to-2024-12-31-audit.pdf". */
export function rangeReportFileName(
  range: { from: string; to: string },
  format: ReportFormat,
  kind: CsvKind,
): ReportFileName {
  const name = `claimledger-${range.from}-to-${range.to}-${suffix(format, kind)}`;
  return { ascii: name, unicode: name };
}
