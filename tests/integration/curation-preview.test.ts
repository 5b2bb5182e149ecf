// The texts a claim card's curation forms load when the editor opens one (the article page sends
// the cards only ids and versions): who may read them, and the answers for a claim that is gone,
// changed, or no longer next to the one it would merge with.
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import { deleteClaim, editClaimWording, mergeClaims } from "@/lib/claims/mutations";
import { GAP_CHARS } from "@/lib/claims/preview";
import { db } from "@/lib/db/client";
import { getCurationPreview } from "@/lib/review/curation-preview";
import { assignDirectly, makeUser, uniqueSuffix } from "./factories";
import { refusal } from "./refusal";

const SENTENCES = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Unemployment in Aleppo fell to 14% in March, the statistics office said.",
];

async function setup(between = "\n\n") {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const { article } = await importArticle(editor, {
    title: `Preview ${uniqueSuffix()}`,
    body: `${SENTENCES.join(between)}\n\nThe weather was mild in ${uniqueSuffix()}, residents recalled.`,
  });
  const claims = await db.claim.findMany({
    where: { articleId: article.id, deletedAt: null },
    orderBy: { ordinal: "asc" },
  });
  const body = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).body;
  return { editor, reviewer, article, claims, body };
}

describe("getCurationPreview", () => {
  it("gives an editor the claim's wording, quote and offset, and for a merge the next quote and the text between", async () => {
    const { editor, claims, body } = await setup();
    const [first, second] = claims;
    await editClaimWording(editor, first.id, { text: "Officials evacuated 1,200 people.", version: 1 });

    const alone = await getCurationPreview(editor, first.id, { version: 2 });
    expect(alone).toEqual({
      claim: {
        id: first.id,
        number: first.number,
        version: 2,
        statement: "Officials evacuated 1,200 people.",
        quote: first.text,
        start: first.start,
      },
      next: null,
    });
    expect(body.slice(alone.claim.start, alone.claim.start + alone.claim.quote.length)).toBe(alone.claim.quote);

    const merge = await getCurationPreview(editor, first.id, { version: 2, next: { id: second.id, version: 1 } });
    expect(merge.next).toEqual({
      id: second.id,
      number: second.number,
      version: 1,
      quote: second.text,
      gap: body.slice(first.end, second.start),
    });
  });

  it("shortens a long stretch between the two claims to its two ends", async () => {
    const filler = ` ${"Nothing else happened that day in the old town. ".repeat(12)}`;
    const { editor, claims, body } = await setup(`\n\n${filler}\n\n`);
    const [first, second] = claims;
    expect(second.start - first.end).toBeGreaterThan(GAP_CHARS);
    const { next } = await getCurationPreview(editor, first.id, { version: 1, next: { id: second.id, version: 1 } });
    const gap = body.slice(first.end, second.start);
    expect(next?.gap).toBe(`${gap.slice(0, GAP_CHARS / 2)} … ${gap.slice(gap.length - GAP_CHARS / 2)}`);
  });

  it("refuses reviewers, even one assigned to the claim, and admits admins", async () => {
    const { editor, reviewer, claims } = await setup();
    const [first] = claims;
    await assignDirectly(first.id, reviewer.id, editor.id);
    const refused = await refusal(getCurationPreview(reviewer, first.id, { version: 1 }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe("Only editors and admins can change an article's claims.");
    const admin = await makeUser("ADMIN");
    expect((await getCurationPreview(admin, first.id, { version: 1 })).claim.quote).toBe(first.text);
  });

  it("answers NOT_FOUND for a deleted or unknown claim, before any permission", async () => {
    const { editor, reviewer, claims } = await setup();
    const [first] = claims;
    await deleteClaim(editor, first.id, { version: 1 });
    for (const actor of [editor, reviewer]) {
      const gone = await refusal(getCurationPreview(actor, first.id, { version: 1 }));
      expect(gone.code).toBe("NOT_FOUND");
      expect(gone.message).toBe("The claim was not found.");
    }
    expect((await refusal(getCurationPreview(editor, "no-such-claim", { version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("answers CONFLICT when the claim or the next one changed since the page showed them", async () => {
    const { editor, claims } = await setup();
    const [first, second] = claims;
    await editClaimWording(editor, first.id, { text: "Reworded meanwhile.", version: 1 });
    const stale = await refusal(getCurationPreview(editor, first.id, { version: 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(`C${first.number} has changed since; reload the page.`);

    await editClaimWording(editor, second.id, { text: "The next one reworded too.", version: 1 });
    const next = await refusal(
      getCurationPreview(editor, first.id, { version: 2, next: { id: second.id, version: 1 } }),
    );
    expect(next.code).toBe("CONFLICT");
    expect(next.message).toBe(`C${second.number} has changed since; reload the page.`);
  });

  it("answers CONFLICT when the next claim is no longer next (merged away or deleted)", async () => {
    const { editor, claims } = await setup();
    const [first, second, third] = claims;
    await mergeClaims(editor, second.id, { version: 1, nextId: third.id, nextVersion: 1 });
    const merged = await refusal(
      getCurationPreview(editor, first.id, { version: 1, next: { id: third.id, version: 1 } }),
    );
    expect(merged.code).toBe("CONFLICT");
    expect(merged.message).toBe("These claims are no longer next to each other. Reload the page and try again.");
    // The claim after the merged one is now the next: a preview with it works.
    expect(
      (await getCurationPreview(editor, first.id, { version: 1, next: { id: second.id, version: 2 } })).next?.id,
    ).toBe(second.id);
  });

  it("refuses ids and versions that are not ones with VALIDATION_FAILED", async () => {
    const { editor, claims } = await setup();
    const [first, second] = claims;
    for (const bad of [undefined, "", "x".repeat(65), 7]) {
      expect((await refusal(getCurationPreview(editor, bad, { version: 1 }))).code).toBe("VALIDATION_FAILED");
    }
    for (const input of [
      {},
      { version: 0 },
      { version: "1" },
      { version: 1, next: { id: second.id } },
      { version: 1, next: { id: "", version: 1 } },
    ]) {
      expect((await refusal(getCurationPreview(editor, first.id, input))).code, JSON.stringify(input)).toBe(
        "VALIDATION_FAILED",
      );
    }
  });
});
