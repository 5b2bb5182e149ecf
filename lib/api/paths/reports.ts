import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { CSV_KINDS, REPORT_FORMATS } from "@/lib/reports/schema";
import { errorResponse, idParam, json, standardErrors } from "../openapi-helpers";

const reportQuery = z.object({
  format: z.enum(REPORT_FORMATS).meta({ description: "pdf, csv, json (archive, docs/report-schema.json) or claimreview (schema.org JSON-LD)." }),
  kind: z.enum(CSV_KINDS).optional().meta({ description: "CSV only: claims (default, one row per claim) or history (one row per status change)." }),
});

const reportFile = {
  description: "The report, streamed as an attachment. Every export is recorded as an `article.exported` audit event.",
  content: {
    "application/pdf": { schema: z.string().meta({ format: "binary" }) },
    "text/csv": { schema: z.string() },
    "application/json": { schema: z.object({}).loose().meta({ description: "See docs/report-schema.json." }) },
    "application/ld+json": { schema: z.array(z.object({}).loose()).meta({ description: "ClaimReview objects; see docs/claimreview.schema.json." }) },
  },
};

const finalizedArticle = z.object({
  id: z.string(),
  title: z.string(),
  finalizedAt: z.iso.datetime().nullable(),
  finalizedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const reportPaths: ZodOpenApiPathsObject = {
  "/api/v1/articles/{id}/report": {
    get: {
      summary: "Audit report of one article (editors and admins: report.export)",
      requestParams: { path: idParam, query: reportQuery },
      responses: { "200": reportFile, ...standardErrors, "404": errorResponse("No such article.") },
    },
  },
  "/api/v1/reports": {
    get: {
      summary: "Audit report of the articles imported, or given a verdict, between two dates (UTC days, both included)",
      requestParams: {
        query: reportQuery.extend({
          from: z.iso.date().meta({ description: "YYYY-MM-DD" }),
          to: z.iso.date().meta({ description: "YYYY-MM-DD, not before from" }),
        }),
      },
      responses: { "200": reportFile, ...standardErrors },
    },
  },
  "/api/v1/articles/{id}/finalize": {
    post: {
      summary: "Finalize an article: its verdicts are locked until it is reopened (editors and admins)",
      requestParams: { path: idParam },
      responses: { "200": { description: "Finalized", ...json(finalizedArticle) }, ...standardErrors, "404": errorResponse("No such article."), "409": errorResponse("Already finalized.") },
    },
  },
  "/api/v1/articles/{id}/reopen": {
    post: {
      summary: "Reopen a finalized article (editors and admins)",
      requestParams: { path: idParam },
      responses: { "200": { description: "Reopened", ...json(finalizedArticle) }, ...standardErrors, "404": errorResponse("No such article."), "409": errorResponse("Not finalized.") },
    },
  },
};
