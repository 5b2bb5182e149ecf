// Statements and candidates below the line (issue 12) through the app's write code: what a
// reviewer reads is the statement, the anchor stays the article's own text, and the threshold
// never hides a sentence for good.
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/mutations";
import { addClaim } from "@/lib/claims/additions";
import { listCandidates, promoteCandidate } from "@/lib/claims/candidates";
import { mergeClaims, splitClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { makeUser, uniqueSuffix } from "./factories";

const live = (articleId: string) =>
  db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { ordinal: "asc" } });

async function importText(body: string) {
  const editor = await makeUser("EDITOR");
  const { article } = await importArticle(editor, {
    title: `Statements ${uniqueSuffix()}`,
    body: `${body}\n\nRef ${uniqueSuffix()}.`,
  });
  return { editor, article, body: (await db.article.findUniqueOrThrow({ where: { id: article.id } })).body };
}

describe("statements", () => {
  it("restores the subject of a split verb phrase at import, while the quote stays the article's text", async () => {
    const { article, body } = await importText(
      "The U.S.-backed Free Syrian Army has taken the town of al-Tanf and attacked regime-controlled Palmyra landmarks.",
    );
    const claims = await live(article.id);
    const attacked = claims.find((claim) => claim.text.startsWith("attacked"));
    expect(attacked?.statement).toMatch(
      /^The U\.S\.-backed Free Syrian Army attacked regime-controlled Palmyra landmarks/,
    );
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("derives the statement of a claim added from a selection, and of each part of a split", async () => {
    const { editor, article, body } = await importText(
      "Rebel forces captured the airport near Hama on Monday and attacked two army checkpoints on Tuesday.",
    );
    // Extraction splits the two verb phrases; merge them back, then split at the conjunction again.
    const [first, next] = await live(article.id);
    expect(next.text).toMatch(/^attacked/);
    await mergeClaims(editor, first.id, { version: first.version, nextId: next.id, nextVersion: next.version });
    const whole = await db.claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(whole.statement).toBe(body.slice(whole.start, whole.end));
    const at = body.indexOf("attacked");
    const { secondId } = await splitClaim(editor, whole.id, { at, version: whole.version });
    const second = await db.claim.findUniqueOrThrow({ where: { id: secondId } });
    expect(second.text).toMatch(/^attacked two army checkpoints/);
    expect(second.statement).toMatch(/^Rebel forces attacked two army checkpoints/);

    const ref = body.lastIndexOf("Ref ");
    const removed = await live(article.id);
    const refClaim = removed.find((claim) => claim.start >= ref);
    if (refClaim) await db.claim.update({ where: { id: refClaim.id }, data: { deletedAt: new Date() } });
    const { id } = await addClaim(editor, article.id, { start: ref, end: body.length, text: body.slice(ref) });
    const added = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(added.statement).toBe(body.slice(ref).trim());
  });
});

describe("candidates below the line", () => {
  it("lists what scored under the threshold, not what a claim covers, and promotes one with its score", async () => {
    const { editor, article } = await importText(
      [
        "The ministry said 1,200 people were evacuated from Homs on Tuesday.",
        "It was a cold morning in the city.",
        "Residents waited for news near the bus station.",
      ].join("\n\n"),
    );
    const claims = await live(article.id);
    const candidates = await listCandidates(editor, article.id);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(candidate.score).toBeLessThan(0.4);
      expect(claims.some((claim) => claim.start < candidate.end && candidate.start < claim.end)).toBe(false);
    }
    const [best] = candidates;
    const { id } = await promoteCandidate(editor, article.id, { start: best.start, end: best.end });
    const promoted = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(promoted).toMatchObject({
      start: best.start,
      end: best.end,
      score: best.score,
      reasons: best.reasons,
      statement: best.statement,
    });
    expect((await listCandidates(editor, article.id)).some((c) => c.start === best.start)).toBe(false);

    const again = await promoteCandidate(editor, article.id, { start: best.start, end: best.end }).catch(
      (error: unknown) => error,
    );
    expect(isAppError(again) && again.code).toBe("CONFLICT");
  });

  it("is for editors: a reviewer is refused", async () => {
    const { article } = await importText("The ministry said 1,200 people were evacuated from Homs on Tuesday.");
    const reviewer = await makeUser("REVIEWER");
    const refused = await listCandidates(reviewer, article.id).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("FORBIDDEN");
  });
});
