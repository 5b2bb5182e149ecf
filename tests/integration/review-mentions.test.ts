// Mentions reach only people who may read the claim, when made and again when read; the claim's
// payload names people without their email addresses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assignClaims, unassign } from "@/lib/assignments/mutations";
import { addComment, markMentionsRead } from "@/lib/comments/mutations";
import { listMentions, unreadMentionCount } from "@/lib/comments/data";
import { getClaimForReview } from "@/lib/review/claim-page";
import { makeUser } from "./factories";
import { outcome, reviewSetup } from "./review-helpers";

describe("who a mention reaches", () => {
  it("notifies readers of the claim and consults reviewers who could not read it", async () => {
    const { editor, reviewer, claim, claims } = await reviewSetup();
    const colleague = await makeUser("REVIEWER"); // assigned to another claim of the article
    await assignClaims(editor, { claimIds: [claims[1].id], reviewerId: colleague.id });
    const outsider = await makeUser("REVIEWER"); // no assignment on this article
    const cancelled = await makeUser("REVIEWER"); // had one, now cancelled
    const { assignments } = await assignClaims(editor, { claimIds: [claims[2].id], reviewerId: cancelled.id });
    await unassign(editor, assignments[0].id);
    const otherEditor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");

    const comment = await addComment(reviewer, claim.id, {
      body: [outsider, cancelled, colleague, otherEditor, admin].map((user) => `@${user.email}`).join(" "),
    });
    // Everyone is reached; the two reviewers who could not read the claim are now consulted on it.
    expect(comment.mentions.map((m) => m.userId).sort()).toEqual(
      [outsider.id, cancelled.id, colleague.id, otherEditor.id, admin.id].sort(),
    );
    expect(comment.consultedUserIds.sort()).toEqual([outsider.id, cancelled.id].sort());
    for (const user of [outsider, cancelled]) {
      expect(await unreadMentionCount(user)).toBe(1);
      expect((await getClaimForReview(user, claim.id)).consulted).toBe(true);
    }
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "comment.created", entityId: comment.id } });
    expect((audit.after as { mentionedUserIds: string[] }).mentionedUserIds.sort()).toEqual(
      [outsider.id, cancelled.id, colleague.id, otherEditor.id, admin.id].sort(),
    );
    expect(await db.auditEvent.count({ where: { action: "consultation.started", after: { path: ["claimId"], equals: claim.id } } })).toBe(2);
  });

  it("filters again when read: a cancelled assignment or a deleted claim hides the mention; editors keep theirs", async () => {
    const { editor, reviewer, claim, claims } = await reviewSetup();
    const otherEditor = await makeUser("EDITOR");
    const comment = await addComment(editor, claim.id, { body: `@${reviewer.email} and @${otherEditor.email}, look.` });
    expect(comment.mentions).toHaveLength(2);
    expect(await unreadMentionCount(reviewer)).toBe(1);
    expect((await listMentions(reviewer)).map((m) => m.comment.claim.id)).toEqual([claim.id]);

    // The reviewer's only assignment on the article is cancelled: the mention is no longer theirs to read.
    const open = await db.assignment.findFirstOrThrow({ where: { claimId: claim.id, reviewerId: reviewer.id } });
    await unassign(editor, open.id);
    expect(await unreadMentionCount(reviewer)).toBe(0);
    expect(await listMentions(reviewer)).toEqual([]);
    // Editors read every claim, so theirs stays.
    expect(await unreadMentionCount(otherEditor)).toBe(1);

    // Assigned again, on another claim of the same article: readable again (the article rule).
    await assignClaims(editor, { claimIds: [claims[1].id], reviewerId: reviewer.id });
    expect(await unreadMentionCount(reviewer)).toBe(1);

    // A deleted claim hides the mention from everyone (its page no longer opens).
    await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    expect(await unreadMentionCount(reviewer)).toBe(0);
    expect(await listMentions(otherEditor)).toEqual([]);
  });

  it("marks only the caller's mentions read and refuses malformed ids", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const comment = await addComment(editor, claim.id, { body: `@${reviewer.email} please check.` });
    const mentionId = (await db.mention.findFirstOrThrow({ where: { commentId: comment.id } })).id;
    const other = await makeUser("REVIEWER");
    expect((await markMentionsRead(other.id, [mentionId])).count).toBe(0);
    expect(await outcome(() => markMentionsRead(reviewer.id, [undefined]))).toBe("VALIDATION_FAILED");
    expect(await outcome(() => markMentionsRead(reviewer.id, 42))).toBe("VALIDATION_FAILED");
    expect(await unreadMentionCount(reviewer)).toBe(1);
    expect((await markMentionsRead(reviewer.id, [mentionId])).count).toBe(1);
    expect(await unreadMentionCount(reviewer)).toBe(0);
  });
});

describe("people on the claim page", () => {
  it("appear by name, never by email, for every reader", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const colleague = await makeUser("REVIEWER");
    // By local part, so the only email addresses the payload could hold are the users' own.
    const local = (user: { email: string }) => user.email.split("@")[0];
    await addComment(editor, claim.id, { body: `@${local(reviewer)} what do you think?` });
    await addComment(reviewer, claim.id, { body: `@${local(editor)} checking now.` });
    for (const reader of [reviewer, editor]) {
      const review = await getClaimForReview(reader, claim.id);
      const payload = JSON.stringify(review);
      expect(payload).toContain(reviewer.name);
      for (const user of [editor, reviewer, colleague]) expect(payload).not.toContain(user.email);
      expect(review.claim.comments[0].mentions[0].user).toEqual({ name: reviewer.name });
      expect(review.assignment?.reviewer).toEqual({ id: reviewer.id, name: reviewer.name, active: true });
    }
  });
});
