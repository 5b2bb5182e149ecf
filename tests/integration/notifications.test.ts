// Notifications end to end on the real database, job queue and an SMTP server on 127.0.0.1: each
// kind reaches the people it concerns, by the channel they chose, never the actor and never
// someone who may not read the claim; notifications commit with their change or not at all; the
// API lists, pages and marks them read.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listNotifications } from "@/app/api/v1/notifications/route";
import { POST as markRead } from "@/app/api/v1/notifications/read/route";
import { GET as getPreferences, PUT as putPreferences } from "@/app/api/v1/me/notification-preferences/route";
import { claimAccess } from "@/lib/access";
import { assignClaims } from "@/lib/assignments/mutations";
import { can } from "@/lib/auth/permissions";
import { addComment } from "@/lib/comments/mutations";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { notify } from "@/lib/notifications/create";
import { unreadNotificationCount } from "@/lib/notifications/data";
import { markNotificationsRead, setNotificationPreferences } from "@/lib/notifications/mutations";
import { takeSnapshot } from "@/lib/sources/snapshot";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { callRoute, expectFieldErrors, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeArticle, makeUser, uniqueSuffix } from "./factories";
import { startMailServer, type TestMailServer } from "./mail-server";
import { addSource, claimVersion } from "./review-helpers";

// A queue of this file's own: other files' workers must not take its mail.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_notifications_${process.pid}`;

let mail: TestMailServer;
let pages: Server;
let pageBase: string;
const pageBodies = new Map<string, { status: number; body: string }>();

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";
  process.env.NEXTAUTH_URL = "https://claimledger.example.org";
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
  pages = http.createServer((request, response) => {
    const page = pageBodies.get(request.url ?? "") ?? { status: 404, body: "<p>Not here</p>" };
    response.writeHead(page.status, { "content-type": "text/html; charset=utf-8" }).end(page.body);
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  const { port } = pages.address() as AddressInfo;
  pageBase = `http://127.0.0.1:${port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port}`;
  await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
  await mail.close();
  await new Promise<void>((resolve) => pages.close(() => resolve()));
  delete process.env.SMTP_URL;
  delete process.env.CLAIMLEDGER_MAIL_FROM;
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
});

const notificationsOf = (userId: string, kind?: string) =>
  db.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

/** Emails queued to this address in this file's queue (sent or not yet). */
async function mailJobsTo(address: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "${jobsSchema()}".job WHERE name = 'mail_send' AND data->>'to' = $1`,
    address,
  );
  return row?.n ?? 0;
}

/** The first email to this address whose text contains `needle` (arrived or arriving). */
async function mailContaining(address: string, needle: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = mail.messages.find(
      (message) => [message.to].flat().some((to) => to?.text.includes(address)) && message.text?.includes(needle),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} saying "${needle}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function setup() {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const { article, claims } = await makeArticle(editor);
  return { editor, reviewer, article, claims };
}

describe("assigned to you", () => {
  it("notifies the reviewer in the app and by email (plain text, a link, no claim text), never the editor", async () => {
    const { editor, reviewer, article, claims } = await setup();
    const claim = claims[0]!;
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id, dueAt: "2031-05-01" });

    const [notice] = await notificationsOf(reviewer.id);
    expect(notice).toMatchObject({
      kind: "ASSIGNED",
      claimId: claim.id,
      articleId: article.id,
      actorId: editor.id,
      channel: "EMAIL",
    });
    expect(await notificationsOf(editor.id)).toEqual([]);

    const message = await mail.waitFor(reviewer.email);
    expect(message.subject).toContain(`assigned claim C${claim.number} to you`);
    expect(message.text).toContain(`${editor.name} assigned claim C${claim.number} to you.`);
    expect(message.text).toContain(`https://claimledger.example.org/claims/${claim.id}`);
    expect(message.text).toContain("https://claimledger.example.org/settings/notifications");
    expect(message.html).toContain(`<a href="https://claimledger.example.org/claims/${claim.id}">`);
    const full = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { text: true, statement: true } });
    expect(message.text).not.toContain(full.text);
    expect(message.text).not.toContain(full.statement);
  });

  it("makes one email of a bulk assignment, and none for a person who chose the app only", async () => {
    const { editor, reviewer, claims } = await setup();
    await assignClaims(editor, { claimIds: claims.slice(0, 3).map((c) => c.id), reviewerId: reviewer.id });
    expect(await notificationsOf(reviewer.id, "ASSIGNED")).toHaveLength(3);
    const message = await mail.waitFor(reviewer.email);
    expect(message.subject).toBe("3 ClaimLedger notifications");
    expect(await mailJobsTo(reviewer.email)).toBe(1);

    const quiet = await makeUser("REVIEWER");
    await setNotificationPreferences(quiet.id, { ASSIGNED: "APP" });
    await assignClaims(editor, { claimIds: [claims[3]!.id], reviewerId: quiet.id });
    expect(await notificationsOf(quiet.id, "ASSIGNED")).toHaveLength(1);
    expect(await mailJobsTo(quiet.email)).toBe(0);

    const off = await makeUser("REVIEWER");
    await setNotificationPreferences(off.id, { ASSIGNED: "OFF" });
    await assignClaims(editor, { claimIds: [claims[0]!.id], reviewerId: off.id });
    expect(await notificationsOf(off.id)).toEqual([]);
    expect(await mailJobsTo(off.email)).toBe(0);
  });

  it("exists exactly when the change commits: a rolled-back change leaves no notification and no email", async () => {
    const { editor, reviewer, claims } = await setup();
    await db.assignment.create({ data: { claimId: claims[0]!.id, reviewerId: reviewer.id, assignedById: editor.id } });
    await expect(
      writeTransaction(async (tx) => {
        const created = await notify(tx, [
          { kind: "ASSIGNED", actorId: editor.id, claimId: claims[0]!.id, recipientIds: [reviewer.id] },
        ]);
        expect(created).toBe(1);
        throw new Error("the change failed after notifying");
      }),
    ).rejects.toThrow("the change failed");
    expect(await notificationsOf(reviewer.id)).toEqual([]);
    expect(await mailJobsTo(reviewer.email)).toBe(0);
  });
});

