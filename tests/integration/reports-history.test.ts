// Finalize/reopen in every view of the history, range exports recorded at range level, and
// report verification that sees deleted history rows.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { finalizeArticle, previewFinalize, reopenArticle } from "@/lib/articles/finalize";
import { db } from "@/lib/db/client";
import { HISTORY_COLUMNS } from "@/lib/reports/csv";
import { exportArticleReport, exportRangeReport, rangeEntityId } from "@/lib/reports/mutations";
import { getClaimForReview } from "@/lib/review/claim-page";
import { makeUser } from "./factories";
import { reviewedArticle } from "./reports-fixtures";
import { text } from "./report-text";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));

async function pdfText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const { text: pages } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return pages.replace(/\s+/g, " ");
}

describe("finalize and reopen in the history", () => {
  it("appear in the CSV history, the PDF cover, the JSON archive and the claim page, with actor and time", async () => {
    const { editor, article, claims } = await reviewedArticle();
    const admin = await makeUser("ADMIN", { name: "Ada Admin" });
    // Claims without a verdict and open assignments are left: confirm what the preview counts.
    const finalize = async () => {
      const { pending, openAssignments } = await previewFinalize(editor, article.id);
      await finalizeArticle(editor, article.id, { confirmPending: pending, confirmOpenAssignments: openAssignments });
    };
    await finalize();
    await reopenArticle(admin, article.id);
    await finalize();
    const events = await db.auditEvent.findMany({
      where: { entityType: "Article", entityId: article.id, action: { in: ["article.finalized", "article.reopened"] } },
      orderBy: { createdAt: "asc" },
    });
    const expected = events.map((event) => ({
      action: event.action,
      at: event.createdAt.toISOString(),
      actorId: event.actorId,
    }));
    expect(expected.map((event) => event.action)).toEqual([
      "article.finalized",
      "article.reopened",
      "article.finalized",
    ]);

    // CSV: one row each, before the status changes, claim columns empty.
    const csv = await text((await exportArticleReport(editor, article.id, { format: "csv", kind: "history", bom: false })).body);
    const [header, ...lines] = csv.trimEnd().split("\r\n");
    expect(header.split(",")).toEqual([...HISTORY_COLUMNS]);
    const reviewRows = lines
      .slice(0, 3)
      .map((line) => Object.fromEntries(line.split(",").map((cell, i) => [HISTORY_COLUMNS[i], cell])));
    expect(reviewRows).toEqual(
      expected.map((event) => ({
        ...Object.fromEntries(HISTORY_COLUMNS.map((name) => [name, ""])),
        article_id: article.id,
        created_at: event.at,
        actor_name: event.actorId === admin.id ? "Ada Admin" : editor.name,
        actor_email: event.actorId === admin.id ? admin.email : editor.email,
        event: event.action,
      })),
    );
    expect(lines.slice(3)).toHaveLength(4);
    expect(lines.slice(3).every((line) => line.endsWith(",status_change"))).toBe(true);

    // PDF cover: a "Review state history" list.
    const pdf = await pdfText((await exportArticleReport(editor, article.id, { format: "pdf" })).body);
    const stamp = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
    expect(pdf).toContain(
      `Review state history • ${stamp(expected[0].at)} Article finalized by ${editor.name} • ${stamp(expected[1].at)} Article reopened by Ada Admin • ${stamp(expected[2].at)} Article finalized by ${editor.name}`,
    );

    // JSON archive: the article's audit events hold both, with actors.
    const archive = JSON.parse(await text((await exportArticleReport(editor, article.id, { format: "json" })).body));
    expect(validateReport(archive), JSON.stringify(validateReport.errors)).toBe(true);
    const archived = archive.articles[0].auditEvents as { action: string; createdAt: string; actor: { id: string } }[];
    expect(
      archived
        .filter((event) => event.action !== "article.exported" && event.action !== "article.imported")
        .map((event) => ({ action: event.action, at: event.createdAt, actorId: event.actor.id })),
    ).toEqual(expected);

    // Claim page: the timeline's data.
    const review = await getClaimForReview(editor, claims[0].id);
    expect(
      review.reviewState.map((event) => ({
        action: event.action,
        at: event.createdAt.toISOString(),
        by: event.actor?.name,
      })),
    ).toEqual(
      expected.map((event) => ({
        action: event.action,
        at: event.at,
        by: event.actorId === admin.id ? "Ada Admin" : editor.name,
      })),
    );
  });
});

describe("range exports are recorded at range level", () => {
  it("writes one report.exported event even when no article matches", async () => {
    const editor = await makeUser("EDITOR");
    const from = "2001-06-10";
    const to = "2001-06-11";
    const file = await exportRangeReport(editor, { from, to, format: "csv", kind: "history", bom: false });
    expect((await text(file.body)).trimEnd().split("\r\n")).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { actorId: editor.id } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "report.exported",
        entityType: "Report",
        entityId: rangeEntityId(from, to),
        after: { format: "csv", kind: "history", scope: "range", from, to, articles: 0 },
      }),
    ]);
  });

  it("writes it beside the per-article events when articles match", async () => {
    const { editor, article } = await reviewedArticle();
    const today = new Date().toISOString().slice(0, 10);
    await text((await exportRangeReport(editor, { from: today, to: today, format: "csv" })).body);
    const events = await db.auditEvent.findMany({
      where: { actorId: editor.id, action: { in: ["report.exported", "article.exported"] } },
    });
    const range = events.filter((event) => event.action === "report.exported");
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({
      entityType: "Report",
      entityId: `${today}..${today}`,
      after: { format: "csv", kind: "claims", scope: "range", from: today, to: today },
    });
    const articles = events.filter((event) => event.action === "article.exported");
    expect(articles.map((event) => event.entityId)).toContain(article.id);
    expect((range[0].after as { articles: number }).articles).toBe(articles.length);
  });
});

describe("report verification sees deleted history rows", () => {
  it("the PDF cover and the JSON archive fail when the last status change is deleted", async () => {
    const { editor, article, claims } = await reviewedArticle();
    const last = await db.statusChange.findFirstOrThrow({ where: { claimId: claims[0].id }, orderBy: { seq: "desc" } });
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" DISABLE TRIGGER "StatusChange_append_only"');
      try {
        await tx.$executeRaw`DELETE FROM "StatusChange" WHERE id = ${last.id}`;
      } finally {
        await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" ENABLE TRIGGER "StatusChange_append_only"');
      }
    });
    const archive = JSON.parse(await text((await exportArticleReport(editor, article.id, { format: "json" })).body));
    expect(validateReport(archive), JSON.stringify(validateReport.errors)).toBe(true);
    const kinds = (archive.articles[0].verification.breaks as { kind: string }[]).map((entry) => entry.kind);
    // The remaining chain ends at PENDING (row 2, the verdict taken back) while the claim is CORROBORATED; the audit log names row 3.
    expect(kinds).toEqual(["head", "missing-row"]);
    const claim = archive.articles[0].claims.find((entry: { id: string }) => entry.id === claims[0].id);
    expect(claim.verification.ok).toBe(false);
    const pdf = await pdfText((await exportArticleReport(editor, article.id, { format: "pdf" })).body);
    expect(pdf).toContain("FAILED: the history is broken at #2 (head), #3 (missing-row).");
  });
});
