// The desk's rating scale end to end: admins define labels through the API (others may read, not
// write), a label in use is renamed or retired but not deleted and keeps its verdict, every change
// is audited; a reviewer's verdict takes a label through the API and the claim, its history row,
// CSV, JSON and ClaimReview show it; a verdict without a label is exactly what it was before.
// Labels are shared by every file running at once: this file names its own and counts only them.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { extractText, getDocumentProxy } from "unpdf";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getScale } from "@/app/api/v1/rating-scale/route";
import { POST as createLabel } from "@/app/api/v1/rating-scale/labels/route";
import { DELETE as deleteLabel, PATCH as updateLabel } from "@/app/api/v1/rating-scale/labels/[id]/route";
import { PUT as reorderLabels } from "@/app/api/v1/rating-scale/order/route";
import { POST as postVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { verifyClaimHistory, parseCitedEvidence } from "@/lib/history/chain";
import { claimsCarryingLabel } from "@/lib/rating-scale/data";
import { CLAIM_COLUMNS } from "@/lib/reports/csv";
import { exportArticleReport } from "@/lib/reports/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { reopenClaim } from "@/lib/verdicts/mutations";
import { csvObjects } from "../unit/reports/csv-reader";
import { callRoute, expectApiError, expectFieldErrors } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync("docs/report-schema.json", "utf8")));
const validateClaimReview = ajv.compile(JSON.parse(readFileSync("docs/claimreview.schema.json", "utf8")));

interface Label {
  id: string;
  name: string;
  verdict: string;
  ratingValue: number;
  position: number;
  retiredAt: string | null;
  claimsCarrying?: number;
}

let admin: CurrentUser;
const tokens: Record<"admin" | "editor" | "reviewer", string> = { admin: "", editor: "", reviewer: "" };
const created: string[] = [];

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  tokens.admin = (await createApiToken(admin, { name: "rating scale" })).token;
  tokens.editor = (await createApiToken(editor, { name: "rating scale" })).token;
  tokens.reviewer = (await createApiToken(reviewer, { name: "rating scale" })).token;
});

// Retired, this file's labels never show among other files' choices.
afterAll(async () => {
  await db.ratingLabel.updateMany({ where: { id: { in: created }, retiredAt: null }, data: { retiredAt: new Date() } });
});

async function addLabel(fields: { name?: string; verdict: string; ratingValue: number; color?: string }): Promise<Label> {
  const answer = await callRoute(createLabel, {
    method: "POST",
    url: "/api/v1/rating-scale/labels",
    token: tokens.admin,
    json: { description: `When the claim is ${fields.verdict.toLowerCase()}.`, color: "#b42318", ...fields, name: fields.name ?? `Label ${uniqueSuffix()}` },
  });
  expect(answer.status, answer.text).toBe(201);
  const label = (answer.body as { label: Label }).label;
  created.push(label.id);
  return label;
}

const patch = (id: string, json: unknown, token = tokens.admin) =>
  callRoute(updateLabel, { method: "PATCH", url: `/api/v1/rating-scale/labels/${id}`, params: { id }, token, json });
const remove = (id: string, token = tokens.admin) =>
  callRoute(deleteLabel, { method: "DELETE", url: `/api/v1/rating-scale/labels/${id}`, params: { id }, token });
const scale = async (token: string) => {
  const answer = await callRoute(getScale, { method: "GET", url: "/api/v1/rating-scale", token });
  expect(answer.status).toBe(200);
  return answer.body as { scale: { kind: string; worstRating: number; bestRating: number }; labels: Label[] };
};
const auditOf = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true, before: true, after: true } });

