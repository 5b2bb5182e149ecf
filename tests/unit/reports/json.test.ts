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
    expect(report).toMatchObject({ schemaVersion: 1, generatedAt: "2024-12-11T09:30:00.000Z", generatedBy: { name: "Eddie Editor" } });
    const [article] = report.articles;
    expect(article.body).toBe("Body text.");
    expect(article.claims.map((claim: { id: string }) => claim.id)).toEqual(claims.map((claim) => claim.id));
    expect(article.claims[0].evidence.map((source: { removedAt: string | null }) => source.removedAt)).toEqual([null, "2024-12-08T09:30:00.000Z"]);
    expect(article.claims[0].history.map((change: { hash: string }) => change.hash)).toEqual(claims[0].history.map((change) => change.hash));
    expect(article.auditEvents[0].action).toBe("article.finalized");
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
