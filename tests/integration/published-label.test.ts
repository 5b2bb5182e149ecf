// A verdict published under a desk label: the feed, the public page and the ClaimReview export
// all rate it on the desk's scale (1..5) from the public copy's snapshot. Renaming or re-rating
// the label afterwards is a correction of the published claim (approved by the admin, in the hash
// chain, dated in ClaimReview); retiring it or changing its description changes nothing published.
// Labels are shared by every file running at once: this file names its own and retires them.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/v1/claimreview/route";
import { PATCH as updateLabel } from "@/app/api/v1/rating-scale/labels/[id]/route";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { verifyHistories } from "@/lib/history/data";
import { publicFactCheck } from "@/lib/publishing/data";
import { publishArticle } from "@/lib/publishing/mutations";
import { createRatingLabel } from "@/lib/rating-scale/mutations";
import { exportArticleReport } from "@/lib/reports/mutations";
import { approveClaim } from "@/lib/signoff/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { setVerdict } from "@/lib/verdicts/mutations";
import { callRoute } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateClaimReview = ajv.compile(JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8")));

type Rating = { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
type Review = { url: string; dateModified?: string; reviewRating: Rating };

let admin: CurrentUser;
let adminToken: string;
const created: string[] = [];

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  adminToken = (await createApiToken(admin, { name: "published label" })).token;
});

afterAll(async () => {
  await db.ratingLabel.updateMany({ where: { id: { in: created }, retiredAt: null }, data: { retiredAt: new Date() } });
});