describe("mentioned or consulted", () => {
  it("tells a reader they were mentioned and an outsider they were consulted; never the writer or a bystander", async () => {
    const { editor, reviewer, claims } = await setup();
    const claim = claims[0]!;
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    const outsider = await makeUser("REVIEWER");
    const bystander = await makeUser("REVIEWER");
    const handle = (email: string) => email.split("@")[0];

    const comment = await addComment(reviewer, claim.id, {
      body: `@${handle(editor.email)} @${handle(outsider.email)} @${handle(reviewer.email)} can you check?`,
    });
    expect(await notificationsOf(editor.id, "MENTIONED")).toMatchObject([
      { claimId: claim.id, data: { commentId: comment.id } },
    ]);
    expect(await notificationsOf(outsider.id)).toMatchObject([{ kind: "CONSULTED", channel: "EMAIL" }]);
    expect(await notificationsOf(reviewer.id, "MENTIONED")).toEqual([]);
    const consultedMail = await mail.waitFor(outsider.email);
    expect(consultedMail.text).toContain(`consulted you on claim C${claim.number}`);
    expect(consultedMail.text).not.toContain("can you check");

    // The consulted colleague mentions a bystander who may not read the claim: nobody is notified.
    await addComment(outsider, claim.id, { body: `@${handle(bystander.email)} any idea?` });
    expect(await notificationsOf(bystander.id)).toEqual([]);

    // Reading the mention in the centre marks the mention read too (one inbox).
    const [mentioned] = await notificationsOf(editor.id, "MENTIONED");
    await markNotificationsRead(editor.id, { ids: [mentioned!.id] });
    const mention = await db.mention.findFirstOrThrow({ where: { commentId: comment.id, userId: editor.id } });
    expect(mention.readAt).not.toBeNull();
  });
});

