import { describe, expect, it } from "vitest";
import { describeAuditEvent, type DescribeContext } from "@/lib/audit/describe";
import { AUDIT_ACTIONS, readAuditEvent, type AuditAction } from "@/lib/audit/events";

const context: DescribeContext = {
  claimNumbers: new Map([
    ["claim-4", 4],
    ["claim-7", 7],
  ]),
  userNames: new Map([
    ["rita", "Rita Reviewer"],
    ["dana", "Dana Desk"],
  ]),
};

interface Row {
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// Due by the end of 15 January 2030 in UTC (a day entered by someone whose zone is UTC).
const view = { claimId: "claim-4", reviewerId: "rita", dueAt: "2030-01-15T23:59:59.999Z", note: null };

/** One stored row per action (a Record, so a new action fails to compile until it is covered). */
const CASES: Record<AuditAction, { row: Row; expected: string }> = {
  "user.created": {
    row: {
      entityType: "User",
      entityId: "rita",
      after: { email: "rita@example.org", name: "Rita Reviewer", role: "REVIEWER" },
    },
    expected: "Created the account of Rita Reviewer (reviewer)",
  },
  "user.role_changed": {
    row: { entityType: "User", entityId: "rita", before: { role: "REVIEWER" }, after: { role: "EDITOR" } },
    expected: "Changed the role of Rita Reviewer from reviewer to editor",
  },
  "user.deactivated": {
    row: { entityType: "User", entityId: "rita", after: { revokedTokens: 2 } },
    expected: "Deactivated the account of Rita Reviewer; 2 API tokens revoked",
  },
  "user.reactivated": {
    row: { entityType: "User", entityId: "someone-else" },
    expected: "Reactivated an account",
  },
  "user.password_changed": {
    row: { entityType: "User", entityId: "rita", after: { via: "cli", endedSessions: 1 } },
    expected: "Set a new password for the account of Rita Reviewer from the command line",
  },
  "user.password_reset_requested": {
    row: { entityType: "User", entityId: "rita", after: { via: "app" } },
    expected: "A password reset link was sent to the account of Rita Reviewer",
  },
  "user.password_reset": {
    row: { entityType: "User", entityId: "rita", after: { endedSessions: 2 } },
    expected: "A new password was chosen with a reset link for the account of Rita Reviewer",
  },
  "user.password_change_required": {
    row: { entityType: "User", entityId: "rita", after: { endedSessions: 1 } },
    expected: "Required a new password for the account of Rita Reviewer",
  },
  "user.two_factor_enabled": {
    row: { entityType: "User", entityId: "rita" },
    expected: "Two-factor sign-in turned on for the account of Rita Reviewer",
  },
  "user.two_factor_disabled": {
    row: { entityType: "User", entityId: "rita" },
    expected: "Two-factor sign-in turned off for the account of Rita Reviewer",
  },
  "user.recovery_code_used": {
    row: { entityType: "User", entityId: "rita", after: { remaining: 9 } },
    expected: "A recovery code was used to sign in to the account of Rita Reviewer",
  },
  "user.sessions_ended": {
    row: { entityType: "User", entityId: "rita", after: { endedSessions: 3 } },
    expected: "Signed the account of Rita Reviewer out everywhere else (3 sessions ended)",
  },
  "user.sso_created": {
    row: {
      entityType: "User",
      entityId: "sam",
      after: { email: "sam@newsroom.test", name: "Sam", role: "REVIEWER", issuer: "https://id.newsroom.test" },
    },
    expected: "Created the account of Sam (reviewer) at their first single sign-on",
  },
  "user.sso_signed_in": {
    row: { entityType: "User", entityId: "rita", after: { issuer: "https://id.newsroom.test", linked: true } },
    expected: "Linked the account of Rita Reviewer to the identity provider at its first single sign-on",
  },
  "settings.two_factor_policy": {
    row: { entityType: "Setting", entityId: "twoFactorRequiredForStaff", after: { requiredForStaff: true } },
    expected: "Required two-factor sign-in for admins and editors",
  },
  "token.created": {
    row: { entityType: "ApiToken", entityId: "t1", after: { name: "CMS sync", tokenStart: "cl_ab" } },
    expected: "Created the API token “CMS sync”",
  },
  "token.revoked": { row: { entityType: "ApiToken", entityId: "t1" }, expected: "Revoked an API token" },
  "webhook.created": {
    row: {
      entityType: "WebhookEndpoint",
      entityId: "w1",
      after: { url: "https://hooks.example/cl", events: ["claim.verdict"] },
    },
    expected: "Registered the webhook endpoint https://hooks.example/cl",
  },
  "webhook.updated": {
    row: {
      entityType: "WebhookEndpoint",
      entityId: "w1",
      before: { enabled: true },
      after: { url: "https://hooks.example/cl", enabled: false },
    },
    expected: "Changed the webhook endpoint https://hooks.example/cl",
  },
  "webhook.deleted": {
    row: { entityType: "WebhookEndpoint", entityId: "w1", before: { url: "https://hooks.example/cl" } },
    expected: "Deleted the webhook endpoint https://hooks.example/cl",
  },
  "webhook.secret_rotated": {
    row: { entityType: "WebhookEndpoint", entityId: "w1", after: { secretHint: "x9Qa" } },
    expected: "Replaced the signing secret of a webhook endpoint",
  },
  "webhook.auto_disabled": {
    row: { entityType: "WebhookEndpoint", entityId: "w1", after: { url: "https://hooks.example/cl" } },
    expected: "Disabled the webhook endpoint https://hooks.example/cl: every delivery failed for a day",
  },
  "rating_label.created": {
    row: { entityType: "RatingLabel", entityId: "r1", after: { name: "Mostly true", verdict: "CORROBORATED", ratingValue: 4 } },
    expected: "Added the rating label Mostly true",
  },
  "rating_label.updated": {
    row: { entityType: "RatingLabel", entityId: "r1", before: { name: "Mostly true", retired: false }, after: { name: "Mostly true", retired: true } },
    expected: "Retired the rating label Mostly true",
  },
  "rating_label.deleted": {
    row: { entityType: "RatingLabel", entityId: "r1", before: { name: "Mostly true" } },
    expected: "Deleted the rating label Mostly true",
  },
  "rating_scale.reordered": {
    row: { entityType: "RatingScale", entityId: "rating-scale", before: { ids: ["r1", "r2"] }, after: { ids: ["r2", "r1"] } },
    expected: "Reordered the rating scale",
  },
  "article.imported": {
    row: { entityType: "Article", entityId: "a1", after: { title: "Floods in Homs", claims: 12 } },
    expected: "Imported the article “Floods in Homs” with 12 claims",
  },
  "article.finalized": {
    row: {
      entityType: "Article",
      entityId: "a1",
      before: { finalizedAt: null },
      after: {
        finalizedAt: "2030-01-15T10:00:00.000Z",
        claimsByStatus: { UNVERIFIED: 1, CORROBORATED: 3, PENDING: 2, DISPUTED: 0 },
        cancelledAssignments: 2,
      },
    },
    expected: "Finalized the article: 2 not yet reviewed, 3 corroborated, 1 unverified; 2 open assignments cancelled",
  },
  "article.reopened": {
    row: { entityType: "Article", entityId: "a1", after: { finalizedAt: null, restoredAssignments: 1 } },
    expected: "Reopened the article; 1 assignment given back to reviewers",
  },
  "article.language_changed": {
    row: { entityType: "Article", entityId: "a1", before: { language: "en" }, after: { language: "ar" } },
    expected: "Changed the article's language from en to ar",
  },
  "article.exported": {
    row: { entityType: "Article", entityId: "a1", after: { format: "pdf" } },
    expected: "Exported a report of the article",
  },
  "report.exported": { row: { entityType: "Report", entityId: "r1" }, expected: "Exported a report" },
  "claim.created": {
    row: {
      entityType: "Claim",
      entityId: "claim-13",
      after: { articleId: "a1", number: 13, text: "1,200 people were evacuated" },
    },
    expected: "Added C13: “1,200 people were evacuated”",
  },
  "claim.edited": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      before: { number: 4, text: "Prices rose 5%" },
      after: { number: 4, text: "Prices rose 5% in March" },
    },
    expected: "Reworded C4: “Prices rose 5%” → “Prices rose 5% in March”",
  },
  "claim.claimant_changed": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      before: { articleId: "a1", number: 4, claimant: null },
      after: { articleId: "a1", number: 4, claimant: "The health minister" },
    },
    expected: "Set the claimant of C4 to “The health minister”",
  },
  "claim.split": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      before: { number: 4, text: "A, and B" },
      after: {
        parts: [
          { id: "claim-4", number: 4, text: "A," },
          { id: "claim-12", number: 12, text: "and B" },
        ],
      },
    },
    expected: "Split C4 into C4 and C12",
  },
  "claim.merged": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      after: { id: "claim-4", number: 4, text: "A and B", deletedId: "claim-5", deletedNumber: 5 },
    },
    expected: "Merged C4 and C5 into C4",
  },
  "claim.deleted": {
    row: {
      entityType: "Claim",
      entityId: "claim-3",
      before: { number: 3, text: "Officials said 1,200 people left" },
      after: { number: 3, deleted: true, cancelledAssignments: 1 },
    },
    expected: "Deleted C3: “Officials said 1,200 people left”; 1 open assignment cancelled",
  },
  "claim.undone": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      after: { number: 4, undid: "claim.merged", undoes: "event-1", otherId: "claim-7", otherNumber: 7 },
    },
    expected: "Undid the merge of C4 and C7: both are separate again",
  },
  "claim.extracted": {
    row: { entityType: "Article", entityId: "a1", after: { found: 9, added: 2, refreshed: 1, kept: 7 } },
    expected: "Re-ran extraction: 2 added, 7 already there (1 rescored)",
  },
  "article.revised": {
    row: {
      entityType: "Article",
      entityId: "a1",
      before: { revision: 1 },
      after: { revision: 2, exact: 5, needsRecheck: 1, orphaned: 2, added: 3 },
    },
    expected: "Imported revision 2 of the text: 5 claims in place, 1 to re-check, 2 orphaned, 3 new",
  },
  "claim.reanchored": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      before: { number: 4, revision: 1, anchorState: "EXACT" },
      after: { number: 4, revision: 2, anchorState: "NEEDS_RECHECK", score: 0.93 },
    },
    expected: "C4 needs a re-check in revision 2: its quote changed",
  },
  "claim.anchor_resolved": {
    row: {
      entityType: "Claim",
      entityId: "claim-4",
      before: { number: 4, anchorState: "NEEDS_RECHECK" },
      after: { number: 4, anchorState: "EXACT", resolution: "accepted" },
    },
    expected: "Accepted the new anchor of C4",
  },
  "claim.similar_confirmed": {
    row: { entityType: "Claim", entityId: "claim-4", after: { matchId: "m1", earlierClaimId: "c9", earlierNumber: 9, score: 0.8 } },
    expected: "Confirmed C4 as the same claim as C9 of an earlier article",
  },
  "claim.similar_dismissed": {
    row: { entityType: "Claim", entityId: "claim-4", after: { matchId: "m1", earlierClaimId: "c9", earlierNumber: 9 } },
    expected: "Dismissed C9 of an earlier article as not the same claim as C4",
  },
  "claim.sources_reused": {
    row: { entityType: "Claim", entityId: "claim-4", after: { matchId: "m1", earlierNumber: 9, evidenceIds: ["e1", "e2"] } },
    expected: "Reused 2 sources of C9 on C4",
  },
  "evidence.added": {
    row: { entityType: "Evidence", entityId: "e1", after: { url: "https://example.org" } },
    expected: "Added a source",
  },
  "evidence.edited": { row: { entityType: "Evidence", entityId: "e1" }, expected: "Edited a source" },
  "evidence.removed": { row: { entityType: "Evidence", entityId: "e1" }, expected: "Removed a source" },
  "evidence.content_added": {
    row: {
      entityType: "Evidence",
      entityId: "e1",
      after: { snapshotId: "s1", origin: "ATTACHED", sha256: "ab", fileName: "a.pdf" },
    },
    expected: "Attached a file to a source",
  },
  "assignment.created": {
    row: { entityType: "Assignment", entityId: "as1", after: { ...view, state: "OPEN" } },
    expected: "Assigned C4 to Rita Reviewer (due 15 Jan 2030)",
  },
  "assignment.removed": {
    row: {
      entityType: "Assignment",
      entityId: "as1",
      before: { ...view, state: "OPEN" },
      after: { ...view, state: "CANCELLED", reason: "article finalized" },
    },
    expected: "Removed the assignment of C4 to Rita Reviewer: article finalized",
  },
  "assignment.updated": {
    row: {
      entityType: "Assignment",
      entityId: "as1",
      before: { ...view, state: "OPEN" },
      after: { ...view, state: "COMPLETED", reason: "verdict given" },
    },
    expected: "Assignment of C4 to Rita Reviewer done: verdict given",
  },
  "comment.created": {
    row: { entityType: "Comment", entityId: "c1", after: { claimId: "claim-7", body: "@dana can you check?" } },
    expected: "Commented on C7",
  },
  "consultation.started": {
    row: { entityType: "Consultation", entityId: "k1", after: { claimId: "claim-7", userId: "dana" } },
    expected: "Consulted Dana Desk on C7",
  },
  "consultation.ended": {
    row: { entityType: "Consultation", entityId: "k1", after: { claimId: "claim-7", userId: "dana" } },
    expected: "Ended the consultation of Dana Desk on C7",
  },
  "verdict.set": {
    row: {
      entityType: "Claim",
      entityId: "claim-7",
      before: { status: "PENDING", version: 3 },
      after: { status: "UNVERIFIED", version: 4, statusChangeId: "s1", seq: 1, assignment: "completed" },
    },
    expected: "Verdict on C7: Unverified",
  },
  "verdict.reopened": {
    row: {
      entityType: "Claim",
      entityId: "claim-7",
      before: { status: "DISPUTED" },
      after: {
        status: "PENDING",
        statusChangeId: "s2",
        seq: 2,
        assignment: "reopened",
        reason: "The source was retracted",
      },
    },
    expected: "Verdict on C7 taken back: The source was retracted",
  },
  "claim.approved": {
    row: { entityType: "Claim", entityId: "claim-7", before: { status: "DISPUTED" }, after: { status: "DISPUTED", statusChangeId: "s3", seq: 3 } },
    expected: "Approved the verdict on C7: Disputed",
  },
  "claim.sent_back": {
    row: {
      entityType: "Claim",
      entityId: "claim-7",
      before: { status: "DISPUTED" },
      after: { status: "PENDING", statusChangeId: "s3", seq: 3, comment: "Check the date" },
    },
    expected: "Sent the verdict on C7 back to its reviewer: Check the date",
  },
  "claim.published": {
    row: { entityType: "Claim", entityId: "claim-7", after: { status: "DISPUTED", statusChangeId: "s4", seq: 4, url: "https://x.example/fc#c7" } },
    expected: "Published C7: https://x.example/fc#c7",
  },
  "claim.corrected": {
    row: {
      entityType: "Claim",
      entityId: "claim-7",
      before: { status: "DISPUTED" },
      after: { status: "UNVERIFIED", fromStatus: "DISPUTED", statusChangeId: "s7", seq: 7, correctionId: "c1" },
    },
    expected: "Correction on C7: Disputed → Unverified",
  },
  "claim.publication_excluded": {
    row: { entityType: "Claim", entityId: "claim-7", after: { excluded: true, number: 7 } },
    expected: "Excluded C7 from publication",
  },
  "article.published": {
    row: { entityType: "Article", entityId: "article-1", before: { url: null }, after: { url: "https://x.example/fc", claims: 3 } },
    expected: "Published the fact-check: https://x.example/fc",
  },
  "settings.public_pages": {
    row: { entityType: "Setting", entityId: "publicPages", after: { enabled: true } },
    expected: "Turned the public fact-check pages on",
  },
};

