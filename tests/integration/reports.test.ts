import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as GET_RANGE } from "@/app/api/v1/reports/route";
import { finalizeArticle, previewFinalize, reopenArticle } from "@/lib/articles/finalize";
import { assignClaims } from "@/lib/assignments/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { deleteClaim, setClaimant } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { claimantAuthor } from "@/lib/reports/claimreview";
import { CLAIM_COLUMNS } from "@/lib/reports/csv";
import { exportArticleReport, exportRangeReport } from "@/lib/reports/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { csvObjects } from "../unit/reports/csv-reader";
import { makeArticle, makeUser } from "./factories";
import { reviewedArticle } from "./reports-fixtures";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));
const validateClaimReview = ajv.compile(JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8")));

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function pdfText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await bytes(stream))), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** The claims CSV as one object per row, keyed by column. */
function claimRows(csv: string): Record<string, string>[] {
  const { header, rows } = csvObjects(csv);
  expect(header).toEqual([...CLAIM_COLUMNS]);
  return rows;
}

/** Finalizes whatever is unfinished, confirming the counts the preview shows. */
async function finalizeConfirmed(editor: CurrentUser, articleId: string) {
  const { pending, openAssignments } = await previewFinalize(editor, articleId);
  return finalizeArticle(editor, articleId, { confirmPending: pending, confirmOpenAssignments: openAssignments });
}