describe("a verdict you set was sent back or changed", () => {
  it("tells the verdict's author when an editor sends it back or sets another, not after they lost access", async () => {
    const { editor, reviewer, claims } = await setup();
    const claim = claims[0]!;
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    await addSource(reviewer, claim.id, "SUPPORTS");
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: "Two sources agree.",
      version: await claimVersion(claim.id),
    });
    expect(await notificationsOf(reviewer.id, "VERDICT_CHANGED")).toEqual([]); // their own verdict

    await reopenClaim(editor, claim.id, {
      reason: "The second source is a copy.",
      version: await claimVersion(claim.id),
    });
    expect(await notificationsOf(reviewer.id, "VERDICT_REOPENED")).toMatchObject([
      { actorId: editor.id, data: { fromStatus: "CORROBORATED", toStatus: "PENDING" } },
    ]);
    const reopenedMail = await mailContaining(reviewer.email, "sent back your verdict");
    expect(reopenedMail.text).toContain(`sent back your verdict on claim C${claim.number}`);
    expect(reopenedMail.text).not.toContain("The second source is a copy.");

    await setVerdict(editor, claim.id, {
      status: "UNVERIFIED",
      rationale: "Cannot confirm.",
      version: await claimVersion(claim.id),
    });
    expect(await notificationsOf(reviewer.id, "VERDICT_CHANGED")).toMatchObject([{ data: { toStatus: "UNVERIFIED" } }]);

    // The claim goes to someone else; the first reviewer may no longer read it: they hear nothing more.
    await reopenClaim(editor, claim.id, { reason: "Looking at it again.", version: await claimVersion(claim.id) });
    const other = await makeUser("REVIEWER");
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: other.id });
    const { facts } = await claimAccess(db, reviewer, claim.id);
    expect(can(reviewer, "claim.read", facts)).toBe(false);
    const before = (await notificationsOf(reviewer.id)).length;
    await setVerdict(editor, claim.id, {
      status: "UNVERIFIED",
      rationale: "Still cannot confirm it.",
      version: await claimVersion(claim.id),
    });
    expect(await notificationsOf(reviewer.id)).toHaveLength(before);
    // …and what they were told before is hidden from their centre now.
    expect(await unreadNotificationCount(reviewer)).toBe(0);
  });
});

describe("a source you cited changed or vanished", () => {
  it("tells the source's author once per change of state", async () => {
    const { editor, reviewer, claims } = await setup();
    const claim = claims[0]!;
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    const path = `/story-${uniqueSuffix()}`;
    pageBodies.set(path, { status: 200, body: "<html><body><p>The bridge opened in May.</p></body></html>" });
    // Inserted directly, so no background snapshot job races the ones taken here.
    const source = await db.evidence.create({
      data: {
        claimId: claim.id,
        url: `${pageBase}${path}`,
        title: "Story",
        stance: "SUPPORTS",
        addedById: reviewer.id,
      },
    });
    expect((await takeSnapshot(source.id, null)).outcome).toBe("OK");
    expect(await notificationsOf(reviewer.id, "SOURCE_CHANGED")).toEqual([]);

    pageBodies.set(path, { status: 200, body: "<html><body><p>The bridge opened in June.</p></body></html>" });
    expect((await takeSnapshot(source.id, null)).outcome).toBe("CHANGED");
    expect((await takeSnapshot(source.id, null)).outcome).toBe("CHANGED");
    expect(await notificationsOf(reviewer.id, "SOURCE_CHANGED")).toMatchObject([
      { channel: "DIGEST", actorId: null, data: { evidenceId: source.id, state: "CHANGED" } },
    ]);

    pageBodies.delete(path);
    expect((await takeSnapshot(source.id, null)).outcome).toBe("GONE");
    expect(
      (await notificationsOf(reviewer.id, "SOURCE_CHANGED")).map((n) => (n.data as { state: string }).state),
    ).toEqual(["CHANGED", "GONE"]);
    expect(await notificationsOf(editor.id)).toEqual([]);
  });
});

describe("never someone who may not read the claim", () => {
  it("a source's author who lost the claim hears nothing of its change", async () => {
    const { editor, reviewer, claims } = await setup();
    const claim = claims[0]!;
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    const path = `/moved-${uniqueSuffix()}`;
    pageBodies.set(path, { status: 200, body: "<html><body><p>The port reopened on Monday.</p></body></html>" });
    const source = await db.evidence.create({
      data: { claimId: claim.id, url: `${pageBase}${path}`, title: "Port", stance: "SUPPORTS", addedById: reviewer.id },
    });
    expect((await takeSnapshot(source.id, null)).outcome).toBe("OK");

    // The claim goes to someone else: the source's author may no longer read it.
    await assignClaims(editor, { claimIds: [claim.id], reviewerId: (await makeUser("REVIEWER")).id });
    const { facts } = await claimAccess(db, reviewer, claim.id);
    expect(can(reviewer, "claim.read", facts)).toBe(false);
    pageBodies.set(path, { status: 200, body: "<html><body><p>The port stayed shut on Monday.</p></body></html>" });
    expect((await takeSnapshot(source.id, null)).outcome).toBe("CHANGED");
    expect(await notificationsOf(reviewer.id, "SOURCE_CHANGED")).toEqual([]);
    expect(await mailJobsTo(reviewer.email)).toBe(1); // the assignment's email only
  });
});

