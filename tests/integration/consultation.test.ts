// A reviewer @mentioned on a claim they are not assigned to is consulted: through every API
// route they may read that claim and reply in its comments, and nothing else, until an editor
// ends the consultation. Decided by the access module; recorded in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as claimByNumber } from "@/app/api/v1/articles/[id]/claims/[number]/route";
import { GET as previewFinalize, POST as finalize } from "@/app/api/v1/articles/[id]/finalize/route";
import { GET as articleReport } from "@/app/api/v1/articles/[id]/report/route";
import { POST as assignClaim } from "@/app/api/v1/claims/[id]/assignments/route";
import { PUT as setClaimant } from "@/app/api/v1/claims/[id]/claimant/route";
import { POST as addComment } from "@/app/api/v1/claims/[id]/comments/route";
import { POST as addEvidence } from "@/app/api/v1/claims/[id]/evidence/route";
import { POST as reopenClaim } from "@/app/api/v1/claims/[id]/reopen/route";
import { GET as readClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as setVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import { DELETE as endConsultation } from "@/app/api/v1/consultations/[id]/route";
import { DELETE as removeEvidence, PATCH as editEvidence } from "@/app/api/v1/evidence/[id]/route";
import { GET as myQueue } from "@/app/api/v1/me/queue/route";
import { listMentions } from "@/lib/comments/data";
import { addComment as comment } from "@/lib/comments/mutations";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, type CallOptions, type RouteHandler } from "./api-harness";
import { makeUser } from "./factories";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";

type Setup = Awaited<ReturnType<typeof reviewSetup>> & {
  colleague: Awaited<ReturnType<typeof makeUser>>;
  token: string;
  editorToken: string;
  evidenceId: string;
  consultationId: string;
};
let s: Setup;

const call = (handler: RouteHandler, options: Omit<CallOptions, "token"> & { token?: string }) =>
  callRoute(handler, { token: s.token, ...options });

beforeAll(async () => {
  const setup = await reviewSetup();
  const colleague = await makeUser("REVIEWER");
  const { evidence } = await addSource(setup.reviewer, setup.claim.id, "SUPPORTS");
  const posted = await comment(setup.reviewer, setup.claim.id, {
    body: `@${colleague.email} does this match your notes?`,
  });
  expect(posted.consultedUserIds).toEqual([colleague.id]);
  const consultation = await db.consultation.findFirstOrThrow({
    where: { claimId: setup.claim.id, userId: colleague.id },
  });
  s = {
    ...setup,
    colleague,
    token: (await createApiToken(colleague, { name: "consulted" })).token,
    editorToken: (await createApiToken(setup.editor, { name: "editor" })).token,
    evidenceId: evidence.id,
    consultationId: consultation.id,
  };
});

