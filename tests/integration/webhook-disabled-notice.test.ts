// A disabled webhook endpoint on a server without email (no SMTP_URL): its admin still hears of it,
// through a WEBHOOK_DISABLED notice in the notification centre, read here through
// GET /api/v1/notifications. The delivery goes to an HTTP receiver this file starts on 127.0.0.1
// that always answers 500, on the real job queue. Never an editor or reviewer sees such a notice
// (even one put in their centre by hand), and an admin whose role is changed stops seeing it.
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listNotifications } from "@/app/api/v1/notifications/route";
import { db } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { mailEnabled } from "@/lib/mail/config";
import { updateUser } from "@/lib/users/mutations";
import { sendTestEvent } from "@/lib/webhooks/emit";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import { callRoute, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { until } from "./until";

// A queue of this file's own: other files' workers (with their SMTP settings) must not take its jobs.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_webhook_notice_${process.pid}`;
process.env.CLAIMLEDGER_WEBHOOK_RETRY_DELAY_SECONDS = "1";

const saved = {
  SMTP_URL: process.env.SMTP_URL,
  CLAIMLEDGER_MAIL_FROM: process.env.CLAIMLEDGER_MAIL_FROM,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
};
let receiver: Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.CLAIMLEDGER_MAIL_FROM;
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
  process.env.CLAIMLEDGER_WEBHOOK_DISABLE_AFTER_MS = "1500";
  receiver = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      hits++;
      response.writeHead(500, { "content-type": "text/plain" }).end("receiver broke");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port}`;
  await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  delete process.env.CLAIMLEDGER_WEBHOOK_DISABLE_AFTER_MS;
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
});

interface ListedNotification {
  id: string;
  kind: string;
  articleId: string | null;
  articleTitle: string | null;
  claimId: string | null;
  link: string;
  readAt: string | null;
  data: Record<string, unknown>;
}

async function centreOf(userId: string) {
  const { cookie } = await sessionCookie(userId);
  const answer = await callRoute(listNotifications, { method: "GET", url: "/api/v1/notifications?limit=100", cookie });
  expect(answer.status, answer.text).toBe(200);
  const body = answer.body as { notifications: ListedNotification[]; unread: number };
  return { ...body, text: answer.text };
}

describe("a disabled webhook endpoint with email off", () => {
  it("gives its admin a WEBHOOK_DISABLED notice in the API, never an editor or reviewer; a former admin loses it", async () => {
    expect(mailEnabled()).toBe(false);
    const owner = await makeUser("ADMIN");
    const otherAdmin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const url = `${base}/hook-${uniqueSuffix()}`;
    const { webhook, secret } = await createWebhookEndpoint(owner, { url, events: ["claim.verdict"] });

    await sendTestEvent(owner, webhook.id);
    const disabled = await until(async () => {
      const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } });
      return row.enabled ? null : row;
    });
    expect(disabled.disabledReason).toBe("auto");
    expect(hits).toBeGreaterThanOrEqual(2);

    // The endpoint's own admin (still an active admin) gets it; nobody else is sent one.
    const rows = await until(async () => {
      const found = await db.notification.findMany({
        where: { kind: "WEBHOOK_DISABLED", data: { path: ["endpointId"], equals: webhook.id } },
      });
      return found.length ? found : null;
    });
    expect(rows.map((row) => row.userId)).toEqual([owner.id]);
    expect(rows[0]).toMatchObject({ articleId: null, claimId: null, actorId: null, channel: "APP" });

    // Through the API: no article, no claim, the URL and when it began failing, a link to the admin page.
    const before = await centreOf(owner.id);
    const notice = before.notifications.find((n) => n.kind === "WEBHOOK_DISABLED");
    expect(notice).toMatchObject({
      articleId: null,
      articleTitle: null,
      claimId: null,
      link: "/admin/webhooks",
      readAt: null,
      data: { endpointId: webhook.id, url, failingSince: disabled.failingSince!.toISOString() },
    });
    expect(before.unread).toBe(1);
    expect(before.text).not.toContain(secret);

    // Editors and reviewers never see one, even a notice put in their centre by hand.
    for (const person of [editor, reviewer]) {
      await db.notification.create({
        data: {
          userId: person.id,
          kind: "WEBHOOK_DISABLED",
          channel: "APP",
          data: { endpointId: webhook.id, url, failingSince: disabled.failingSince!.toISOString() },
        },
      });
      const centre = await centreOf(person.id);
      expect(centre.notifications.filter((n) => n.kind === "WEBHOOK_DISABLED")).toEqual([]);
      expect(centre.unread).toBe(0);
    }

    // A retried delivery job or another look later adds no second notice for the same disabling.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await db.notification.count({ where: { userId: owner.id, kind: "WEBHOOK_DISABLED" } })).toBe(1);

    // Once no longer an admin, the owner no longer sees it (nor counts it in the badge).
    await updateUser(otherAdmin, owner.id, { role: "EDITOR" });
    const after = await centreOf(owner.id);
    expect(after.notifications.filter((n) => n.kind === "WEBHOOK_DISABLED")).toEqual([]);
    expect(after.unread).toBe(0);
    // Made an admin again, it is back: the notice was hidden, not lost.
    await updateUser(otherAdmin, owner.id, { role: "ADMIN" });
    expect((await centreOf(owner.id)).unread).toBe(1);
  });
});
