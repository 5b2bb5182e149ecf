// The scheduled side of notifications, run the way the job handlers run them: due reminders are
// raised once per assignment and due date, and the daily digest groups a person's pending items
// into one email (real mail to an SMTP server on 127.0.0.1), sent once, nothing when nothing is
// pending, never about a claim the person may no longer read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignClaims, setDueDate } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";
import { jobsSchema, stopJobQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { sendDigests } from "@/lib/notifications/digest-job";
import { setNotificationPreferences } from "@/lib/notifications/mutations";
import { sendDueReminders } from "@/lib/notifications/reminders";
import { makeArticle, makeUser } from "./factories";
import { startMailServer, type TestMailServer } from "./mail-server";

process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_notification_digest_${process.pid}`;

let mail: TestMailServer;

beforeAll(async () => {
  mail = await startMailServer();
  process.env.SMTP_URL = mail.url;
  process.env.CLAIMLEDGER_MAIL_FROM = "ClaimLedger <desk@claimledger.test>";
  process.env.NEXTAUTH_URL = "https://claimledger.example.org";
  await startWorker({ pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, schedule: false, concurrency: 1 });
});

afterAll(async () => {
  await stopJobQueue();
  await mail.close();
  delete process.env.SMTP_URL;
  delete process.env.CLAIMLEDGER_MAIL_FROM;
});

async function mailJobsTo(address: string): Promise<{ subject: string; text: string }[]> {
  return db.$queryRawUnsafe<{ subject: string; text: string }[]>(
    `SELECT data->>'subject' AS subject, data->>'text' AS text FROM "${jobsSchema()}".job
     WHERE name = 'mail_send' AND data->>'to' = $1`,
    address,
  );
}

describe("the daily digest", () => {
  it("groups the pending items by article and kind into one email, sent once, leaving out what may not be read", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const someoneElse = await makeUser("REVIEWER");
    await setNotificationPreferences(reviewer.id, { ASSIGNED: "DIGEST" });
    const first = await makeArticle(editor);
    const second = await makeArticle(editor);
    const lost = await makeArticle(editor);
    await assignClaims(editor, { claimIds: [first.claims[1]!.id, first.claims[0]!.id], reviewerId: reviewer.id });
    await assignClaims(editor, { claimIds: [second.claims[0]!.id], reviewerId: reviewer.id });
    await assignClaims(editor, { claimIds: [lost.claims[0]!.id], reviewerId: reviewer.id });
    await assignClaims(editor, { claimIds: [lost.claims[0]!.id], reviewerId: someoneElse.id }); // taken away
    expect(await mailJobsTo(reviewer.email)).toEqual([]); // nothing at once: the digest carries them

    // Two runs at once (a retry racing the first): one email.
    await Promise.all([sendDigests(), sendDigests()]);
    await sendDigests();
    const jobs = await mailJobsTo(reviewer.email);
    expect(jobs).toHaveLength(1);
    const message = await mail.waitFor(reviewer.email);
    expect(message.subject).toBe("Your ClaimLedger digest: 3 notifications");
    const text = message.text ?? "";
    const [a, b] = [first.article, second.article].sort((x, y) => x.title.localeCompare(y.title));
    expect(text.indexOf(`“${a!.title}”`)).toBeGreaterThan(-1);
    expect(text.indexOf(`“${a!.title}”`)).toBeLessThan(text.indexOf(`“${b!.title}”`));
    const section = text.slice(text.indexOf(`“${first.article.title}”`));
    expect(section).toMatch(
      new RegExp(
        `Assigned to you:\\n- .* assigned claim C${first.claims[0]!.number} to you\\. https://claimledger\\.example\\.org/claims/${first.claims[0]!.id}\\n- .* assigned claim C${first.claims[1]!.number} to you\\.`,
      ),
    );
    expect(text).not.toContain(lost.article.title);
    expect(text).not.toContain(lost.claims[0]!.id);
    expect(message.html).toContain(`<a href="https://claimledger.example.org/claims/${second.claims[0]!.id}">`);

    // Everything was taken, including the unreadable one: the next digest has nothing to send.
    expect(await db.notification.count({ where: { userId: reviewer.id, digestedAt: null, channel: "DIGEST" } })).toBe(
      0,
    );
  });

  it("sends nothing to a person with nothing pending", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await makeArticle(editor);
    await setNotificationPreferences(reviewer.id, { ASSIGNED: "APP" });
    await assignClaims(editor, { claimIds: [claims[0]!.id], reviewerId: reviewer.id });
    await sendDigests();
    expect(await mailJobsTo(reviewer.email)).toEqual([]);
  });
});

describe("due reminders", () => {
  // Far from today, so the assignments of other test files are outside the reminders' window.
  const now = new Date("2091-03-10T12:00:00Z");
  const at = (iso: string) => new Date(iso);

  it("says 'due tomorrow' once and 'overdue' once per assignment and due date, to the reviewer only", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const { claims } = await makeArticle(editor);
    const [tomorrow, late, later] = claims;
    await assignClaims(editor, {
      claimIds: [tomorrow!.id],
      reviewerId: reviewer.id,
      dueAt: "2091-03-11T23:59:59.999Z",
    });
    await assignClaims(editor, { claimIds: [late!.id], reviewerId: reviewer.id, dueAt: "2091-03-09T23:59:59.999Z" });
    await assignClaims(editor, { claimIds: [later!.id], reviewerId: reviewer.id, dueAt: "2091-03-20T23:59:59.999Z" });

    await sendDueReminders(now);
    await Promise.all([sendDueReminders(now), sendDueReminders(at("2091-03-10T20:00:00Z"))]);
    const reminders = await db.notification.findMany({
      where: { userId: reviewer.id, kind: { in: ["DUE_TOMORROW", "OVERDUE"] } },
      select: { kind: true, claimId: true, channel: true },
    });
    expect(reminders).toHaveLength(2);
    expect(reminders).toEqual(
      expect.arrayContaining([
        { kind: "DUE_TOMORROW", claimId: tomorrow!.id, channel: "EMAIL" },
        { kind: "OVERDUE", claimId: late!.id, channel: "DIGEST" },
      ]),
    );
    expect(await db.notification.count({ where: { userId: editor.id } })).toBe(0);
    const dueMails = (await mailJobsTo(reviewer.email)).filter((job) => job.text.includes("is due tomorrow"));
    expect(dueMails).toHaveLength(1);
    expect(dueMails[0]!.text).toContain(`Your review of claim C${tomorrow!.number} is due tomorrow.`);

    // A new due date earns a new reminder; a completed assignment earns none.
    await setDueDate(editor, { claimIds: [tomorrow!.id], dueAt: "2091-03-11T20:00:00.000Z" });
    await db.assignment.updateMany({ where: { claimId: late!.id }, data: { state: "COMPLETED", closedAt: now } });
    await sendDueReminders(at("2091-03-10T19:00:00Z"));
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: "DUE_TOMORROW" } })).toBe(2);
    await sendDueReminders(at("2091-03-12T12:00:00Z"));
    expect(
      await db.notification.findMany({ where: { userId: reviewer.id, kind: "OVERDUE" }, select: { claimId: true } }),
    ).toEqual(expect.arrayContaining([{ claimId: late!.id }, { claimId: tomorrow!.id }]));
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: "OVERDUE" } })).toBe(2);
  });
});