/** The feed's items for this publication, all pages read and each page validated against the schema. */
async function feedItems(publicUrl: string): Promise<Review[]> {
  const items: Review[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=50${cursor ? `&cursor=${cursor}` : ""}`;
    const answer = await callRoute(feedRoute, { method: "GET", url: `/api/v1/claimreview?${query}`, token: adminToken });
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    const page = answer.body as { items: Review[]; next: string | null };
    expect(validateClaimReview(page.items), JSON.stringify(validateClaimReview.errors)).toBe(true);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items.filter((item) => item.url.startsWith(`${publicUrl}#`));
}

const patch = (id: string, json: unknown) =>
  callRoute(updateLabel, { method: "PATCH", url: `/api/v1/rating-scale/labels/${id}`, params: { id }, token: adminToken, json });

describe("a claim published under a desk label", () => {
  it("is rated on the desk's scale everywhere, and a rename or re-rating of its label is a correction", async () => {
    const label = await createRatingLabel(admin, {
      name: `Misleading ${uniqueSuffix()}`,
      description: "True figures, framed to mislead.",
      color: "#b54708",
      verdict: "DISPUTED",
      ratingValue: 2,
    });
    created.push(label.id);
    const { editor, reviewer, article, claims, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "REFUTES");
    await setVerdict(reviewer, claim.id, {
      status: "DISPUTED",
      rationale: "The figures are right but compare two different years.",
      ratingLabelId: label.id,
      version: await claimVersion(claim.id),
    });
    const otherEditor = await makeUser("EDITOR");
    await approveClaim(otherEditor, claim.id, {});
    const publicUrl = `https://factcheck.example.org/${uniqueSuffix()}/budget`;
    const others = claims.filter((other) => other.id !== claim.id).map((other) => other.number);
    await publishArticle(editor, article.id, { url: publicUrl, exclude: others });

    const desk = (value: number, name: string): Rating => ({ ratingValue: value, bestRating: 5, worstRating: 1, alternateName: name });
    expect(await db.publishedClaim.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({ ratingLabel: label.name, ratingValue: 2 });
    let [item] = await feedItems(publicUrl);
    expect(item.reviewRating).toMatchObject(desk(2, label.name));
    expect(item.dateModified).toBeUndefined();
    const page = await publicFactCheck(article.id);
    expect(page!.claimReviews.map((review) => review.reviewRating)).toEqual([{ "@type": "Rating", ...desk(2, label.name) }]);
    const exported = async () =>
      JSON.parse(await new Response((await exportArticleReport(editor, article.id, { format: "claimreview" })).body).text()) as Review[];
    expect((await exported()).find((review) => review.url === `${publicUrl}#c${claim.number}`)?.reviewRating).toMatchObject(desk(2, label.name));

    // A new description or colour changes nothing the public sees: no correction.
    expect((await patch(label.id, { description: "Accurate figures in a misleading frame.", color: "#93370d" })).status).toBe(200);
    expect(await db.correction.count({ where: { claimId: claim.id } })).toBe(0);

    // Rename and re-rate in one change: one correction, approved by the admin, in the chain.
    const renamed = `Missing context ${uniqueSuffix()}`;
    const answer = await patch(label.id, { name: renamed, ratingValue: 3 });
    expect(answer.status, answer.text).toBe(200);
    const corrections = await db.correction.findMany({ where: { claimId: claim.id } });
    expect(corrections).toEqual([
      expect.objectContaining({
        fromStatus: "DISPUTED",
        toStatus: "DISPUTED",
        fromRatingLabel: label.name,
        toRatingLabel: renamed,
        reason: `Rating label renamed from "${label.name}" to "${renamed}" and re-rated from 2 to 3 on the desk's scale (1 worst, 5 best).`,
        approvedById: admin.id,
      }),
    ]);
    const chain = await db.statusChange.findMany({ where: { claimId: claim.id }, orderBy: { seq: "asc" } });
    expect(chain.map((row) => row.kind)).toEqual(["VERDICT", "APPROVED", "PUBLISHED", "CORRECTION"]);
    expect(chain.at(-1)).toMatchObject({ id: corrections[0].statusChangeId, ratingLabel: renamed, actorId: admin.id });
    expect(await verifyHistories({ articleId: article.id })).toMatchObject({ ok: true });
    const copy = await db.publishedClaim.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(copy).toMatchObject({ ratingLabel: renamed, ratingValue: 3, modifiedAt: corrections[0].createdAt });
    expect((await db.articlePublication.findUniqueOrThrow({ where: { articleId: article.id } })).modifiedAt).toEqual(corrections[0].createdAt);
    expect(await db.auditEvent.count({ where: { action: "claim.corrected", entityId: claim.id, actorId: admin.id } })).toBe(1);

    // The feed, the public page and the reports agree on the corrected rating and date it.
    [item] = await feedItems(publicUrl);
    expect(item.reviewRating).toMatchObject(desk(3, renamed));
    expect(item.dateModified).toBe(corrections[0].createdAt.toISOString().slice(0, 10));
    const corrected = await publicFactCheck(article.id);
    expect(corrected!.claimReviews[0].reviewRating).toMatchObject(desk(3, renamed));
    expect(corrected!.corrections).toEqual([expect.objectContaining({ fromRatingLabel: label.name, toRatingLabel: renamed, number: claim.number })]);
    const report = (await exported()).find((review) => review.url === `${publicUrl}#c${claim.number}`)!;
    expect(report.reviewRating).toMatchObject(desk(3, renamed));
    expect(report.dateModified).toBe(item.dateModified);
    const pdf = await exportArticleReport(editor, article.id, { format: "pdf" });
    const document = await getDocumentProxy(new Uint8Array(await new Response(pdf.body).arrayBuffer()));
    const pdfText = (await extractText(document, { mergePages: true })).text.replace(/\s+/g, " ");
    expect(pdfText).toContain(`Corrections (1)`);
    expect(pdfText).toContain(`label “${label.name}” → “${renamed}”, approved by ${admin.name}`);

    // Retiring the label, or bringing it back, changes nothing published.
    expect((await patch(label.id, { retired: true })).status).toBe(200);
    expect((await patch(label.id, { retired: false })).status).toBe(200);
    expect(await db.correction.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.publishedClaim.findUniqueOrThrow({ where: { claimId: claim.id } })).toEqual(copy);
  });
});