const read = (action: string, row: Row) => readAuditEvent({ action, actorId: "editor-1", ...row });

describe("describeAuditEvent", () => {
  it.each(AUDIT_ACTIONS)("describes %s", (action) => {
    const { row, expected } = CASES[action];
    const stored = read(action, row);
    expect(stored.parsed).toBe(true);
    expect(describeAuditEvent(stored, context)).toBe(expected);
  });

  it("describes every action without its payload and without context, in general words", () => {
    for (const action of AUDIT_ACTIONS) {
      const { row } = CASES[action];
      const stored = read(action, { entityType: row.entityType, entityId: row.entityId });
      expect(stored.parsed, action).toBe(true);
      const line = describeAuditEvent(stored);
      expect(line.length, action).toBeGreaterThan(0);
      expect(line, action).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it("names what the context does not know in general words", () => {
    const stored = read("verdict.set", CASES["verdict.set"].row);
    expect(describeAuditEvent(stored)).toBe("Verdict: Unverified");
    const reopened = read("verdict.reopened", CASES["verdict.reopened"].row);
    expect(describeAuditEvent(reopened)).toBe("Verdict taken back: The source was retracted");
    const assigned = read("assignment.created", CASES["assignment.created"].row);
    expect(describeAuditEvent(assigned)).toBe("Assigned a claim to a reviewer (due 15 Jan 2030)");
  });

  it("says when a verdict replaces another", () => {
    const stored = read("verdict.set", {
      entityType: "Claim",
      entityId: "claim-4",
      before: { status: "CORROBORATED" },
      after: { status: "DISPUTED", statusChangeId: "s3" },
    });
    expect(describeAuditEvent(stored, context)).toBe("Verdict on C4: Disputed (was Corroborated)");
  });

  it("describes the other shapes of claimant changes, extraction, assignment updates and merges", () => {
    const claimant = (before: string | null, after: string | null) =>
      describeAuditEvent(
        read("claim.claimant_changed", {
          entityType: "Claim",
          entityId: "claim-4",
          before: { claimant: before },
          after: { claimant: after },
        }),
        context,
      );
    expect(claimant("The minister", "The mayor")).toBe("Changed the claimant of C4 from “The minister” to “The mayor”");
    expect(claimant("The minister", null)).toBe("Removed the claimant of C4 (was “The minister”)");

    const found = read("claim.extracted", {
      entityType: "Claim",
      entityId: "claim-9",
      after: { number: 9, text: "Rents doubled" },
    });
    expect(describeAuditEvent(found, context)).toBe("Extraction found C9: “Rents doubled”");
    const rescored = read("claim.extracted", {
      entityType: "Claim",
      entityId: "claim-4",
      after: { score: 0.8, refreshed: true },
    });
    expect(describeAuditEvent(rescored, context)).toBe("Extraction rescored C4");

    const due = read("assignment.updated", {
      entityType: "Assignment",
      entityId: "as1",
      before: { ...view, state: "OPEN", dueAt: null },
      after: { ...view, state: "OPEN" },
    });
    expect(describeAuditEvent(due, context)).toBe("Set the due date of C4 for Rita Reviewer to 15 Jan 2030");
    // The same deadline read in Tokyo is the next morning there, said with its offset.
    expect(describeAuditEvent(due, { ...context, timeZone: "Asia/Tokyo" })).toBe(
      "Set the due date of C4 for Rita Reviewer to 16 Jan 2030, 08:59 UTC+9",
    );
    const reopened = read("assignment.updated", {
      entityType: "Assignment",
      entityId: "as1",
      before: { ...view, state: "COMPLETED" },
      after: { ...view, state: "OPEN", reason: "verdict taken back by an editor" },
    });
    expect(describeAuditEvent(reopened, context)).toBe(
      "Assignment of C4 to Rita Reviewer reopened: verdict taken back by an editor",
    );

    const merged = read("claim.merged", {
      entityType: "Claim",
      entityId: "claim-4",
      after: { number: 4, deletedId: "gone" },
    });
    expect(describeAuditEvent(merged, context)).toBe("Merged another claim into C4");
  });

  it("quotes long claim text shortened", () => {
    const text = "x".repeat(200);
    const line = describeAuditEvent(
      read("claim.created", { entityType: "Claim", entityId: "c", after: { number: 1, text } }),
    );
    expect(line).toBe(`Added C1: “${"x".repeat(120)}…”`);
  });

  it("names a row it cannot parse instead of hiding it", () => {
    const unknownAction = read("claim.teleported", { entityType: "Claim", entityId: "claim-4" });
    expect(unknownAction.parsed).toBe(false);
    expect(describeAuditEvent(unknownAction, context)).toBe("Unrecognised event “claim.teleported” on claim");

    // A known action whose payload has the wrong shape (the split's parts are not a list).
    const malformed = read("claim.split", { entityType: "Claim", entityId: "claim-4", after: { parts: "C4 and C12" } });
    expect(malformed.parsed).toBe(false);
    expect(describeAuditEvent(malformed, context)).toBe("Unrecognised event “claim.split” on claim");
  });
});
