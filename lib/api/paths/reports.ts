import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { finalizeSchema } from "@/lib/articles/finalize-schema";
import { CSV_KINDS, REPORT_FORMATS } from "@/lib/reports/schema";
import { errorResponse, idParam, json, standardErrors } from "../openapi-helpers";

const reportQuery = z.object({
  format: z
    .enum(REPORT_FORMATS)
    .meta({ description: "pdf, csv, json (archive, docs/report-schema.json) or claimreview (schema.org JSON-LD)." }),
  kind: z
    .enum(CSV_KINDS)
    .optional()
    .meta({ description: "CSV only: claims (default, one row per claim) or history (one row per status change)." }),
  bom: z.enum(["1", "0"]).optional().meta({
    description:
      "CSV only: 1 (default) starts the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8; 0 leaves it out.",
  }),
});

const reportFile = {
  description:
    "The report, streamed as an attachment. Every export is recorded as an `article.exported` audit event. Content-Disposition names the file from the article's date and title (`attachment; filename=\"2024-12-07-syrian-army-withdrawals-audit.pdf\"; filename*=UTF-8''…`; docs/reports.md).",
  headers: z.object({
    "Content-Disposition": z
      .string()
      .meta({ description: "attachment; filename=\"ASCII name\"; filename*=UTF-8''name keeping the title's script" }),
  }),
  content: {
    "application/pdf": { schema: z.string().meta({ format: "binary" }) },
    "text/csv": { schema: z.string() },
    "application/json": { schema: z.object({}).loose().meta({ description: "See docs/report-schema.json." }) },
    "application/ld+json": {
      schema: z
        .array(z.object({}).loose())
        .meta({ description: "ClaimReview objects; see docs/claimreview.schema.json." }),
    },
  },
};

const pdfOverBudget = {
  "503": errorResponse(
    "Drawing the PDF ran past its time budget (CLAIMLEDGER_REPORT_TIMEOUT_MS), or the server was too busy to start it; `budgetMs` and `phase` say which. Nothing was recorded as exported.",
  ),
};

const finalizedArticle = z.object({
  id: z.string(),
  title: z.string(),
  finalizedAt: z.iso.datetime().nullable(),
  finalizedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

const finalizePreview = z
  .object({ claims: z.int(), pending: z.int(), openAssignments: z.int() })
  .meta({ id: "FinalizePreview" });

export const reportPaths: ZodOpenApiPathsObject = {
  "/api/v1/articles/{id}/report": {
    get: {
      summary: "Audit report of one article (editors and admins: report.export)",
      requestParams: { path: idParam, query: reportQuery },
      responses: { "200": reportFile, ...standardErrors, "404": errorResponse("No such article."), ...pdfOverBudget },
    },
  },
  "/api/v1/reports": {
    get: {
      summary:
        "Audit report of the articles imported, or given a verdict, between two dates (whole days in your time zone, both included)",
      requestParams: {
        query: reportQuery.extend({
          from: z.iso.date().meta({ description: "YYYY-MM-DD" }),
          to: z.iso.date().meta({ description: "YYYY-MM-DD, not before from" }),
        }),
      },
      responses: { "200": reportFile, ...standardErrors, ...pdfOverBudget },
    },
  },
  "/api/v1/articles/{id}/finalize": {
    get: {
      summary: "What finalizing would leave unfinished: the counts a POST must confirm (editors and admins)",
      requestParams: { path: idParam },
      responses: {
        "200": { description: "Unfinished work", ...json(finalizePreview) },
        ...standardErrors,
        "404": errorResponse("No such article."),
      },
    },
    post: {
      summary:
        "Finalize an article: its verdicts are locked until it is reopened; open assignments are cancelled (editors and admins)",
      description:
        "When claims are not yet reviewed or assignments are open, send the counts from GET as confirmPending and confirmOpenAssignments: without them the answer is 400 (naming the counts), with counts that no longer match it is 409 (error.preview holds the current ones). The body may be omitted when nothing is unfinished.",
      requestParams: { path: idParam },
      requestBody: { ...json(finalizeSchema), required: false },
      responses: {
        "200": {
          description: "Finalized",
          ...json(
            finalizedArticle.extend({
              cancelledAssignments: z.int().meta({ description: "Open assignments closed (reason FINALIZED)." }),
            }),
          ),
        },
        ...standardErrors,
        "404": errorResponse("No such article."),
        "409": errorResponse("Already finalized, or the unfinished counts changed since they were confirmed."),
      },
    },
  },
  "/api/v1/articles/{id}/reopen": {
    post: {
      summary: "Reopen a finalized article (editors and admins)",
      requestParams: { path: idParam },
      responses: {
        "200": {
          description: "Reopened",
          ...json(
            finalizedArticle.extend({
              restoredAssignments: z.int().meta({
                description: "Assignments the finalization cancelled, given back (claims still not yet reviewed).",
              }),
            }),
          ),
        },
        ...standardErrors,
        "404": errorResponse("No such article."),
        "409": errorResponse("Not finalized."),
      },
    },
  },
};
