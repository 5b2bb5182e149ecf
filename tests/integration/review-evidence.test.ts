import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addComment, markMentionsRead } from "@/lib/comments/mutations";
import { listMentions, unreadMentionCount } from "@/lib/comments/data";
import { extractMentionTokens } from "@/lib/comments/mentions";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { getClaimForReview } from "@/lib/review/claim-page";
import { makeUser } from "./factories";
import { claimVersion, outcome, reviewSetup } from "./review-helpers";

describe("evidence", () => {
  it("normalises URLs, refuses the same URL twice on current sources, edits and removes keeping the record", async () => {
    const { reviewer, claim } = await reviewSetup();
    const add = async (url: string) =>
      addEvidence(reviewer, claim.id, {
        url,
        title: "Agency report",
        stance: "SUPPORTS",
        version: await claimVersion(claim.id),
      });
    const first = await add("HTTPS://Agency.Example:443/report?id=7#para-3");
    expect(first.evidence.url).toBe("https://agency.example/report?id=7");
    expect(first.evidence.accessedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const duplicate = await add("https://agency.example/report?id=7#other").catch((e: unknown) => e);
    expect(duplicate).toMatchObject({
      code: "CONFLICT",
      details: { fields: { url: [expect.stringContaining("already cited")] } },
    });
    expect(await outcome(() => add("javascript:alert(1)"))).toBe("VALIDATION_FAILED");

    const edited = await editEvidence(reviewer, first.evidence.id, {
      stance: "REFUTES",
      note: "Read again.",
      version: await claimVersion(claim.id),
    });
    expect(edited.evidence).toMatchObject({ stance: "REFUTES", note: "Read again.", title: "Agency report" });

    const removed = await removeEvidence(reviewer, first.evidence.id, { version: await claimVersion(claim.id) });
    expect(removed.evidence).toMatchObject({ removedById: reviewer.id });
    expect(removed.evidence.removedAt).toBeInstanceOf(Date);
    // Removed sources do not block the same URL again, and stay visible on the claim.
    await add("https://agency.example/report?id=7");
    const review = await getClaimForReview(reviewer, claim.id);
    expect(review.claim.evidence.map((e) => Boolean(e.removedAt))).toEqual([true, false]);

    const audit = await db.auditEvent.findMany({
      where: { entityId: first.evidence.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["evidence.added", "evidence.edited", "evidence.removed"]);
    expect(audit[1]).toMatchObject({ before: { stance: "SUPPORTS" }, after: { stance: "REFUTES" } });
  });
});

describe("comments and mentions", () => {
  it("extracts @email and @local-part mentions but not plain email addresses", () => {
    expect(extractMentionTokens("Ping @Reviewer2@claimledger.local and @editor. Mail x@y.org, (@admin)")).toEqual([
      "reviewer2@claimledger.local",
      "editor",
      "admin",
    ]);
  });

  it("notifies mentioned users (by email or unique local part), counts unread, and marks read", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const local = reviewer.email.split("@")[0];
    const body = `@${local} please check, and @${editor.email} (me) and @nobody-here.`;
    // An @name that matches nobody is a warning first: nothing is posted until the writer confirms.
    await expect(addComment(editor, claim.id, { body })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { unknownMentions: ["nobody-here"], fields: { body: [expect.stringMatching(/@nobody-here/)] } },
    });
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
    const comment = await addComment(editor, claim.id, { body, allowUnknownMentions: true });
    expect(comment.mentions.map((m) => m.userId)).toEqual([reviewer.id]);
    expect(await unreadMentionCount(reviewer)).toBe(1);
    const mentions = await listMentions(reviewer);
    expect(mentions[0].comment.claim.id).toBe(claim.id);
    await markMentionsRead(
      reviewer.id,
      mentions.map((m) => m.id),
    );
    expect(await unreadMentionCount(reviewer)).toBe(0);
    // Someone else cannot mark another user's mentions read.
    const again = await addComment(editor, claim.id, { body: `Again @${reviewer.email}` });
    const other = await makeUser("REVIEWER");
    const mentionId = (await db.mention.findFirstOrThrow({ where: { commentId: again.id } })).id;
    expect((await markMentionsRead(other.id, [mentionId])).count).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "comment.created", entityId: comment.id } })).toBe(1);
  });
});