describe("the API", () => {
  it("lists your notifications newest first in pages, with the unread count, and marks one or all read", async () => {
    const { editor, reviewer, claims } = await setup();
    for (const claim of claims.slice(0, 3))
      await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    const { cookie } = await sessionCookie(reviewer.id);

    const first = await callRoute(listNotifications, { method: "GET", url: "/api/v1/notifications?limit=2", cookie });
    expect(first.status).toBe(200);
    const page1 = first.body as {
      notifications: { id: string; claimId: string; link: string; kind: string }[];
      unread: number;
      next: string;
    };
    expect(page1.unread).toBe(3);
    // The header's badge counts only up to what it shows ("99+"); the API's count is exact.
    expect(await unreadNotificationCount(reviewer, { atMost: 2 })).toBe(2);
    expect(await unreadNotificationCount(reviewer)).toBe(3);
    expect(page1.notifications.map((n) => n.claimId)).toEqual([claims[2]!.id, claims[1]!.id]);
    expect(page1.notifications[0]).toMatchObject({ kind: "ASSIGNED", link: `/claims/${claims[2]!.id}` });
    const second = await callRoute(listNotifications, {
      method: "GET",
      url: `/api/v1/notifications?limit=2&cursor=${page1.next}`,
      cookie,
    });
    const page2 = second.body as { notifications: { id: string; claimId: string }[]; next: string | null };
    expect(page2.notifications.map((n) => n.claimId)).toEqual([claims[0]!.id]);
    expect(page2.next).toBeNull();

    // Another person's id marks nothing.
    const { cookie: editorCookie } = await sessionCookie(editor.id);
    const foreign = await callRoute(markRead, {
      method: "POST",
      url: "/api/v1/notifications/read",
      cookie: editorCookie,
      json: { ids: [page1.notifications[0]!.id] },
    });
    expect(foreign.body).toEqual({ count: 0 });

    const one = await callRoute(markRead, {
      method: "POST",
      url: "/api/v1/notifications/read",
      cookie,
      json: { ids: [page1.notifications[0]!.id] },
    });
    expect(one.body).toEqual({ count: 1 });
    const unreadOnly = await callRoute(listNotifications, {
      method: "GET",
      url: "/api/v1/notifications?unread=true",
      cookie,
    });
    expect((unreadOnly.body as { notifications: unknown[]; unread: number }).unread).toBe(2);
    expect((unreadOnly.body as { notifications: unknown[] }).notifications).toHaveLength(2);
    const all = await callRoute(markRead, {
      method: "POST",
      url: "/api/v1/notifications/read",
      cookie,
      json: { all: true },
    });
    expect(all.body).toEqual({ count: 2 });
    expect(await unreadNotificationCount(reviewer)).toBe(0);

    expectFieldErrors(
      await callRoute(markRead, { method: "POST", url: "/api/v1/notifications/read", cookie, json: {} }),
      ["ids"],
    );
    expectFieldErrors(
      await callRoute(markRead, {
        method: "POST",
        url: "/api/v1/notifications/read",
        cookie,
        json: { ids: ["bad id!"] },
      }),
      ["ids.0"],
    );
    expectFieldErrors(
      await callRoute(listNotifications, { method: "GET", url: "/api/v1/notifications?unread=maybe", cookie }),
      ["unread"],
    );
  });

  it("reads and replaces your preferences, refusing unknown kinds and channels with field messages", async () => {
    const user = await makeUser("REVIEWER");
    const { cookie } = await sessionCookie(user.id);
    const read = await callRoute(getPreferences, { method: "GET", url: "/api/v1/me/notification-preferences", cookie });
    expect(read.body).toMatchObject({
      preferences: { ASSIGNED: "EMAIL", MENTIONED: "APP", SOURCE_CHANGED: "DIGEST" },
      emailEnabled: true,
    });

    const saved = await callRoute(putPreferences, {
      method: "PUT",
      url: "/api/v1/me/notification-preferences",
      cookie,
      json: { ASSIGNED: "DIGEST", MENTIONED: "OFF" },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ preferences: { ASSIGNED: "DIGEST", MENTIONED: "OFF", OVERDUE: "DIGEST" } });

    expectFieldErrors(
      await callRoute(putPreferences, {
        method: "PUT",
        url: "/api/v1/me/notification-preferences",
        cookie,
        json: { ASSIGNED: "PIGEON" },
      }),
      ["ASSIGNED"],
    );
    const unknown = await callRoute(putPreferences, {
      method: "PUT",
      url: "/api/v1/me/notification-preferences",
      cookie,
      json: { ASIGNED: "APP" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("Unknown kind: ASIGNED");
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(2);
  });
});
