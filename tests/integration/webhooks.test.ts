// Webhooks end to end on the real job queue, delivered to an HTTP receiver this file starts on
// 127.0.0.1 that checks each signature itself (HMAC-SHA256 of TIMESTAMP.BODY): a verdict, a
// sign-off, a publication and a correction reach the endpoints subscribed to them, 500s are
// retried until a success, an endpoint failing for the whole window is disabled (audited, admins
// emailed), a private address is refused unless allowed, and the API refuses other roles and bad
// input with field messages.
import { createHmac, timingSafeEqual } from "node:crypto";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listWebhooks, POST as createWebhook } from "@/app/api/v1/webhooks/route";
import { PATCH as updateWebhook } from "@/app/api/v1/webhooks/[id]/route";
import { GET as listDeliveries } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { db } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { createApiToken } from "@/lib/tokens/mutations";
import { publishArticle } from "@/lib/publishing/mutations";
import { approveClaim } from "@/lib/signoff/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { sendTestEvent } from "@/lib/webhooks/emit";
import { createWebhookEndpoint } from "@/lib/webhooks/mutations";
import { callRoute } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";
import { startMailServer, type TestMailServer } from "./mail-server";
import { addSource, claimVersion, reviewSetup } from "./review-helpers";
import { until } from "./until";

// A queue of this file's own: other files' workers must not take its deliveries.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_webhooks_${process.pid}`;
process.env.CLAIMLEDGER_WEBHOOK_RETRY_DELAY_SECONDS = "1";
process.env.NEXTAUTH_SECRET ??= "webhook-test-app-secret";

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
  payload: {
    id: string;
    event: string;
    occurredAt: string;
    data: { claim?: { id: string }; article?: { id: string } };
  };
}

/** Secrets by path: each test registers its endpoint under a path of its own. */
const secrets = new Map<string, string>();
/** Answers by path, in order; the last one repeats. Default 200. */
const scripts = new Map<string, number[]>();
const received: Received[] = [];
let receiver: Server;
let base: string;
let mail: TestMailServer;

