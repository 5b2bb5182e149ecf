import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence } from "@/lib/evidence/mutations";
import { claimVersion, reviewSetup } from "./review-helpers";

const WRITERS = 50;

describe("many writers on one claim", () => {
  it(`${WRITERS} concurrent evidence writers retrying on CONFLICT lose nothing and apply nothing twice`, async () => {
    const { reviewer, claim } = await reviewSetup();
    const start = await claimVersion(claim.id);
    let conflicts = 0;
    const writer = async (index: number) => {
      for (;;) {
        try {
          return await addEvidence(reviewer, claim.id, {
            url: `https://wire.example/item/${index}`,
            title: `Item ${index}`,
            stance: "CONTEXT",
            version: await claimVersion(claim.id),
          });
        } catch (error) {
          if (!isAppError(error) || error.code !== "CONFLICT") throw error;
          conflicts += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        }
      }
    };
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
    const evidence = await db.evidence.findMany({ where: { claimId: claim.id }, select: { url: true } });
    expect(evidence.map((e) => e.url).sort()).toEqual(
      Array.from({ length: WRITERS }, (_, i) => `https://wire.example/item/${i}`).sort(),
    );
    // Every accepted write took its own version: versions are exactly start+1 … start+50.
    expect(results.map((r) => r.claim.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: WRITERS }, (_, i) => start + i + 1),
    );
    expect(await claimVersion(claim.id)).toBe(start + WRITERS);
    expect(conflicts).toBeGreaterThan(0);
    expect(
      await db.auditEvent.count({
        where: { action: "evidence.added", entityId: { in: results.map((r) => r.evidence.id) } },
      }),
    ).toBe(WRITERS);
  });

  it(`${WRITERS} concurrent comments are all kept`, async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        addComment(index % 2 ? editor : reviewer, claim.id, { body: `Comment number ${index}` }),
      ),
    );
    const comments = await db.comment.findMany({ where: { claimId: claim.id }, select: { body: true } });
    expect(new Set(comments.map((c) => c.body)).size).toBe(WRITERS);
  });
});