describe("admins define the scale; everyone signed in reads it", () => {
  it("adds, edits, reorders and retires labels, each change audited", async () => {
    const misleading = await addLabel({ name: `Misleading ${uniqueSuffix()}`, verdict: "DISPUTED", ratingValue: 2 });
    const mostlyTrue = await addLabel({ name: `Mostly true ${uniqueSuffix()}`, verdict: "CORROBORATED", ratingValue: 4, color: "#2E7D32" });
    expect(mostlyTrue.position).toBeGreaterThan(misleading.position);

    const renamed = await patch(misleading.id, { name: `${misleading.name} (context)`, ratingValue: 1 });
    expect(renamed.status, renamed.text).toBe(200);
    expect((renamed.body as { label: Label }).label).toMatchObject({ name: `${misleading.name} (context)`, ratingValue: 1 });

    // Swap the two: each takes the other's place; labels not named keep theirs.
    const reordered = await callRoute(reorderLabels, {
      method: "PUT",
      url: "/api/v1/rating-scale/order",
      token: tokens.admin,
      json: { ids: [mostlyTrue.id, misleading.id] },
    });
    expect(reordered.status, reordered.text).toBe(200);
    const afterSwap = await db.ratingLabel.findMany({ where: { id: { in: [misleading.id, mostlyTrue.id] } }, select: { id: true, position: true } });
    const at = Object.fromEntries(afterSwap.map((row) => [row.id, row.position]));
    expect(at[mostlyTrue.id]).toBe(misleading.position);
    expect(at[misleading.id]).toBe(mostlyTrue.position);

    const retired = await patch(mostlyTrue.id, { retired: true });
    expect((retired.body as { label: Label }).label.retiredAt).not.toBeNull();

    // A reviewer reads the scale, retired labels included, without the admins' usage counts.
    const read = await scale(tokens.reviewer);
    const mine = read.labels.filter((label) => [misleading.id, mostlyTrue.id].includes(label.id));
    expect(mine.map((label) => label.id)).toEqual([mostlyTrue.id, misleading.id]);
    expect(mine.every((label) => label.claimsCarrying === undefined)).toBe(true);
    expect(read.scale).toEqual({ kind: "desk", worstRating: 1, bestRating: 5 });
    expect((await scale(tokens.admin)).labels.find((label) => label.id === misleading.id)?.claimsCarrying).toBe(0);

    expect((await auditOf(misleading.id)).map((event) => event.action)).toEqual(["rating_label.created", "rating_label.updated"]);
    const events = await auditOf(mostlyTrue.id);
    expect(events.map((event) => event.action)).toEqual(["rating_label.created", "rating_label.updated"]);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { retired: false, claimsCarrying: 0 }, after: { retired: true } });
    const reorder = await db.auditEvent.findFirst({
      where: { action: "rating_scale.reordered", actorId: admin.id },
      select: { after: true },
      orderBy: { createdAt: "desc" },
    });
    expect(reorder?.after).toEqual({ ids: [mostlyTrue.id, misleading.id] });

    // Unused, a label can be deleted (audited too).
    const deleted = await remove(misleading.id);
    expect(deleted.status, deleted.text).toBe(200);
    expect(await db.ratingLabel.count({ where: { id: misleading.id } })).toBe(0);
    expect((await auditOf(misleading.id)).at(-1)?.action).toBe("rating_label.deleted");
  });

  it("refuses editors and reviewers every write (403), and bad input with field messages (400)", async () => {
    const label = await addLabel({ verdict: "UNVERIFIED", ratingValue: 3 });
    for (const token of [tokens.editor, tokens.reviewer]) {
      const add = await callRoute(createLabel, {
        method: "POST",
        url: "/api/v1/rating-scale/labels",
        token,
        json: { name: `Nope ${uniqueSuffix()}`, description: "x", color: "#000000", verdict: "DISPUTED", ratingValue: 1 },
      });
      expectApiError(add, 403, "FORBIDDEN");
      expectApiError(await patch(label.id, { name: "Renamed by someone" }, token), 403, "FORBIDDEN");
      expectApiError(await remove(label.id, token), 403, "FORBIDDEN");
    }
    const bad = await callRoute(createLabel, {
      method: "POST",
      url: "/api/v1/rating-scale/labels",
      token: tokens.admin,
      json: { name: "", description: "x", color: "red", verdict: "PENDING", ratingValue: 7 },
    });
    expectFieldErrors(bad, ["name", "color", "verdict", "ratingValue"]);
    // Names are unique whatever their case, retired labels included.
    const twin = await callRoute(createLabel, {
      method: "POST",
      url: "/api/v1/rating-scale/labels",
      token: tokens.admin,
      json: { name: ` ${label.name.toUpperCase()} `, description: "x", color: "#000000", verdict: "DISPUTED", ratingValue: 1 },
    });
    expectFieldErrors(twin, ["name"]);
    expect(await db.ratingLabel.count({ where: { name: label.name } })).toBe(1);
  });
});

