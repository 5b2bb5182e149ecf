// "A failure never blocks the action that caused it": email is on, but the job queue cannot be
// started (here: a queue schema PostgreSQL would refuse, as pg-boss failing to connect or to
// create its schema would). The assignment still commits and the reviewer is notified in the
// app; the email that could not be queued is logged, not thrown. A digest that cannot be queued
// leaves its items pending for the next run rather than marking them sent.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assignClaims } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";
import { sendDigests } from "@/lib/notifications/digest-job";
import { setNotificationPreferences } from "@/lib/notifications/mutations";
import { makeArticle, makeUser } from "./factories";

const saved = {
  SMTP_URL: process.env.SMTP_URL,
  CLAIMLEDGER_MAIL_FROM: process.env.CLAIMLEDGER_MAIL_FROM,
  CLAIMLEDGER_JOBS_SCHEMA: process.env.CLAIMLEDGER_JOBS_SCHEMA,
};

beforeAll(() => {
  // Nothing listens there: no mail can be sent, and none must be tried during the change.
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";
  process.env.CLAIMLEDGER_JOBS_SCHEMA = "no such schema!";
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("email on, job queue unavailable", () => {
  it("the assignment commits and notifies in the app; the email is logged as not queued", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await makeArticle(editor);
    const claim = claims[0]!;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let messages: string[];
    try {
      await assignClaims(editor, { claimIds: [claim.id], reviewerId: reviewer.id });
    } finally {
      messages = logged.mock.calls.map(([first]) => String(first));
      logged.mockRestore();
    }
    expect(await db.assignment.count({ where: { claimId: claim.id, reviewerId: reviewer.id, state: "OPEN" } })).toBe(1);
    expect(
      await db.notification.findMany({
        where: { userId: reviewer.id },
        select: { kind: true, claimId: true, channel: true },
      }),
    ).toEqual([{ kind: "ASSIGNED", claimId: claim.id, channel: "EMAIL" }]);
    expect(messages.some((message) => message.includes("mail_send was not queued"))).toBe(true);
  });

  it("a digest run that cannot queue its email fails (the job is retried) and leaves the items pending", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    await setNotificationPreferences(reviewer.id, { ASSIGNED: "DIGEST" });
    const { claims } = await makeArticle(editor);
    await assignClaims(editor, { claimIds: [claims[0]!.id], reviewerId: reviewer.id });
    const pending = () =>
      db.notification.count({ where: { userId: reviewer.id, channel: "DIGEST", digestedAt: null } });
    expect(await pending()).toBe(1);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(sendDigests()).rejects.toThrow("could not be queued");
    } finally {
      logged.mockRestore();
    }
    expect(await pending()).toBe(1);
  });
});
