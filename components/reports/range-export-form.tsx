"use client";
// The date-range export: the same schema as GET /api/v1/reports checks the fields here, then the
// browser downloads the file from the API, streamed to disk as it is rendered (a fetch into
// memory would hold a large PDF whole).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { CSV_KINDS, rangeReportSchema, REPORT_FORMATS } from "@/lib/reports/schema";
import { FieldError } from "../field-error";

type Input = z.input<typeof rangeReportSchema>;
type Output = z.output<typeof rangeReportSchema>;

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
  const t = useTranslations("reports");
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
    setStarted(t("downloading", { format: t(`formats.${values.format}`), from: values.from, to: values.to }));
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-from">{t("from")}</label>
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
          <label htmlFor="export-to">{t("to")}</label>
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
        <label htmlFor="export-format">{t("format")}</label>
        <select id="export-format" aria-invalid={Boolean(errors.format)} {...register("format")}>
          {REPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {t(`formats.${value}`)}
            </option>
          ))}
        </select>
        <FieldError id="export-format-error" message={errors.format?.message} />
      </div>
      {format === "csv" ? (
        <>
          <fieldset className="field">
            <legend>{t("rows")}</legend>
            {CSV_KINDS.map((value) => (
              <label key={value}>
                <input type="radio" value={value} {...register("kind")} /> {t(`kinds.${value}`)}
              </label>
            ))}
            <FieldError id="export-kind-error" message={errors.kind?.message} />
          </fieldset>
          <label>
            <input type="checkbox" {...register("bom")} /> {t("bom")}
          </label>
        </>
      ) : null}
      <button type="submit">{t("export")}</button>
      {started ? (
        <p className="form-success" role="status">
          {started}
        </p>
      ) : null}
    </form>
  );
}