describe("a verdict under the desk's scale", () => {
  it("takes a label through the API: the claim carries it, its history row names it, and the chain verifies", async () => {
    const falseLabel = await addLabel({ name: `False ${uniqueSuffix()}`, verdict: "DISPUTED", ratingValue: 1 });
    const trueLabel = await addLabel({ name: `True ${uniqueSuffix()}`, verdict: "CORROBORATED", ratingValue: 5 });
    const { reviewer, editor, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "REFUTES");
    const { token } = await createApiToken(reviewer, { name: "verdict" });
    const verdict = (json: Record<string, unknown>) =>
      callRoute(postVerdict, { method: "POST", url: `/api/v1/claims/${claim.id}/verdict`, params: { id: claim.id }, token, json });
    const rationale = "The ministry's own register refutes the figure.";

    // A label standing for another verdict, an unknown one: 400 naming ratingLabelId, nothing written.
    expectFieldErrors(await verdict({ status: "DISPUTED", rationale, ratingLabelId: trueLabel.id, version: await claimVersion(claim.id) }), ["ratingLabelId"]);
    expectFieldErrors(await verdict({ status: "DISPUTED", rationale, ratingLabelId: "no_such_label", version: await claimVersion(claim.id) }), ["ratingLabelId"]);
    expect(await db.statusChange.count({ where: { claimId: claim.id } })).toBe(0);

    const answer = await verdict({ status: "DISPUTED", rationale, ratingLabelId: falseLabel.id, version: await claimVersion(claim.id) });
    expect(answer.status, answer.text).toBe(200);
    expect((answer.body as { claim: { ratingLabel: unknown } }).claim.ratingLabel).toEqual({ id: falseLabel.id, name: falseLabel.name });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, ratingLabelId: true } });
    expect(stored).toEqual({ status: "DISPUTED", ratingLabelId: falseLabel.id });
    const rows = await db.statusChange.findMany({ where: { claimId: claim.id }, orderBy: { seq: "asc" } });
    expect(rows.map((row) => row.ratingLabel)).toEqual([falseLabel.name]);
    const check = verifyClaimHistory({
      claimId: claim.id,
      status: "DISPUTED",
      rows: rows.map((row) => ({ ...row, citedEvidence: parseCitedEvidence(row.citedEvidence) })),
    });
    expect(check.ok, JSON.stringify(check.breaks)).toBe(true);
    expect((await claimsCarryingLabel(falseLabel.id)).map((row) => row.id)).toEqual([claim.id]);

    // In use: renamed and retired, but it keeps its verdict and cannot be deleted (409, saying what to do).
    const conflict = expectApiError(await remove(falseLabel.id), 409, "CONFLICT");
    expect(conflict.message).toMatch(/on 1 claim\(s\) and cannot be deleted: rename or retire it instead/);
    expectApiError(await patch(falseLabel.id, { verdict: "UNVERIFIED" }), 409, "CONFLICT");
    const renamed = await patch(falseLabel.id, { name: `${falseLabel.name} (renamed)` });
    expect(renamed.status).toBe(200);
    const [event] = (await auditOf(falseLabel.id)).filter((row) => row.action === "rating_label.updated");
    expect(event).toMatchObject({ after: { name: `${falseLabel.name} (renamed)`, claimsCarrying: 1 } });
    // The history row keeps the name the verdict was given under.
    expect((await db.statusChange.findFirstOrThrow({ where: { claimId: claim.id } })).ratingLabel).toBe(falseLabel.name);

    // Retired: no new verdict may take it; the claim keeps it meanwhile.
    expect((await patch(falseLabel.id, { retired: true })).status).toBe(200);
    expectFieldErrors(await verdict({ status: "DISPUTED", rationale, ratingLabelId: falseLabel.id, version: await claimVersion(claim.id) }), ["ratingLabelId"]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).ratingLabelId).toBe(falseLabel.id);

    // Taken back, the claim carries no label; its history still names the old one.
    await reopenClaim(editor, claim.id, { reason: "The register was revised this morning.", version: await claimVersion(claim.id) });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).ratingLabelId).toBeNull();
    expect(await claimsCarryingLabel(falseLabel.id)).toEqual([]);
  });
});

