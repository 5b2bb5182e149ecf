"use client";
// The date-range export: the same schema as GET /api/v1/reports checks the fields here, then the
// browser downloads the file from the API, streamed to disk as it is rendered (a fetch into
// memory would hold a large PDF whole).
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { CSV_KINDS, rangeReportSchema, REPORT_FORMATS } from "@/lib/reports/schema";
import { FieldError } from "../field-error";

type Input = z.input<typeof rangeReportSchema>;
type Output = z.output<typeof rangeReportSchema>;

const FORMAT_LABELS: Record<(typeof REPORT_FORMATS)[number], string> = {
  pdf: "PDF report",
  csv: "CSV (spreadsheet)",
  json: "JSON archive",
  claimreview: "ClaimReview (JSON-LD)",
};
const KIND_LABELS: Record<(typeof CSV_KINDS)[number], string> = {
  claims: "Claims: one row per claim",
  history: "History: one row per status change",
};

/** The API address for a checked request: kind and byte-order mark only for CSV. */
export function rangeReportUrl(values: Output): string {
  const query = new URLSearchParams({ from: values.from, to: values.to, format: values.format });
  if (values.format === "csv") {
    query.set("kind", values.kind);
    query.set("bom", values.bom ? "1" : "0");
  }
  return `/api/v1/reports?${query}`;
}

export function RangeExportForm({ defaultFrom, defaultTo }: { defaultFrom: string; defaultTo: string }) {
  const [started, setStarted] = useState<string | null>(null);
  const { register, handleSubmit, control, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(rangeReportSchema),
    defaultValues: { from: defaultFrom, to: defaultTo, format: "pdf", kind: "claims", bom: true },
  });
  const format = useWatch({ control, name: "format" });
  const { errors } = formState;

  const onSubmit = handleSubmit((values) => {
    const link = document.createElement("a");
    link.href = rangeReportUrl(values);
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
    setStarted(`Downloading the ${FORMAT_LABELS[values.format]} for ${values.from} to ${values.to}.`);
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Export a date range">
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-from">From (first day)</label>
          <input
            id="export-from"
            type="date"
            aria-invalid={Boolean(errors.from)}
            aria-describedby="export-from-error"
            {...register("from")}
          />
          <FieldError id="export-from-error" message={errors.from?.message} />
        </div>
        <div className="field">
          <label htmlFor="export-to">To (last day, included)</label>
          <input
            id="export-to"
            type="date"
            aria-invalid={Boolean(errors.to)}
            aria-describedby="export-to-error"
            {...register("to")}
          />
          <FieldError id="export-to-error" message={errors.to?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="export-format">Format</label>
        <select id="export-format" aria-invalid={Boolean(errors.format)} {...register("format")}>
          {REPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
        <FieldError id="export-format-error" message={errors.format?.message} />
      </div>
      {format === "csv" ? (
        <>
          <fieldset className="field">
            <legend>Rows</legend>
            {CSV_KINDS.map((value) => (
              <label key={value}>
                <input type="radio" value={value} {...register("kind")} /> {KIND_LABELS[value]}
              </label>
            ))}
            <FieldError id="export-kind-error" message={errors.kind?.message} />
          </fieldset>
          <label>
            <input type="checkbox" {...register("bom")} /> Start with a byte-order mark (Excel needs it to read
            non-English text; leave it on unless a program that reads the file chokes on it)
          </label>
        </>
      ) : null}
      <button type="submit">Export</button>
      {started ? (
        <p className="form-success" role="status">
          {started}
        </p>
      ) : null}
    </form>
  );
}
