// Issue 17's full cycle through the API: a verdict awaits sign-off; nobody approves their own;
// send-back reopens the reviewer's work; approval; publication (409 until every claim is approved
// or excluded); reopen and a new verdict on a published claim; its approval is a correction. The
// ClaimReview feed and the hash chain are checked at each step.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as publishRoute } from "@/app/api/v1/articles/[id]/publish/route";
import { POST as approveRoute } from "@/app/api/v1/claims/[id]/approve/route";
import { POST as sendBackRoute } from "@/app/api/v1/claims/[id]/send-back/route";
import { GET as feedRoute } from "@/app/api/v1/claimreview/route";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { verifyHistories } from "@/lib/history/data";
import { createRatingLabel } from "@/lib/rating-scale/mutations";
import { exportArticleReport } from "@/lib/reports/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { callRoute, expectApiError, expectFieldErrors } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateClaimReview = ajv.compile(JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8")));

type Review = {
  url: string;
  datePublished: string;
  dateModified?: string;
  reviewRating: { alternateName: string; ratingValue: number; bestRating: number };
};

const token = (user: CurrentUser) => createApiToken(user, { name: `signoff ${user.role}` }).then((made) => made.token);

async function verdict(
  actor: CurrentUser,
  claimId: string,
  status: "DISPUTED" | "UNVERIFIED",
  rationale: string,
  ratingLabelId?: string,
) {
  return setVerdict(actor, claimId, { status, rationale, ratingLabelId, version: await claimVersion(claimId) });
}

const approve = (claimId: string, bearer: string, json?: unknown) =>
  callRoute(approveRoute, {
    method: "POST",
    url: `/api/v1/claims/${claimId}/approve`,
    params: { id: claimId },
    token: bearer,
    json,
  });
const sendBack = (claimId: string, bearer: string, json: unknown) =>
  callRoute(sendBackRoute, {
    method: "POST",
    url: `/api/v1/claims/${claimId}/send-back`,
    params: { id: claimId },
    token: bearer,
    json,
  });
const publish = (articleId: string, bearer: string, json: unknown) =>
  callRoute(publishRoute, {
    method: "POST",
    url: `/api/v1/articles/${articleId}/publish`,
    params: { id: articleId },
    token: bearer,
    json,
  });