function checkSignature(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const timestamp = String(headers["claimledger-timestamp"] ?? "");
  const given = Buffer.from(String(headers["claimledger-signature"] ?? ""));
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`);
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({
        path,
        headers: request.headers,
        body,
        signatureValid: checkSignature(secrets.get(path) ?? "", request.headers, body),
        payload: JSON.parse(body),
      });
      const script = scripts.get(path) ?? [200];
      const status = script.length > 1 ? script.shift()! : script[0]!;
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "receiver broke");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  process.env.CLAIMLEDGER_FETCH_ALLOW = `127.0.0.1:${port}`;
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";
  process.env.NEXTAUTH_URL = "https://claimledger.example.org";
  await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
  await mail.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  delete process.env.SMTP_URL;
  delete process.env.CLAIMLEDGER_MAIL_FROM;
  delete process.env.CLAIMLEDGER_FETCH_ALLOW;
});

/** An endpoint on the receiver at a path of its own, registered through the API by an admin. */
async function registerEndpoint(events: string[], options: { secret?: string; url?: string } = {}) {
  const admin = await makeUser("ADMIN");
  const { token } = await createApiToken(admin, { name: "webhooks test" });
  const path = `/hook-${uniqueSuffix()}`;
  const answer = await callRoute(createWebhook, {
    method: "POST",
    url: "/api/v1/webhooks",
    token,
    json: { url: options.url ?? `${base}${path}`, events, ...(options.secret ? { secret: options.secret } : {}) },
  });
  expect(answer.status, answer.text).toBe(201);
  const { webhook, secret } = answer.body as { webhook: { id: string; secretHint: string }; secret: string };
  secrets.set(path, secret);
  return { admin, token, path, id: webhook.id, secret, hint: webhook.secretHint };
}

const deliveriesTo = (path: string) => received.filter((hit) => hit.path === path);

describe("webhook deliveries", () => {
  it("a verdict reaches a subscribed endpoint, signed, with the claim, article and links; not an endpoint subscribed elsewhere", async () => {
    const endpoint = await registerEndpoint(["claim.verdict"]);
    const other = await registerEndpoint(["article.imported"]);
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint.hint).toBe(endpoint.secret.slice(-4));
    // Stored encrypted: the plain secret is nowhere in the row.
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(JSON.stringify(row)).not.toContain(endpoint.secret.slice(6));

    const { reviewer, claim, article } = await reviewSetup();
    await addSource(reviewer, claim.id, "SUPPORTS");
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: "The ministry's own figures confirm it.",
      version: await claimVersion(claim.id),
    });
    const hit = await until(async () =>
      deliveriesTo(endpoint.path).find(
        (h) => h.payload.event === "claim.verdict" && h.payload.data.claim?.id === claim.id,
      ),
    );
    expect(hit.signatureValid).toBe(true);
    expect(hit.headers["content-type"]).toBe("application/json");
    expect(hit.payload).toEqual({
      id: expect.any(String),
      event: "claim.verdict",
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        article: {
          id: article.id,
          title: article.title,
          url: `https://claimledger.example.org/articles/${article.id}`,
        },
        claim: {
          id: claim.id,
          number: claim.number,
          label: `C${claim.number}`,
          statement: claim.statement,
          claimant: claim.claimant,
          url: `https://claimledger.example.org/articles/${article.id}/claims/${claim.number}`,
        },
        verdict: "CORROBORATED",
        previousStatus: "PENDING",
        rationale: "The ministry's own figures confirm it.",
        reviewer: { id: reviewer.id, name: reviewer.name },
      },
    });
    // The attempt is in the log, with status and time, through the API.
    const log = await until(async () => {
      const answer = await callRoute(listDeliveries, {
        method: "GET",
        url: `/api/v1/webhooks/${endpoint.id}/deliveries`,
        params: { id: endpoint.id },
        token: endpoint.token,
      });
      const rows = (
        answer.body as {
          deliveries: {
            deliveryId: string;
            status: number;
            ok: boolean;
            attempt: number;
            durationMs: number;
            responseExcerpt: string;
          }[];
        }
      ).deliveries;
      return rows.find((r) => r.deliveryId === hit.payload.id);
    });
    expect(log).toMatchObject({ status: 200, ok: true, attempt: 1, responseExcerpt: "thanks" });
    expect(log.durationMs).toBeGreaterThanOrEqual(0);
    // The article.imported endpoint heard of the import, not of the verdict.
    expect(deliveriesTo(other.path).some((h) => h.payload.event === "claim.verdict")).toBe(false);
    await until(async () => deliveriesTo(other.path).find((h) => h.payload.data.article?.id === article.id));
  });

  it("a sign-off, a publication and a correction reach the endpoints subscribed to them, with the public addresses", async () => {
    const endpoint = await registerEndpoint(["article.published", "claim.corrected"]);
    const signoffs = await registerEndpoint(["claim.signed_off"]);
    const { editor, reviewer, claim, article, claims } = await reviewSetup();
    const publicUrl = `https://factcheck.example.org/${uniqueSuffix()}`;
    await addSource(reviewer, claim.id, "SUPPORTS");
    await setVerdict(reviewer, claim.id, {
      status: "CORROBORATED",
      rationale: "The ministry's own figures confirm it.",
      version: await claimVersion(claim.id),
    });
    await approveClaim(editor, claim.id, {});
    // The sign-off itself reaches the endpoint subscribed to it, signed, naming the decision.
    const approved = await until(async () =>
      deliveriesTo(signoffs.path).find(
        (h) => h.payload.event === "claim.signed_off" && h.payload.data.claim?.id === claim.id,
      ),
    );
    expect(approved.signatureValid).toBe(true);
    expect(approved.payload.data).toMatchObject({
      article: { id: article.id },
      claim: { id: claim.id, label: `C${claim.number}` },
      decision: "approved",
      verdict: "CORROBORATED",
      comment: null,
      signedOffBy: { id: editor.id },
    });
    const others = claims.filter((other) => other.id !== claim.id).map((other) => other.number);
    await publishArticle(editor, article.id, { url: publicUrl, exclude: others });
    const published = await until(async () =>
      deliveriesTo(endpoint.path).find(
        (h) => h.payload.event === "article.published" && h.payload.data.article?.id === article.id,
      ),
    );
    expect(published.signatureValid).toBe(true);
    expect(published.payload.data).toMatchObject({
      publication: { url: publicUrl, modifiedAt: null },
      claims: [
        {
          id: claim.id,
          label: `C${claim.number}`,
          publicUrl: `${publicUrl}#c${claim.number}`,
          verdict: "CORROBORATED",
        },
      ],
      publishedBy: { id: editor.id },
    });

    // Reopened, a new verdict, approved: the public verdict changes, and that is a correction.
    await reopenClaim(editor, claim.id, { reason: "A second count came out.", version: await claimVersion(claim.id) });
    await addSource(reviewer, claim.id, "REFUTES");
    await setVerdict(reviewer, claim.id, {
      status: "DISPUTED",
      rationale: "The second count is half the first.",
      version: await claimVersion(claim.id),
    });
    await approveClaim(editor, claim.id, {});
    const corrected = await until(async () =>
      deliveriesTo(endpoint.path).find(
        (h) => h.payload.event === "claim.corrected" && h.payload.data.claim?.id === claim.id,
      ),
    );
    expect(corrected.payload.data).toMatchObject({
      claim: { id: claim.id, publicUrl: `${publicUrl}#c${claim.number}` },
      correction: {
        from: { verdict: "CORROBORATED" },
        to: { verdict: "DISPUTED" },
        reason: expect.stringContaining("second count"),
      },
      approvedBy: { id: editor.id },
    });
    // Neither event was sent for the verdicts themselves.
    expect(deliveriesTo(endpoint.path).every((h) => h.payload.event !== "claim.verdict")).toBe(true);
  });

  it("retries after 500s with the same delivery id until a 2xx, logging each attempt", async () => {
    const endpoint = await registerEndpoint(["claim.verdict"], { secret: "a secret the admin chose, long enough" });
    expect(endpoint.secret).toBe("a secret the admin chose, long enough");
    scripts.set(endpoint.path, [500, 503, 200]);
    const { deliveryId } = (await sendTestEvent(endpoint.admin, endpoint.id))!;
    await until(async () => deliveriesTo(endpoint.path).filter((h) => h.payload.id === deliveryId).length >= 3 || null);
    const attempts = await until(async () => {
      const rows = await db.webhookDelivery.findMany({ where: { deliveryId }, orderBy: { attempt: "asc" } });
      return rows.length >= 3 ? rows : null;
    });
    expect(attempts.map((a) => [a.attempt, a.status, a.ok])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 200, true],
    ]);
    expect(attempts[0]!.responseExcerpt).toBe("receiver broke");
    // Every attempt was signed afresh and checks out; the body is the same each time.
    const hits = deliveriesTo(endpoint.path).filter((h) => h.payload.id === deliveryId);
    expect(hits.every((h) => h.signatureValid)).toBe(true);
    expect(new Set(hits.map((h) => h.body)).size).toBe(1);
    const after = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after.failingSince).toBeNull();
    expect(after.enabled).toBe(true);
  });

  it("disables an endpoint whose deliveries all failed for the whole window, records it and emails the admins", async () => {
    process.env.CLAIMLEDGER_WEBHOOK_DISABLE_AFTER_MS = "1500";
    try {
      const endpoint = await registerEndpoint(["claim.verdict"]);
      scripts.set(endpoint.path, [500]);
      await sendTestEvent(endpoint.admin, endpoint.id);
      const disabled = await until(async () => {
        const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
        return row.enabled ? null : row;
      });
      expect(disabled.disabledReason).toBe("auto");
      expect(disabled.failingSince).not.toBeNull();
      expect(disabled.disabledAt!.getTime() - disabled.failingSince!.getTime()).toBeGreaterThanOrEqual(1500);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { entityId: endpoint.id, action: "webhook.auto_disabled" },
      });
      expect(audit.actorId).toBeNull();
      const message = await mail.waitFor(endpoint.admin.email, 30_000);
      expect(message.subject).toBe("A ClaimLedger webhook endpoint was disabled");
      expect(message.text).toContain(`${base}${endpoint.path}`);
      expect(message.text).toContain("https://claimledger.example.org/admin/webhooks");
      // With email on the notice is made too (the email is sent whatever its channel).
      const notices = await db.notification.findMany({
        where: { userId: endpoint.admin.id, kind: "WEBHOOK_DISABLED" },
      });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.data).toMatchObject({ endpointId: endpoint.id, url: `${base}${endpoint.path}` });
      // The list shows it disabled, with its failures in a row.
      const list = await callRoute(listWebhooks, { method: "GET", url: "/api/v1/webhooks", token: endpoint.token });
      const shown = (
        list.body as { webhooks: { id: string; enabled: boolean; failuresInARow: number }[] }
      ).webhooks.find((w) => w.id === endpoint.id)!;
      expect(shown.enabled).toBe(false);
      expect(shown.failuresInARow).toBeGreaterThanOrEqual(2);
      // A disabled endpoint is not sent new events; turning it back on clears the streak.
      const count = deliveriesTo(endpoint.path).length;
      const { reviewer, claim } = await reviewSetup();
      await setVerdict(reviewer, claim.id, {
        status: "UNVERIFIED",
        rationale: "Nothing confirms or refutes it.",
        version: await claimVersion(claim.id),
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(deliveriesTo(endpoint.path).filter((h) => h.payload.event === "claim.verdict")).toHaveLength(0);
      expect(deliveriesTo(endpoint.path).length).toBe(count);
      const enabled = await callRoute(updateWebhook, {
        method: "PATCH",
        url: `/api/v1/webhooks/${endpoint.id}`,
        params: { id: endpoint.id },
        token: endpoint.token,
        json: { enabled: true },
      });
      expect(enabled.status).toBe(200);
      expect((enabled.body as { webhook: { enabled: boolean; failingSince: null } }).webhook).toMatchObject({
        enabled: true,
        failingSince: null,
      });
    } finally {
      delete process.env.CLAIMLEDGER_WEBHOOK_DISABLE_AFTER_MS;
    }
  });

  it("refuses a private address that is not allowed, and logs why", async () => {
    // Another loopback port: not on CLAIMLEDGER_FETCH_ALLOW.
    const closed = http.createServer((_request, response) => response.end("should never be reached"));
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    let reached = false;
    closed.on("request", () => (reached = true));
    try {
      const port = (closed.address() as AddressInfo).port;
      const endpoint = await registerEndpoint(["claim.verdict"], { url: `http://127.0.0.1:${port}/hook` });
      const { deliveryId } = (await sendTestEvent(endpoint.admin, endpoint.id))!;
      const attempt = await until(() => db.webhookDelivery.findFirst({ where: { deliveryId } }));
      expect(attempt).toMatchObject({ status: null, ok: false, attempt: 1 });
      expect(attempt.responseExcerpt).toMatch(/loopback address/);
      expect(reached).toBe(false);
    } finally {
      await new Promise((resolve) => closed.close(resolve));
    }
  });
});

