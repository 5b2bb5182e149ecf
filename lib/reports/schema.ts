// Report request input, shared by the API routes, the dashboard's download links and the CLI.
import { z } from "zod";
import { calendarDaySchema } from "@/lib/schemas";

export const REPORT_FORMATS = ["pdf", "csv", "json", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CSV_KINDS = ["claims", "history"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

const formatSchema = z.enum(REPORT_FORMATS, { error: "Choose format pdf, csv, json or claimreview." });
const kindSchema = z
  .enum(CSV_KINDS, { error: "Choose kind claims or history." })
  .optional()
  .transform((value) => value ?? "claims");

/**
 * CSV only: start the file with a UTF-8 byte-order mark. On by default: Excel reads a CSV without
 * one in the machine's legacy code page (Arabic, Chinese, even "é" turn to mojibake), while
 * LibreOffice, Google Sheets and Numbers read UTF-8 either way and drop the mark. Programs that
 * parse the file themselves may want bom=0 (or strip U+FEFF). Other formats ignore it.
 */
export const bomSchema = z
  .union([z.boolean(), z.enum(["1", "0", "true", "false"])], { error: "Give bom as 1 or 0." })
  .optional()
  .transform((value) => value === undefined || value === true || value === "1" || value === "true");

export const articleReportSchema = z.object({ format: formatSchema, kind: kindSchema, bom: bomSchema });
export type ArticleReportInput = z.input<typeof articleReportSchema>;

/** Whole UTC days, both ends included. Shared by the API, the CLI and the export page's form. */
export const rangeReportSchema = z
  .object({ from: calendarDaySchema, to: calendarDaySchema, format: formatSchema, kind: kindSchema, bom: bomSchema })
  .refine((value) => value.from <= value.to, { error: "The end date is before the start date.", path: ["to"] });
export type RangeReportInput = z.input<typeof rangeReportSchema>;

/** Turns URL search params into plain input (absent params stay undefined so zod names them). */
export function searchParamsInput(params: URLSearchParams, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined]));
}
