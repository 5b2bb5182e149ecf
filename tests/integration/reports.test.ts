import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as GET_RANGE } from "@/app/api/v1/reports/route";
import { finalizeArticle, reopenArticle } from "@/lib/articles/finalize";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { exportArticleReport, exportRangeReport } from "@/lib/reports/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";
import { reviewedArticle } from "./reports-fixtures";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));
const validateClaimReview = ajv.compile(JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8")));

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

let scenario: Awaited<ReturnType<typeof reviewedArticle>>;
beforeAll(async () => {
  scenario = await reviewedArticle();
});

describe("article reports", () => {
  it("JSON: a complete archive that validates, with removed sources, every status change and a clean chain", async () => {
    const file = await exportArticleReport(scenario.editor, scenario.article.id, { format: "json" });
    expect(file.contentType).toContain("application/json");
    const report = JSON.parse((await bytes(file.body)).toString("utf8"));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const [article] = report.articles;
    expect(article.body).toBe(scenario.article.body);
    expect(article.summary.byStatus).toEqual({ CORROBORATED: 1, DISPUTED: 1, UNVERIFIED: scenario.claims.length - 2 });
    expect(article.summary).toMatchObject({ evidence: 2, removedEvidence: 1, statusChanges: 4 });
    expect(article.verification).toEqual({ ok: true, checked: 4, breaks: [] });
    const first = article.claims.find((claim: { id: string }) => claim.id === scenario.claims[0].id);
    expect(first.history.map((change: { toStatus: string }) => change.toStatus)).toEqual(["CORROBORATED", "UNVERIFIED", "CORROBORATED"]);
    expect(first.history[1].prevHash).toBe(first.history[0].hash);
    expect(first.evidence.find((source: { id: string }) => source.id === scenario.removedSourceId).removedAt).not.toBeNull();
    expect(first.auditEvents.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(["evidence.added", "evidence.removed", "verdict.set", "assignment.created"]),
    );
    expect(article.claims[0].start).toBe(scenario.claims[0].start);
  });

  it("CSV: claims and history files, RFC 4180 records", async () => {
    const claims = (await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "csv", kind: "claims" })).body)).toString();
    const lines = claims.split("\r\n");
    expect(lines[0]).toMatch(/^article_id,article_title,claim_id,claim_number,text/);
    expect(claims.endsWith("\r\n")).toBe(true);
    expect(claims).toContain(`${scenario.claims[1].id},2,`);
    const history = (await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "csv", kind: "history" })).body)).toString();
    expect(history.trimEnd().split("\r\n")).toHaveLength(1 + 4);
    expect(history).toContain("Reopened: the figure was revised later.");
  });

  it("ClaimReview: one valid review per claim with a verdict", async () => {
    const reviews = JSON.parse((await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "claimreview" })).body)).toString());
    expect(validateClaimReview(reviews), JSON.stringify(validateClaimReview.errors)).toBe(true);
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed).sort()).toEqual([scenario.claims[0].text, scenario.claims[1].text].sort());
  });

  it("PDF: holds every claim and its history", async () => {
    const pdf = await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "pdf" })).body);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const claim of scenario.claims) expect(flat).toContain(claim.text.replace(/\s+/g, " ").slice(0, 25));
    expect(flat).toContain("Reopened: the figure was revised later.");
    expect(flat).toContain("Verified: 4 status changes, hash chain intact.");
  });

  it("records every export as an AuditEvent with its format", async () => {
    const before = await db.auditEvent.count({ where: { entityId: scenario.article.id, action: "article.exported" } });
    await exportArticleReport(scenario.editor, scenario.article.id, { format: "csv", kind: "history" });
    const events = await db.auditEvent.findMany({ where: { entityId: scenario.article.id, action: "article.exported" }, orderBy: { createdAt: "desc" } });
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({ actorId: scenario.editor.id, after: { format: "csv", kind: "history", scope: "article" } });
  });

  it("refuses reviewers, bad formats and unknown articles", async () => {
    const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (isAppError(error) ? error : null));
    expect((await fail(exportArticleReport(scenario.alice, scenario.article.id, { format: "json" })))?.code).toBe("FORBIDDEN");
    const bad = await fail(exportArticleReport(scenario.editor, scenario.article.id, { format: "docx" }));
    expect(bad?.code).toBe("VALIDATION_FAILED");
    expect(bad?.details.fields?.format).toBeDefined();
    expect((await fail(exportArticleReport(scenario.editor, "nope", { format: "json" })))?.code).toBe("NOT_FOUND");
    const range = await fail(exportRangeReport(scenario.editor, { from: "2024-02-30", to: "2024-03-01", format: "csv" }));
    expect(Object.keys(range?.details.fields ?? {})).toEqual(["from"]);
    const reversed = await fail(exportRangeReport(scenario.editor, { from: "2024-03-02", to: "2024-03-01", format: "csv" }));
    expect(Object.keys(reversed?.details.fields ?? {})).toEqual(["to"]);
  });

  it("refuses year 0000 and other dates PostgreSQL cannot store with a field message, in lib and over the API", async () => {
    const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (isAppError(error) ? error : null));
    const zero = await fail(exportRangeReport(scenario.editor, { from: "0000-01-01", to: "2024-03-01", format: "csv" }));
    expect(zero?.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(zero?.details.fields ?? {})).toEqual(["from"]);
    const { token } = await createApiToken(scenario.editor, { name: "reports test" });
    for (const [query, field] of [
      ["from=0000-01-01&to=2024-01-01", "from"],
      ["from=2024-01-01&to=0000-12-31", "to"],
      ["from=0999-01-01&to=2024-01-01", "from"],
    ] as const) {
      const request = new NextRequest(`http://localhost/api/v1/reports?${query}&format=json`, { headers: { authorization: `Bearer ${token}` } });
      const response = await GET_RANGE(request, { params: Promise.resolve({}) });
      expect(response.status, query).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.fields[field]?.[0], query).toMatch(/date/i);
    }
  });

  it("refuses article ids that are not ids before recording anything", async () => {
    const exported = () => db.auditEvent.count({ where: { actorId: scenario.editor.id, action: "article.exported" } });
    const before = await exported();
    for (const bad of [undefined, 12, "", { id: scenario.article.id }]) {
      await expect(exportArticleReport(scenario.editor, bad as string, { format: "json" })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        details: { fields: { article: [expect.any(String)] } },
      });
    }
    expect(await exported()).toBe(before);
  });

  it("date range: includes articles imported in the range", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const file = await exportRangeReport(scenario.editor, { from: today, to: today, format: "json" });
    const report = JSON.parse((await bytes(file.body)).toString());
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.scope).toMatchObject({ type: "range", from: today, to: today });
    expect(report.articles.map((article: { id: string }) => article.id)).toContain(scenario.article.id);
    const past = JSON.parse((await bytes((await exportRangeReport(scenario.editor, { from: "2001-01-01", to: "2001-01-02", format: "json" })).body)).toString());
    expect(past.articles.map((article: { id: string }) => article.id)).not.toContain(scenario.article.id);
  });
});