describe("webhook API", () => {
  it("is for admins: editors and reviewers get 403", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const user = await makeUser(role);
      const { token } = await createApiToken(user, { name: "not an admin" });
      const list = await callRoute(listWebhooks, { method: "GET", url: "/api/v1/webhooks", token });
      expect(list.status).toBe(403);
      const create = await callRoute(createWebhook, {
        method: "POST",
        url: "/api/v1/webhooks",
        token,
        json: { url: "https://hooks.example/x", events: ["claim.verdict"] },
      });
      expect(create.status).toBe(403);
    }
    const admin = await makeUser("ADMIN");
    const { webhook } = await createWebhookEndpoint(admin, {
      url: "https://hooks.example/y",
      events: ["claim.verdict"],
    });
    await db.webhookEndpoint.update({ where: { id: webhook.id }, data: { enabled: false } });
    const editor = await makeUser("EDITOR");
    const { token } = await createApiToken(editor, { name: "not an admin" });
    const patch = await callRoute(updateWebhook, {
      method: "PATCH",
      url: `/api/v1/webhooks/${webhook.id}`,
      params: { id: webhook.id },
      token,
      json: { enabled: true },
    });
    expect(patch.status).toBe(403);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } })).enabled).toBe(false);
  });

  it("answers 400 with field messages: a bad URL, an unknown event, no events", async () => {
    const admin = await makeUser("ADMIN");
    const { token } = await createApiToken(admin, { name: "webhooks input" });
    const post = (json: unknown) => callRoute(createWebhook, { method: "POST", url: "/api/v1/webhooks", token, json });
    const fieldsOf = (answer: { body: unknown }) =>
      (answer.body as { error: { code: string; fields: Record<string, string[]> } }).error;

    const badUrl = await post({ url: "not a url", events: ["claim.verdict"] });
    expect(badUrl.status).toBe(400);
    expect(fieldsOf(badUrl).fields.url).toEqual([
      "Enter a web address starting with https:// (or http://), without a user name or password.",
    ]);
    const unknown = await post({ url: "https://hooks.example/z", events: ["claim.verdict", "claim.exploded"] });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown).fields["events.1"]?.[0]).toMatch(
      /^Unknown event: choose from article.imported, claim.verdict/,
    );
    const none = await post({ url: "https://hooks.example/z", events: [] });
    expect(none.status).toBe(400);
    expect(fieldsOf(none).fields.events).toEqual(["Choose at least one event."]);
    expect(await db.webhookEndpoint.count({ where: { url: "https://hooks.example/z" } })).toBe(0);
  });
});