const claimsOf = (articleId: string) =>
  db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { ordinal: "asc" }, select: { id: true, number: true, claimant: true, status: true } });

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
    expect(article.summary.byStatus).toEqual({ PENDING: scenario.claims.length - 2, CORROBORATED: 1, DISPUTED: 1, UNVERIFIED: 0 });
    expect(article.summary).toMatchObject({ evidence: 2, removedEvidence: 1, statusChanges: 4 });
    expect(article.verification).toEqual({ ok: true, checked: 4, breaks: [] });
    const first = article.claims.find((claim: { id: string }) => claim.id === scenario.claims[0].id);
    expect(first.history.map((change: { toStatus: string }) => change.toStatus)).toEqual(["CORROBORATED", "PENDING", "CORROBORATED"]);
    expect(first.history[1].prevHash).toBe(first.history[0].hash);
    expect(first.evidence.find((source: { id: string }) => source.id === scenario.removedSourceId).removedAt).not.toBeNull();
    expect(first.auditEvents.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(["evidence.added", "evidence.removed", "verdict.set", "assignment.created"]),
    );
    expect(article.claims[0].start).toBe(scenario.claims[0].start);
    // Every claim carries its permanent number and claimant, as stored.
    const stored = await claimsOf(scenario.article.id);
    expect(article.claims.map(({ id, number, claimant, status }: { id: string; number: number; claimant: string | null; status: string }) => ({ id, number, claimant, status }))).toEqual(stored);
    expect(stored.map((claim) => claim.number)).toEqual(scenario.claims.map((_, index) => index + 1));
  });

  it("CSV: claims and history files, RFC 4180 records, with claim numbers and claimants", async () => {
    const claims = (await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "csv", kind: "claims", bom: false })).body)).toString();
    expect(claims).toMatch(/^article_id,article_title,claim_id,claim_number,claimant,statement,text,/);
    expect(claims.endsWith("\r\n")).toBe(true);
    const stored = await claimsOf(scenario.article.id);
    const rows = claimRows(claims);
    expect(rows.map((row) => [row.claim_id, row.claim_number, row.claimant, row.status])).toEqual(
      stored.map((claim) => [claim.id, String(claim.number), claim.claimant ?? "", claim.status]),
    );
    // Claims without a verdict are listed as not yet reviewed, with empty verdict columns.
    const pending = rows.filter((row) => row.status === "PENDING");
    expect(pending.map((row) => row.claim_id)).toEqual(scenario.claims.slice(2).map((claim) => claim.id));
    for (const row of pending) expect(row).toMatchObject({ status_label: "Not yet reviewed", verdict_at: "", verdict_by: "", rationale: "" });
    expect(rows[0]).toMatchObject({ status_label: "Corroborated", rationale: "Confirmed again by the revised figure." });

    const history = (await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "csv", kind: "history", bom: false })).body)).toString();
    const changes = csvObjects(history).rows;
    expect(changes).toHaveLength(4);
    expect(history).toContain("Reopened: the figure was revised later.");
    expect(changes.map((row) => [row.claim_id, row.claim_number, row.seq, row.from_status, row.to_status])).toEqual([
      [scenario.claims[0].id, "1", "1", "PENDING", "CORROBORATED"],
      [scenario.claims[0].id, "1", "2", "CORROBORATED", "PENDING"],
      [scenario.claims[0].id, "1", "3", "PENDING", "CORROBORATED"],
      [scenario.claims[1].id, "2", "1", "PENDING", "DISPUTED"],
    ]);
  });

  it("ClaimReview: one valid review per claim with a verdict, none for claims not yet reviewed; the claimant is the author", async () => {
    const reviews = JSON.parse((await bytes((await exportArticleReport(scenario.editor, scenario.article.id, { format: "claimreview" })).body)).toString());
    expect(validateClaimReview(reviews), JSON.stringify(validateClaimReview.errors)).toBe(true);
    expect(reviews.map((review: { claimReviewed: string }) => review.claimReviewed).sort()).toEqual([scenario.claims[0].text, scenario.claims[1].text].sort());
    const stored = await claimsOf(scenario.article.id);
    for (const review of reviews as { url: string; itemReviewed: { author?: unknown } }[]) {
      const claim = stored.find((entry) => review.url.endsWith(`/claims/${entry.id}`));
      expect(claim?.status).not.toBe("PENDING");
      // The extraction suggests a claimant for both verdict claims of the sample ("Officials", "the health ministry").
      expect(claim?.claimant).toBeTruthy();
      expect(review.itemReviewed.author).toEqual(claimantAuthor(claim?.claimant ?? ""));
    }
  });

  it("PDF: holds every claim by number, with its claimant, status and history", async () => {
    const flat = await pdfText((await exportArticleReport(scenario.editor, scenario.article.id, { format: "pdf" })).body);
    for (const claim of scenario.claims) expect(flat).toContain(claim.text.replace(/\s+/g, " ").slice(0, 25));
    expect(flat).toContain("Reopened: the figure was revised later.");
    expect(flat).toContain("Verified: 4 status changes, hash chain intact.");
    const total = scenario.claims.length;
    expect(flat).toContain(`Done (with a verdict): 2 of ${total} Not yet reviewed: ${total - 2} Corroborated: 1 Disputed: 1 Unverified: 0`);
    expect(flat).toContain("C1 — Corroborated");
    expect(flat).toContain("C2 — Disputed");
    expect(flat).toContain("C3 — Not yet reviewed");
    expect(flat).toContain("C4 — Not yet reviewed");
    expect(flat).toContain(`${scenario.editor.name}: Verdict taken back (was Corroborated)`);
    expect(flat).toContain("Alice Reviewer: Not yet reviewed → Corroborated");
    const stored = await claimsOf(scenario.article.id);
    for (const claim of stored) expect(flat).toContain(`Claimant: ${claim.claimant ?? "not recorded"}`);
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

describe("an Unverified verdict, claimants and permanent numbers", () => {
  it("Unverified is exported as a verdict (ClaimReview rating 2, the claimant as author); claims not yet reviewed are listed, never reviewed", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER", { name: "Una Reviewer" });
    const { article, claims } = await makeArticle(editor);
    const [first, second, third] = claims;
    const version = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

    await assignClaims(editor, { claimIds: [first.id], reviewerId: reviewer.id });
    await setClaimant(editor, first.id, { claimant: "Syrian Observatory for Human Rights", version: await version(first.id) });
    await setClaimant(editor, third.id, { claimant: "", version: await version(third.id) });
    const verdict = await setVerdict(reviewer, first.id, {
      status: "UNVERIFIED",
      rationale: "No source confirms or refutes the figure.",
      version: await version(first.id),
    });
    expect(verdict.claim.status).toBe("UNVERIFIED");
    // A verdict: the reviewer's assignment is done.
    expect(await db.assignment.findFirstOrThrow({ where: { claimId: first.id } })).toMatchObject({ state: "COMPLETED", closeReason: "VERDICT" });
    // Deleting C2 moves the reading order, never the numbers: the third claim stays C3.
    await deleteClaim(editor, second.id, { version: await version(second.id) });
    const stored = await claimsOf(article.id);
    expect(stored.map((claim) => claim.number)).toEqual([1, ...claims.slice(2).map((_, index) => index + 3)]);

    const reviews = JSON.parse((await bytes((await exportArticleReport(editor, article.id, { format: "claimreview" })).body)).toString());
    expect(validateClaimReview(reviews), JSON.stringify(validateClaimReview.errors)).toBe(true);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      claimReviewed: first.text,
      reviewRating: { ratingValue: 2, bestRating: 3, worstRating: 1, alternateName: "Unverified" },
      itemReviewed: { author: { "@type": "Organization", name: "Syrian Observatory for Human Rights" } },
    });

    const rows = claimRows((await bytes((await exportArticleReport(editor, article.id, { format: "csv", bom: false })).body)).toString());
    expect(rows.map((row) => row.claim_number)).toEqual(stored.map((claim) => String(claim.number)));
    expect(rows[0]).toMatchObject({
      claim_number: "1",
      claimant: "Syrian Observatory for Human Rights",
      status: "UNVERIFIED",
      status_label: "Unverified",
      verdict_by: "Una Reviewer",
      rationale: "No source confirms or refutes the figure.",
    });
    expect(rows[1]).toMatchObject({ claim_id: third.id, claim_number: "3", claimant: "", status: "PENDING", status_label: "Not yet reviewed", verdict_at: "" });

    const archive = JSON.parse((await bytes((await exportArticleReport(editor, article.id, { format: "json" })).body)).toString());
    expect(validateReport(archive), JSON.stringify(validateReport.errors)).toBe(true);
    // The archive keeps the deleted claim, with its number.
    const archived = archive.articles[0].claims as { id: string; number: number; claimant: string | null; status: string; deletedAt: string | null }[];
    expect(archived.find((claim) => claim.id === second.id)).toMatchObject({ number: 2, deletedAt: expect.any(String) });
    expect(archived.find((claim) => claim.id === first.id)).toMatchObject({ number: 1, claimant: "Syrian Observatory for Human Rights", status: "UNVERIFIED" });
    expect(archive.articles[0].summary.byStatus).toEqual({ PENDING: stored.length - 1, CORROBORATED: 0, DISPUTED: 0, UNVERIFIED: 1 });

    const flat = await pdfText((await exportArticleReport(editor, article.id, { format: "pdf" })).body);
    expect(flat).toContain("C1 — Unverified");
    expect(flat).toContain("Claimant: Syrian Observatory for Human Rights");
    expect(flat).toContain("Una Reviewer: Not yet reviewed → Unverified");
    expect(flat).toContain("C3 — Not yet reviewed");
    expect(flat).not.toContain("C2 —");
    expect(flat).toContain(`Done (with a verdict): 1 of ${stored.length} Not yet reviewed: ${stored.length - 1}`);
  });
});

describe("finalize and reopen", () => {
  it("locks verdicts until an editor reopens, and records both", async () => {
    const { editor, alice, article, claims } = await reviewedArticle();
    const reviewer = await makeUser("REVIEWER");
    await expect(finalizeArticle(reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Claims without a verdict and open assignments are left: the counts must be confirmed.
    await expect(finalizeArticle(editor, article.id)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const finalized = await finalizeConfirmed(editor, article.id);
    expect(finalized.finalizedAt).toBeInstanceOf(Date);
    expect(finalized.finalizedBy?.id).toBe(editor.id);
    await expect(finalizeConfirmed(editor, article.id)).rejects.toMatchObject({ code: "CONFLICT" });
    // Alice's finished assignment still lets her give a verdict again, but not while finalized.
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claims[0].id }, select: { version: true } });
    await expect(
      setVerdict(alice, claims[0].id, { status: "UNVERIFIED", rationale: "Trying while finalized, must fail.", version: claim.version }),
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
    await finalizeConfirmed(editor, finalized.article.id);
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