describe("reports and ClaimReview", () => {
  it("show the label, and a verdict without one exactly as before (the default scale)", async () => {
    const misleading = await addLabel({ name: `Misleading ${uniqueSuffix()}`, verdict: "DISPUTED", ratingValue: 2 });
    const { reviewer, editor, article, claims } = await reviewSetup();
    const [labelled, plain] = claims;
    const { assignDirectly } = await import("./factories");
    await assignDirectly(plain!.id, reviewer.id, editor.id);
    const { setVerdict } = await import("@/lib/verdicts/mutations");
    for (const claim of [labelled!, plain!]) await addSource(reviewer, claim.id, "REFUTES");
    await setVerdict(reviewer, labelled!.id, {
      status: "DISPUTED",
      rationale: "True figure, wrong year: it misleads.",
      ratingLabelId: misleading.id,
      version: await claimVersion(labelled!.id),
    });
    await setVerdict(reviewer, plain!.id, { status: "DISPUTED", rationale: "The register refutes the figure.", version: await claimVersion(plain!.id) });
    // The default scale: no label on the claim nor on its history row (hashed as before sign-off's v2).
    expect((await db.claim.findUniqueOrThrow({ where: { id: plain!.id } })).ratingLabelId).toBeNull();
    expect((await db.statusChange.findFirstOrThrow({ where: { claimId: plain!.id } })).ratingLabel).toBeNull();

    const text = async (format: string, extra: Record<string, unknown> = {}) => {
      const file = await exportArticleReport(editor, article.id, { format, ...extra });
      return Buffer.from(await new Response(file.body).arrayBuffer()).toString("utf8");
    };

    const csv = csvObjects(await text("csv", { kind: "claims", bom: false }));
    expect(csv.header).toEqual([...CLAIM_COLUMNS]);
    // Appended after every column consumers already had.
    expect(CLAIM_COLUMNS.indexOf("rating_label")).toBeGreaterThan(CLAIM_COLUMNS.indexOf("anchor_revision"));
    const row = (id: string) => csv.rows.find((r) => r.claim_id === id)!;
    expect(row(labelled!.id)).toMatchObject({ status: "DISPUTED", rating_label: misleading.name });
    expect(row(plain!.id)).toMatchObject({ status: "DISPUTED", rating_label: "" });

    const json = JSON.parse(await text("json"));
    expect(validateReport(json), JSON.stringify(validateReport.errors)).toBe(true);
    const claimOf = (id: string) => json.articles[0].claims.find((c: { id: string }) => c.id === id);
    expect(claimOf(labelled!.id).ratingLabel).toMatchObject({ id: misleading.id, name: misleading.name, verdict: "DISPUTED", ratingValue: 2 });
    expect(claimOf(plain!.id).ratingLabel).toBeNull();

    const reviews = JSON.parse(await text("claimreview")) as { claimReviewed: string; reviewRating: unknown }[];
    expect(validateClaimReview(reviews), JSON.stringify(validateClaimReview.errors)).toBe(true);
    const statements = await db.claim.findMany({ where: { id: { in: [labelled!.id, plain!.id] } }, select: { id: true, statement: true } });
    const reviewOf = (id: string) => reviews.find((r) => r.claimReviewed === statements.find((s) => s.id === id)!.statement)!;
    expect(reviewOf(labelled!.id).reviewRating).toEqual({ "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: misleading.name });
    expect(reviewOf(plain!.id).reviewRating).toEqual({ "@type": "Rating", ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: "Disputed" });

    // The PDF prints the label beside the verdict it stands for.
    const pdf = await exportArticleReport(editor, article.id, { format: "pdf" });
    const document = await getDocumentProxy(new Uint8Array(await new Response(pdf.body).arrayBuffer()));
    const { text: printed } = await extractText(document, { mergePages: true });
    expect(printed.replace(/\s+/g, " ")).toContain(`Disputed (${misleading.name})`);
  }, 120_000);
});
