import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJson } from "@/lib/reports/json";
import { claims, collect, context, fixtureSources } from "./fixtures";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
export const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));

describe("JSON archive", () => {
  it("streams a document that validates against docs/report-schema.json and holds everything", async () => {
    const text = await collect(renderJson(context, fixtureSources()));
    const report = JSON.parse(text);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report).toMatchObject({ schemaVersion: 3, generatedAt: "2024-12-11T09:30:00.000Z", generatedBy: { name: "Eddie Editor" } });
    const [article] = report.articles;
    expect(article.body).toBe("Body text.");
    expect(article.claims.map((claim: { id: string }) => claim.id)).toEqual(claims.map((claim) => claim.id));
    expect(article.claims[0].evidence.map((source: { removedAt: string | null }) => source.removedAt)).toEqual([null, "2024-12-08T09:30:00.000Z"]);
    expect(article.claims[0].history.map((change: { hash: string }) => change.hash)).toEqual(claims[0].history.map((change) => change.hash));
    expect(article.auditEvents[0].action).toBe("article.finalized");
    // Every claim carries its permanent number and claimant; every status, PENDING included.
    expect(article.claims.map((claim: { number: number; claimant: string | null; status: string }) => [claim.number, claim.claimant, claim.status])).toEqual([
      [1, "The health ministry", "CORROBORATED"],
      [2, "=Abu Mohammed, a local commander", "DISPUTED"],
      [4, null, "PENDING"],
      [5, "Sana Haddad", "UNVERIFIED"],
    ]);
    expect(article.summary.byStatus).toEqual({ PENDING: 1, CORROBORATED: 1, DISPUTED: 1, UNVERIFIED: 1 });
    // History values as stored (the hash covers them): an old chain's first row keeps UNVERIFIED.
    expect(article.claims[1].history[0].fromStatus).toBe("UNVERIFIED");
  });

  it("the schema refuses a claim without its number or claimant, or a status it does not know", async () => {
    const report = JSON.parse(await collect(renderJson(context, fixtureSources())));
    const variants = [
      (claim: Record<string, unknown>) => delete claim.number,
      (claim: Record<string, unknown>) => delete claim.claimant,
      (claim: Record<string, unknown>) => (claim.status = "OPEN"),
    ];
    for (const change of variants) {
      const copy = structuredClone(report);
      change(copy.articles[0].claims[0]);
      expect(validateReport(copy)).toBe(false);
    }
  });

  it("the schema refuses an archive missing a claim's history", async () => {
    const report = JSON.parse(await collect(renderJson(context, fixtureSources())));
    delete report.articles[0].claims[0].history;
    expect(validateReport(report)).toBe(false);
  });

  it("is valid with no articles (an empty date range)", async () => {
    const empty = JSON.parse(await collect(renderJson({ ...context, scope: { type: "range", from: "2024-01-01", to: "2024-01-31", criterion: "x" } }, (async function* () {})())));
    expect(validateReport(empty), JSON.stringify(validateReport.errors)).toBe(true);
    expect(empty.articles).toEqual([]);
  });
});
