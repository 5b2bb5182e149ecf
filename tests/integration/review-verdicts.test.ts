import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence, editEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { getClaimForReview } from "@/lib/review/claim-page";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { assignClaims, unassign } from "@/lib/assignments/mutations";
import { makeUser } from "./factories";
import { addSource, claimVersion, outcome, reviewSetup } from "./review-helpers";

const RATIONALE = "Two independent agencies confirm it.";

describe("verdict rules", () => {
  it("refuses CORROBORATED without a current SUPPORTS source and DISPUTED without a REFUTES one, naming what is missing", async () => {
    const { reviewer, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "REFUTES");
    const error = await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: RATIONALE,
      version: await claimVersion(claim.id),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION_FAILED");
    expect((error as AppError).message).toMatch(/source that supports/);

    // A removed supporting source does not count.
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS");
    await removeEvidence(reviewer, evidence.id, { version: await claimVersion(claim.id) });
    expect(
      await outcome(async () =>
        setVerdict(reviewer, claim.id, {
          status: "CORROBORATED",
          rationale: RATIONALE,
          version: await claimVersion(claim.id),
        }),
      ),
    ).toBe("VALIDATION_FAILED");

    const disputed = await setVerdict(reviewer, claim.id, {
      status: "DISPUTED",
      rationale: RATIONALE,
      version: await claimVersion(claim.id),
    });
    expect(disputed.claim.status).toBe("DISPUTED");
    expect(
      await outcome(async () =>
        setVerdict(reviewer, claim.id, {
          status: "UNVERIFIED",
          rationale: "short",
          version: await claimVersion(claim.id),
        }),
      ),
    ).toBe("VALIDATION_FAILED");
    expect(await db.statusChange.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("appends a chained history row and completes the assignment; only an editor's reopen takes the verdict back", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", "HTTPS://Wire.Example:443/story#top");
    const first = await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: RATIONALE,
      version: await claimVersion(claim.id),
    });
    expect(first.statusChange).toMatchObject({
      seq: 1,
      prevHash: null,
      fromStatus: "PENDING",
      toStatus: "CORROBORATED",
    });
    expect(first.statusChange.citedEvidence).toEqual([{ id: evidence.id, url: "https://wire.example/story" }]);
    expect(await db.assignment.findFirst({ where: { claimId: claim.id }, select: { state: true } })).toEqual({
      state: "COMPLETED",
    });

    // Unverified is a verdict: the reviewer records it, the assignment stays done.
    const second = await setVerdict(reviewer, claim.id, {
      status: "UNVERIFIED",
      rationale: "The agency withdrew its report.",
      version: first.claim.version,
    });
    expect(second.statusChange).toMatchObject({ seq: 2, prevHash: first.statusChange.hash, fromStatus: "CORROBORATED", toStatus: "UNVERIFIED" });
    expect(await db.assignment.findFirst({ where: { claimId: claim.id }, select: { state: true } })).toEqual({
      state: "COMPLETED",
    });

    // Taking it back is an editor's reopen, with a reason, recorded in the chain.
    expect(
      await outcome(() => reopenClaim(reviewer, claim.id, { reason: "I want to look again.", version: second.claim.version })),
    ).toBe("FORBIDDEN");
    const back = await reopenClaim(editor, claim.id, { reason: "The agency corrected the figure.", version: second.claim.version });
    expect(back.statusChange).toMatchObject({ seq: 3, fromStatus: "UNVERIFIED", toStatus: "PENDING", rationale: "The agency corrected the figure." });
    expect(
      await db.assignment.findFirst({ where: { claimId: claim.id }, select: { state: true, closedAt: true, closeReason: true } }),
    ).toEqual({ state: "OPEN", closedAt: null, closeReason: null });
    expect(
      await outcome(() => reopenClaim(editor, claim.id, { reason: "Twice is not possible.", version: back.claim.version })),
    ).toBe("CONFLICT");

    const review = await getClaimForReview(reviewer, claim.id);
    expect(review.claim.status).toBe("PENDING");
    expect(review.history.verification.ok).toBe(true);
    expect(review.history.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(
      await db.auditEvent.count({ where: { entityType: "Claim", entityId: claim.id, action: { in: ["verdict.set", "verdict.reopened"] } } }),
    ).toBe(3);
  });

  it("refuses verdicts on a finalized article with the agreed message", async () => {
    const { editor, reviewer, claim, article } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    await db.article.update({ where: { id: article.id }, data: { finalizedAt: new Date(), finalizedById: editor.id } });
    const error = await setVerdict(editor, claim.id, {
      status: "CORROBORATED",
      rationale: RATIONALE,
      version: await claimVersion(claim.id),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "This article is finalized; an editor must reopen it first.",
    });
    expect(await db.statusChange.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("who may write", () => {
  it("refuses every write by a reviewer not assigned to the claim with FORBIDDEN, and allows the assigned one, editors and admins", async () => {
    const { editor, reviewer, claim, claims } = await reviewSetup();
    const stranger = await makeUser("REVIEWER");
    const admin = await makeUser("ADMIN");
    // Assigned to another claim of the same article: may read the claim, not write on it.
    await assignClaims(editor, { claimIds: [claims[1].id], reviewerId: stranger.id });
    const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS");
    const v = () => claimVersion(claim.id);

    const writes: [string, () => Promise<unknown>][] = [
      [
        "add evidence",
        async () =>
          addEvidence(stranger, claim.id, {
            url: "https://x.example/",
            title: "X",
            stance: "SUPPORTS",
            version: await v(),
          }),
      ],
      ["edit evidence", async () => editEvidence(stranger, evidence.id, { title: "Changed", version: await v() })],
      ["remove evidence", async () => removeEvidence(stranger, evidence.id, { version: await v() })],
      [
        "verdict",
        async () =>
          setVerdict(stranger, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: await v() }),
      ],
      ["comment", async () => addComment(stranger, claim.id, { body: "I should not be able to say this." })],
      ["assign", async () => assignClaims(stranger, { claimIds: [claim.id], reviewerId: stranger.id })],
      [
        "unassign",
        async () => unassign(stranger, (await db.assignment.findFirstOrThrow({ where: { claimId: claim.id } })).id),
      ],
    ];
    for (const [name, write] of writes) expect(await outcome(write), name).toBe("FORBIDDEN");
    await expect(getClaimForReview(stranger, claim.id)).resolves.toBeTruthy();

    const outsider = await makeUser("REVIEWER");
    expect(await outcome(() => getClaimForReview(outsider, claim.id))).toBe("FORBIDDEN");

    expect(await outcome(async () => addComment(reviewer, claim.id, { body: "Checked the wires." }))).toBe("ok");
    expect(
      await outcome(async () =>
        editEvidence(editor, evidence.id, { title: "Edited by the editor", version: await v() }),
      ),
    ).toBe("ok");
    expect(
      await outcome(async () =>
        setVerdict(admin, claim.id, { status: "CORROBORATED", rationale: RATIONALE, version: await v() }),
      ),
    ).toBe("ok");
    // A completed assignment still lets the reviewer change the verdict.
    expect(
      await outcome(async () =>
        setVerdict(reviewer, claim.id, {
          status: "UNVERIFIED",
          rationale: "Nothing confirms or refutes it.",
          version: await v(),
        }),
      ),
    ).toBe("ok");

    // Once unassigned (cancelled), the reviewer may no longer write.
    await reopenClaim(editor, claim.id, { reason: "Reassigning this claim.", version: await v() });
    const open = await db.assignment.findFirstOrThrow({ where: { claimId: claim.id, state: "OPEN" } });
    await unassign(editor, open.id);
    expect(await outcome(async () => addComment(reviewer, claim.id, { body: "Still here?" }))).toBe("FORBIDDEN");
  });
});

describe("optimistic concurrency", () => {
  it("two concurrent verdicts on the same version: exactly one wins, the other gets CONFLICT with the current claim", async () => {
    const { editor, reviewer, claim } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    await addSource(reviewer, claim.id, "REFUTES");
    const version = await claimVersion(claim.id);
    const results = await Promise.allSettled([
      setVerdict(reviewer, claim.id, { status: "CORROBORATED", rationale: "Reviewer: agencies confirm.", version }),
      setVerdict(editor, claim.id, { status: "DISPUTED", rationale: "Editor: the ministry denies it.", version }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: "CONFLICT" });
    const winner = won[0].status === "fulfilled" ? won[0].value : null;
    const current = (lost[0].reason as AppError).details.current as {
      version: number;
      status: string;
      lastChange: { rationale: string };
    };
    expect(current.version).toBe(version + 1);
    expect(current.status).toBe(winner?.claim.status);

    const history = await db.statusChange.findMany({ where: { claimId: claim.id } });
    expect(history).toHaveLength(1);
    expect(history[0].toStatus).toBe(winner?.claim.status);
    expect(current.lastChange.rationale).toBe(history[0].rationale);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ status: winner?.claim.status, version: version + 1 });
  });

  it("a stale evidence change is refused and changes nothing", async () => {
    const { reviewer, claim } = await reviewSetup();
    const version = await claimVersion(claim.id);
    await addSource(reviewer, claim.id, "CONTEXT");
    const stale = await outcome(() =>
      addEvidence(reviewer, claim.id, { url: "https://late.example/", title: "Late", stance: "SUPPORTS", version }),
    );
    expect(stale).toBe("CONFLICT");
    expect(await db.evidence.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