describe("a consulted reviewer", () => {
  it("reads the claim (by id and by number) and sees who is consulted", async () => {
    const byId = await call(readClaim, { method: "GET", url: `/api/v1/claims/${s.claim.id}`, params: { id: s.claim.id } });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      consultations: [{ user: { id: s.colleague.id } }],
      permissions: { verdict: false, evidence: false, comment: true },
    });
    const byNumber = await call(claimByNumber, {
      method: "GET",
      url: `/api/v1/articles/${s.article.id}/claims/${String(s.claim.number)}`,
      params: { id: s.article.id, number: String(s.claim.number) },
    });
    expect(byNumber.status).toBe(200);
    expect((byNumber.body as { claim: { id: string } }).claim.id).toBe(s.claim.id);
  });

  it("replies in the comments, and their own mentions consult nobody further", async () => {
    const outsider = await makeUser("REVIEWER");
    const reply = await call(addComment, {
      method: "POST",
      url: `/api/v1/claims/${s.claim.id}/comments`,
      params: { id: s.claim.id },
      json: { body: `It matches. @${outsider.email} saw it too.` },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ consultedUserIds: [] });
    expect(await db.consultation.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("is refused every other read and write with 403", async () => {
    const version = await claimVersion(s.claim.id);
    const refused: [string, RouteHandler, Omit<CallOptions, "token">][] = [
      ["another claim of the article", readClaim, { method: "GET", url: `/api/v1/claims/${s.claims[1].id}`, params: { id: s.claims[1].id } }],
      [
        "verdict",
        setVerdict,
        {
          method: "POST",
          url: `/api/v1/claims/${s.claim.id}/verdict`,
          params: { id: s.claim.id },
          json: { status: "UNVERIFIED", rationale: "Consulted, not assigned.", version },
        },
      ],
      [
        "add source",
        addEvidence,
        {
          method: "POST",
          url: `/api/v1/claims/${s.claim.id}/evidence`,
          params: { id: s.claim.id },
          json: { url: "https://x.example/a", title: "X", stance: "CONTEXT", version },
        },
      ],
      [
        "edit source",
        editEvidence,
        { method: "PATCH", url: `/api/v1/evidence/${s.evidenceId}`, params: { id: s.evidenceId }, json: { title: "Renamed", version } },
      ],
      [
        "remove source",
        removeEvidence,
        { method: "DELETE", url: `/api/v1/evidence/${s.evidenceId}?version=${version}`, params: { id: s.evidenceId } },
      ],
      [
        "reopen",
        reopenClaim,
        {
          method: "POST",
          url: `/api/v1/claims/${s.claim.id}/reopen`,
          params: { id: s.claim.id },
          json: { reason: "Consulted people cannot do this.", version },
        },
      ],
      [
        "claimant",
        setClaimant,
        { method: "PUT", url: `/api/v1/claims/${s.claim.id}/claimant`, params: { id: s.claim.id }, json: { claimant: "Someone", version } },
      ],
      [
        "assign",
        assignClaim,
        { method: "POST", url: `/api/v1/claims/${s.claim.id}/assignments`, params: { id: s.claim.id }, json: { reviewerId: s.colleague.id } },
      ],
      ["end consultation", endConsultation, { method: "DELETE", url: `/api/v1/consultations/${s.consultationId}`, params: { id: s.consultationId } }],
      ["report", articleReport, { method: "GET", url: `/api/v1/articles/${s.article.id}/report?format=json`, params: { id: s.article.id } }],
      ["finalize preview", previewFinalize, { method: "GET", url: `/api/v1/articles/${s.article.id}/finalize`, params: { id: s.article.id } }],
      ["finalize", finalize, { method: "POST", url: `/api/v1/articles/${s.article.id}/finalize`, params: { id: s.article.id } }],
    ];
    for (const [name, handler, options] of refused) {
      const answer = await call(handler, options);
      expect(answer.status, `${name}: ${answer.text.slice(0, 200)}`).toBe(403);
    }
    expect(await claimVersion(s.claim.id)).toBe(version);
  });

  it("has nothing in their queue: a consultation is not an assignment", async () => {
    const queue = await call(myQueue, { method: "GET", url: "/api/v1/me/queue" });
    expect(queue.body).toMatchObject({ items: [], openCount: 0 });
  });
});

describe("ending a consultation", () => {
  it("takes back reading and replying, hides the mention, and is recorded", async () => {
    expect((await listMentions(s.colleague)).map((m) => m.comment.claim.id)).toEqual([s.claim.id]);
    const ended = await call(endConsultation, {
      method: "DELETE",
      url: `/api/v1/consultations/${s.consultationId}`,
      params: { id: s.consultationId },
      token: s.editorToken,
    });
    expect(ended.status).toBe(200);
    expect((await call(readClaim, { method: "GET", url: `/api/v1/claims/${s.claim.id}`, params: { id: s.claim.id } })).status).toBe(403);
    const reply = await call(addComment, {
      method: "POST",
      url: `/api/v1/claims/${s.claim.id}/comments`,
      params: { id: s.claim.id },
      json: { body: "Still here?" },
    });
    expect(reply.status).toBe(403);
    expect(await listMentions(s.colleague)).toEqual([]);
    const again = await call(endConsultation, {
      method: "DELETE",
      url: `/api/v1/consultations/${s.consultationId}`,
      params: { id: s.consultationId },
      token: s.editorToken,
    });
    expect(again.status).toBe(409);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Consultation", entityId: s.consultationId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "consultation.started", actorId: s.reviewer.id },
      { action: "consultation.ended", actorId: s.editor.id },
    ]);
  });
});