describe("finalize and reopen", () => {
  it("locks verdicts until an editor reopens, and records both", async () => {
    const { editor, alice, article, claims } = await reviewedArticle();
    const reviewer = await makeUser("REVIEWER");
    await expect(finalizeArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const finalized = await finalizeArticle(editor, article.id);
    expect(finalized.finalizedAt).toBeInstanceOf(Date);
    expect(finalized.finalizedBy?.id).toBe(editor.id);
    await expect(finalizeArticle(editor, article.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claims[2].id }, select: { version: true } });
    await expect(
      setVerdict(alice, claims[2].id, { status: "UNVERIFIED", rationale: "Trying while finalized, must fail.", version: claim.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const reopened = await reopenArticle(editor, article.id);
    expect(reopened.finalizedAt).toBeNull();
    await expect(reopenArticle(editor, article.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const events = await db.auditEvent.findMany({
      where: { entityType: "Article", entityId: article.id, action: { in: ["article.finalized", "article.reopened"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["article.finalized", "article.reopened"]);
    expect(events[1].before).toMatchObject({ finalizedById: editor.id });
  });

  it("refuses ids that are not ids: no article is finalized or reopened", async () => {
    const editor = await makeUser("EDITOR");
    const [open, finalized] = await Promise.all([makeArticle(editor), makeArticle(editor)]);
    await finalizeArticle(editor, finalized.article.id);
    for (const bad of [undefined, null, 0, 1, "", "  ", ["x"]]) {
      await expect(finalizeArticle(editor, bad as string)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
      await expect(reopenArticle(editor, bad as string)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
    const rows = await db.article.findMany({ where: { id: { in: [open.article.id, finalized.article.id] } }, select: { id: true, finalizedAt: true } });
    expect(rows.find((row) => row.id === open.article.id)?.finalizedAt).toBeNull();
    expect(rows.find((row) => row.id === finalized.article.id)?.finalizedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { actorId: editor.id, action: { in: ["article.finalized", "article.reopened"] } } })).toBe(1);
  });
});