/** Every feed item of this article (walking all pages, two items a page). */
async function feedOf(bearer: string, publicUrl: string): Promise<Review[]> {
  const items: Review[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=2${cursor ? `&cursor=${cursor}` : ""}`;
    const answer = await callRoute(feedRoute, { method: "GET", url: `/api/v1/claimreview?${query}`, token: bearer });
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    const page = answer.body as { items: Review[]; next: string | null };
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  expect(validateClaimReview(items), JSON.stringify(validateClaimReview.errors)).toBe(true);
  return items.filter((item) => item.url.startsWith(`${publicUrl}#`));
}

describe("sign-off, publication and corrections (API)", () => {
  let setup: Awaited<ReturnType<typeof reviewSetup>>;
  let otherEditor: CurrentUser;
  let admin: CurrentUser;
  const tokens: Record<string, string> = {};
  const labels: Record<string, { id: string; name: string }> = {};
  const publicUrl = `https://factcheck.example.org/${Date.now()}/syria`;

  beforeAll(async () => {
    setup = await reviewSetup();
    otherEditor = await makeUser("EDITOR");
    admin = await makeUser("ADMIN");
    tokens.editor = await token(setup.editor);
    tokens.otherEditor = await token(otherEditor);
    tokens.admin = await token(admin);
    tokens.reviewer = await token(setup.reviewer);
    // The desk's own scale (lib/rating-scale): two labels the cycle's verdicts are given under.
    const tag = uniqueSuffix();
    labels.false = await createRatingLabel(admin, {
      name: `False ${tag}`,
      description: "Inaccurate.",
      color: "#b3261e",
      verdict: "DISPUTED",
      ratingValue: 1,
    });
    labels.unproven = await createRatingLabel(admin, {
      name: `Unproven ${tag}`,
      description: "Neither.",
      color: "#8a6d00",
      verdict: "UNVERIFIED",
      ratingValue: 3,
    });
  });

  it("runs the whole cycle", async () => {
    const { editor, reviewer, article, claims } = setup;
    const [first, second, third] = claims;
    const extra = claims.slice(3).map((claim) => claim.number);

    // A verdict awaits sign-off.
    await addSource(reviewer, first.id, "REFUTES");
    await verdict(reviewer, first.id, "DISPUTED", "The ministry's own figures contradict it.");
    expect(await db.claim.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "DISPUTED",
      signoff: "AWAITING",
    });
    // The editor who assigned the claim is asked to sign it off; nobody else, not its author.
    const asked = await db.notification.findMany({ where: { claimId: first.id, kind: "SIGNOFF_REQUESTED" } });
    expect(asked.map((row) => row.userId)).toEqual([editor.id]);

    // Nobody approves their own verdict, whatever their role; reviewers approve nothing.
    expectApiError(await approve(first.id, tokens.reviewer), 403, "FORBIDDEN");
    await verdict(editor, second.id, "UNVERIFIED", "No source either way after two days of calls.");
    await verdict(admin, third.id, "UNVERIFIED", "The airport's operator did not answer at all.");
    const own = expectApiError(await approve(second.id, tokens.editor), 403, "FORBIDDEN");
    expect(own.message).toMatch(/another editor must approve/);
    expectApiError(await approve(third.id, tokens.admin), 403, "FORBIDDEN");

    // Send back: a comment is required; the reviewer's assignment reopens and they are told.
    expectFieldErrors(await sendBack(first.id, tokens.editor, { comment: "   " }), ["comment"]);
    const sent = await sendBack(first.id, tokens.editor, {
      comment: "The second source is from 2019: check the date.",
    });
    expect(sent.status, sent.text).toBe(200);
    expect(await db.claim.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "PENDING",
      signoff: "NONE",
    });
    expect(await db.assignment.findFirstOrThrow({ where: { claimId: first.id } })).toMatchObject({ state: "OPEN" });
    expect(
      await db.notification.count({ where: { userId: reviewer.id, claimId: first.id, kind: "VERDICT_REOPENED" } }),
    ).toBe(1);
    expectApiError(await approve(first.id, tokens.editor), 409, "CONFLICT");

    // Verdict again, approved by an editor who did not set it.
    await verdict(reviewer, first.id, "DISPUTED", "The ministry's 2024 figures contradict it.", labels.false.id);
    const approved = await approve(first.id, tokens.editor, { version: await claimVersion(first.id) });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({
      claim: { signoff: "APPROVED" },
      statusChange: { kind: "APPROVED" },
      correction: null,
    });

    // Publishing: a bad URL is a 400; unapproved claims block it (409 lists them) unless excluded.
    expectFieldErrors(await publish(article.id, tokens.editor, { url: "ftp://nope" }), ["url"]);
    expect(await feedOf(tokens.reviewer, publicUrl)).toEqual([]);
    const blocked = await publish(article.id, tokens.editor, { url: publicUrl, exclude: extra });
    const refusal = expectApiError(blocked, 409, "CONFLICT") as unknown as { claims: { number: number }[] };
    expect(refusal.claims.map((claim) => claim.number).sort()).toEqual([second.number, third.number].sort());
    expect(await feedOf(tokens.reviewer, publicUrl)).toEqual([]);

    expect((await approve(second.id, tokens.otherEditor)).status).toBe(200);
    expect((await approve(third.id, tokens.editor)).status).toBe(200);
    const published = await publish(article.id, tokens.editor, { url: publicUrl, exclude: [...extra, third.number] });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toMatchObject({
      publication: { url: publicUrl, modifiedAt: null },
      published: [
        { id: first.id, url: `${publicUrl}#c${first.number}` },
        { id: second.id, url: `${publicUrl}#c${second.number}` },
      ],
    });
    let feed = await feedOf(tokens.reviewer, publicUrl);
    expect(feed.map((item) => item.url).sort()).toEqual(
      [`${publicUrl}#c${first.number}`, `${publicUrl}#c${second.number}`].sort(),
    );
    expect(feed.every((item) => item.dateModified === undefined)).toBe(true);

    // The article's ClaimReview export uses the public URLs.
    const exported = JSON.parse(
      await new Response((await exportArticleReport(editor, article.id, { format: "claimreview" })).body).text(),
    );
    expect(exported.map((item: Review) => item.url)).toContain(`${publicUrl}#c${first.number}`);

    // Reopen a published claim: the public copy stays as published until a new verdict is approved.
    await reopenClaim(editor, first.id, {
      reason: "The ministry published a corrected table.",
      version: await claimVersion(first.id),
    });
    await verdict(
      reviewer,
      first.id,
      "UNVERIFIED",
      "The corrected table no longer supports either reading.",
      labels.unproven.id,
    );
    feed = await feedOf(tokens.reviewer, publicUrl);
    expect(feed.find((item) => item.url.endsWith(`#c${first.number}`))?.reviewRating).toMatchObject({
      alternateName: labels.false.name,
      ratingValue: 1,
      bestRating: 5,
    });

    const corrected = await approve(first.id, tokens.otherEditor);
    expect(corrected.status, corrected.text).toBe(200);
    expect(corrected.body).toMatchObject({
      correction: {
        fromStatus: "DISPUTED",
        toStatus: "UNVERIFIED",
        reason: "The ministry published a corrected table.",
        approvedById: otherEditor.id,
      },
    });
    feed = await feedOf(tokens.reviewer, publicUrl);
    const item = feed.find((entry) => entry.url.endsWith(`#c${first.number}`))!;
    expect(item.reviewRating).toMatchObject({ alternateName: labels.unproven.name, ratingValue: 3, bestRating: 5 });
    expect(item.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Every report lists the correction; ClaimReview dates it.
    const text = async (format: string, extra: object = {}) =>
      new Response((await exportArticleReport(editor, article.id, { format, ...extra })).body).text();
    const archive = JSON.parse(await text("json"));
    expect(archive.articles[0].publication).toMatchObject({
      url: publicUrl,
      corrections: [
        {
          claimId: first.id,
          number: first.number,
          fromStatus: "DISPUTED",
          toStatus: "UNVERIFIED",
          approvedBy: { id: otherEditor.id },
        },
      ],
    });
    const csv = await text("csv", { kind: "claims", bom: false });
    const firstRow = csv.split("\r\n").find((line) => line.includes(first.id))!;
    expect(firstRow).toContain(`${publicUrl}#c${first.number}`);
    expect(firstRow).toMatch(/Disputed → Unverified, approved by/);
    const reviews = JSON.parse(await text("claimreview"));
    expect(reviews.find((entry: Review) => entry.url === `${publicUrl}#c${first.number}`)?.dateModified).toMatch(
      /^\d{4}-/,
    );

    // The chain records every step and verifies.
    const kinds = await db.statusChange.findMany({
      where: { claimId: first.id },
      orderBy: { seq: "asc" },
      select: { kind: true, toStatus: true },
    });
    expect(kinds.map((row) => row.kind)).toEqual([
      "VERDICT",
      "SENT_BACK",
      "VERDICT",
      "APPROVED",
      "PUBLISHED",
      "VERDICT",
      "VERDICT",
      "APPROVED",
      "CORRECTION",
    ]);
    expect(await verifyHistories({ articleId: article.id })).toMatchObject({ ok: true });
  });

  it("verify detects a sign-off row whose kind was rewritten", async () => {
    const { reviewer, article, claims } = await reviewSetup();
    const [claim] = claims;
    await verdict(reviewer, claim.id, "UNVERIFIED", "Nobody could confirm or deny it.");
    expect((await approve(claim.id, tokens.editor)).status).toBe(200);
    const row = await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id, kind: "APPROVED" } });
    expect(await verifyHistories({ articleId: article.id })).toMatchObject({ ok: true });
    // DDL is transactional: other sessions never see the trigger disabled.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" DISABLE TRIGGER "StatusChange_append_only"');
      await tx.$executeRaw`UPDATE "StatusChange" SET kind = 'VERDICT' WHERE id = ${row.id}`;
      await tx.$executeRawUnsafe('ALTER TABLE "StatusChange" ENABLE TRIGGER "StatusChange_append_only"');
    });
    const result = await verifyHistories({ articleId: article.id });
    expect(result.ok).toBe(false);
    expect(result.breaks).toEqual([expect.objectContaining({ claimId: claim.id, rowId: row.id, kind: "hash" })]);
  });
});
