// Email through the job queue to a real SMTP server on 127.0.0.1: the reset link arrives with a
// plain-text part and works once; the answer never tells whether the address has an account; a
// refusing server is retried; requests are throttled. The operator's CLI command sends the link.
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/identity";
import {
  completePasswordReset,
  EMAIL_OFF_MESSAGE,
  requestPasswordReset,
  resetLinkIsLive,
  RESET_REQUESTED_MESSAGE,
} from "@/lib/accounts/password-reset";
import { db } from "@/lib/db/client";
import { JOB_QUEUES } from "@/lib/jobs/kinds";
import { stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { sessionCookie } from "./api-harness";
import { cliEnvironment, runClaimledger } from "./cli-environment";
import { makeUser, TEST_PASSWORD, uniqueSuffix } from "./factories";
import { startMailServer, type TestMailServer } from "./mail-server";

// A queue of this file's own: other files' workers must not take its mail.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_mail_${process.pid}`;

let mail: TestMailServer;
let boss: PgBoss;
// Throttles count per address in the shared database, so each test's address is its own: two
// of 250 random ones once met within a minute and the throttle test was refused a request early.
const address = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`;
const linkIn = (text: string) => /https?:\/\/\S+\/login\/reset\?token=([\w-]+)/.exec(text);

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";
  process.env.NEXTAUTH_URL = "https://claimledger.example.org";
  boss = await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
  await mail.close();
  delete process.env.SMTP_URL;
  delete process.env.CLAIMLEDGER_MAIL_FROM;
});

describe("forgotten password by email", () => {
  it("mails a plain-text link to the app that sets a new password once, ends sessions, and then is dead", async () => {
    const user = await makeUser("REVIEWER");
    const { sid } = await sessionCookie(user.id);
    const answer = await requestPasswordReset({ email: user.email.toUpperCase() }, address());
    expect(answer.message).toBe(RESET_REQUESTED_MESSAGE);

    const message = await mail.waitFor(user.email);
    expect(message.subject).toBe("Choose a new ClaimLedger password");
    expect(message.from?.text).toContain("desk@claimledger.test");
    expect(message.text).toContain("https://claimledger.example.org/login/reset?token=");
    expect(message.html).toContain('<a href="https://claimledger.example.org/login/reset?token=');
    const token = linkIn(message.text ?? "")![1];
    expect(await resetLinkIsLive(token)).toBe(true);

    await completePasswordReset({ token, newPassword: "a brand new password" });
    expect(await db.session.count({ where: { sessionToken: sid } })).toBe(0);
    expect((await signInWithPassword(user.email, "a brand new password", address())).ok).toBe(true);
    expect((await signInWithPassword(user.email, TEST_PASSWORD, address())).ok).toBe(false);

    // Single use: the same link again is refused with a field message, and changes nothing.
    await expect(completePasswordReset({ token, newPassword: "yet another password" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: { token: [expect.stringMatching(/not valid any more/)] } },
    });
    expect(await resetLinkIsLive(token)).toBe(false);
    expect((await signInWithPassword(user.email, "a brand new password", address())).ok).toBe(true);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const nobody = `nobody-${uniqueSuffix()}@test.local`;
    const before = mail.messages.length;
    expect(await requestPasswordReset({ email: nobody }, address())).toEqual({ message: RESET_REQUESTED_MESSAGE });
    const known = await makeUser("EDITOR");
    expect(await requestPasswordReset({ email: known.email }, address())).toEqual({ message: RESET_REQUESTED_MESSAGE });
    await mail.waitFor(known.email);
    expect(mail.messages.slice(before).flatMap((m) => [m.to].flat().map((to) => to?.text))).not.toContain(nobody);
  });

  it("answers before the account's work is done, so its timing does not tell that the address exists", async () => {
    const user = await makeUser("REVIEWER");
    // Another transaction holds the account's row: writing a link for it (its foreign key) waits.
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const HOLD_MS = 3_000;
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
        locked();
        await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      },
      { timeout: HOLD_MS * 4 },
    );
    await isLocked;
    const started = Date.now();
    expect(await requestPasswordReset({ email: user.email }, address())).toEqual({ message: RESET_REQUESTED_MESSAGE });
    const answeredAfter = Date.now() - started;
    await holder;
    expect(answeredAfter).toBeLessThan(HOLD_MS - 1_000);
    // …and the link still comes once the row is free.
    expect((await mail.waitFor(user.email)).text).toContain("/login/reset?token=");
  });

  it("refuses an expired link", async () => {
    const user = await makeUser("REVIEWER");
    await requestPasswordReset({ email: user.email }, address());
    const token = linkIn((await mail.waitFor(user.email)).text ?? "")![1];
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetLinkIsLive(token)).toBe(false);
    await expect(completePasswordReset({ token, newPassword: "a brand new password" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    expect((await signInWithPassword(user.email, TEST_PASSWORD, address())).ok).toBe(true);
  });

  it("retries when the mail server refuses for a while", async () => {
    const user = await makeUser("REVIEWER");
    mail.refuseNext(1);
    // pg-boss retries after the queue's retryDelay (30 s in production, then backing off). This
    // file's queue (its own schema) waits 1 s instead: the same retry, without 30 s of idle test.
    await boss.updateQueue("mail_send", { name: "mail_send", ...JOB_QUEUES.mail_send, retryDelay: 1 });
    try {
      await requestPasswordReset({ email: user.email }, address());
      const message = await mail.waitFor(user.email, 30_000);
      expect(message.text).toContain("/login/reset?token=");
    } finally {
      await boss.updateQueue("mail_send", { name: "mail_send", ...JOB_QUEUES.mail_send });
    }
  }, 60_000);

  it("throttles: one link a minute per account (silently), five requests a minute per address (429)", async () => {
    const user = await makeUser("REVIEWER");
    const from = address();
    await requestPasswordReset({ email: user.email }, from);
    await requestPasswordReset({ email: user.email }, from);
    await mail.waitFor(user.email);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: `x${i}-${uniqueSuffix()}@test.local` }, from);
    await expect(requestPasswordReset({ email: user.email }, from)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("says email is off when SMTP is not configured", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      await expect(requestPasswordReset({ email: "someone@test.local" }, address())).rejects.toMatchObject({
        code: "UNAVAILABLE",
        message: EMAIL_OFF_MESSAGE,
      });
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});

/** Runs `npx claimledger …` with this file's environment (its SMTP server) unless another is given. */
const claimledger = (args: string[], env?: NodeJS.ProcessEnv) => runClaimledger(args, { env });

describe("npx claimledger user reset-password --email", () => {
  it("sends the user a working single-use link at once; names an unknown address; refuses while email is off", async () => {
    const user = await makeUser("EDITOR");
    const sent = await claimledger(["user", "reset-password", "--email", user.email.toUpperCase()]);
    expect(sent, sent.stderr).toMatchObject({ code: 0 });
    expect(sent.stdout).toContain(`Sent a password reset link to ${user.email}`);
    const message = await mail.waitFor(user.email);
    expect(message.subject).toBe("Choose a new ClaimLedger password");
    const token = linkIn(message.text ?? "")![1];
    // The link is not printed: only the person at that address gets it.
    expect(sent.stdout + sent.stderr).not.toContain(token);
    await completePasswordReset({ token, newPassword: "chosen from the link" });
    expect((await signInWithPassword(user.email, "chosen from the link", address())).ok).toBe(true);
    expect(await resetLinkIsLive(token)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_reset_requested" },
    });
    expect(audit.after).toEqual({ via: "cli" });

    const nobody = `nobody-${uniqueSuffix()}@test.local`;
    const unknown = await claimledger(["user", "reset-password", "--email", nobody]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`A user with the email ${nobody} was not found.`);

    const { SMTP_URL: _off, ...withoutSmtp } = cliEnvironment();
    const off = await claimledger(["user", "reset-password", "--email", user.email], withoutSmtp);
    expect(off.code).toBe(1);
    expect(off.stderr).toContain("Email is off: set SMTP_URL and CLAIMLEDGER_MAIL_FROM");
  }, 90_000);
});
