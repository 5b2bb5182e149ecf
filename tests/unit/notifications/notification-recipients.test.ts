import { describe, expect, it } from "vitest";
import { assignedChanges, commentChanges, verdictChanges } from "@/lib/notifications/changes";
import { DEFAULT_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import {
  channelFor,
  dueReminderKey,
  dueReminderKind,
  emailsAtOnce,
  recipientsFor,
  verdictAuthor,
  type RecipientFacts,
} from "@/lib/notifications/recipients";

const reader = (userId: string, extra: Partial<RecipientFacts> = {}): RecipientFacts => ({
  userId,
  active: true,
  mayRead: true,
  ...extra,
});

describe("recipient rules", () => {
  it("never notifies the actor of their own change", () => {
    expect(recipientsFor({ kind: "ASSIGNED", actorId: "ed" }, [reader("ed"), reader("rev")])).toEqual([
      { userId: "rev", channel: "EMAIL" },
    ]);
  });

  it("never notifies someone who may not read the claim, or who is deactivated", () => {
    const people = [reader("gone", { active: false }), reader("unassigned", { mayRead: false }), reader("ok")];
    expect(recipientsFor({ kind: "MENTIONED", actorId: "a" }, people).map((r) => r.userId)).toEqual(["ok"]);
  });

  it("applies the person's choice, the default when none, and drops OFF", () => {
    const people = [reader("email", { preference: "EMAIL" }), reader("off", { preference: "OFF" }), reader("none")];
    expect(recipientsFor({ kind: "SOURCE_CHANGED", actorId: null }, people)).toEqual([
      { userId: "email", channel: "EMAIL" },
      { userId: "none", channel: DEFAULT_CHANNELS.SOURCE_CHANGED },
    ]);
  });

  it("notifies a person once per change even when listed twice", () => {
    expect(recipientsFor({ kind: "ASSIGNED", actorId: null }, [reader("r"), reader("r")])).toHaveLength(1);
  });

  it("has a default for every kind, and email goes out at once only for EMAIL with mail on", () => {
    for (const kind of NOTIFICATION_KINDS) expect(channelFor(kind)).toBe(DEFAULT_CHANNELS[kind]);
    expect(emailsAtOnce("EMAIL", true)).toBe(true);
    expect(emailsAtOnce("EMAIL", false)).toBe(false);
    expect(emailsAtOnce("DIGEST", true)).toBe(false);
    expect(emailsAtOnce("APP", true)).toBe(false);
  });
});

describe("whose verdict a status change concerns", () => {
  it("is the author of the latest verdict, not of a later reopen", () => {
    const history = [
      { toStatus: "CORROBORATED", actorId: "ana" },
      { toStatus: "PENDING", actorId: "editor" },
    ];
    expect(verdictAuthor(history)).toBe("ana");
    expect(verdictAuthor([])).toBeNull();
    expect(verdictChanges("editor", "c1", history, "DISPUTED")).toEqual([
      expect.objectContaining({
        kind: "VERDICT_CHANGED",
        recipientIds: ["ana"],
        data: { fromStatus: "PENDING", toStatus: "DISPUTED" },
      }),
    ]);
    expect(verdictChanges("editor", "c1", history.slice(0, 1), "PENDING")[0]).toMatchObject({
      kind: "VERDICT_REOPENED",
      recipientIds: ["ana"],
    });
    expect(verdictChanges("ana", "c1", [], "CORROBORATED")).toEqual([]);
  });
});

describe("changes raised by writes", () => {
  it("tells each new assignment's reviewer, and splits mentions from consultations", () => {
    const due = new Date("2030-01-15T23:59:59Z");
    expect(assignedChanges("ed", [{ id: "a1", claimId: "c1", reviewerId: "r1", dueAt: due }])).toEqual([
      {
        kind: "ASSIGNED",
        actorId: "ed",
        claimId: "c1",
        recipientIds: ["r1"],
        data: { assignmentId: "a1", dueAt: due.toISOString() },
      },
    ]);
    const [mentioned, consulted] = commentChanges("w", "c1", "k1", ["reader", "outsider"], ["outsider"]);
    expect(mentioned).toMatchObject({ kind: "MENTIONED", recipientIds: ["reader"] });
    expect(consulted).toMatchObject({ kind: "CONSULTED", recipientIds: ["outsider"] });
  });
});

describe("due reminders", () => {
  const dueAt = new Date("2030-01-15T22:59:59.999Z"); // the end of 15 January in Paris (UTC+1)
  it("is 'due tomorrow' exactly during the day before the due day, then nothing, then overdue", () => {
    expect(dueReminderKind(dueAt, new Date("2030-01-13T22:59:59.998Z"))).toBeNull(); // 13 Jan, Paris
    expect(dueReminderKind(dueAt, new Date("2030-01-13T23:00:00Z"))).toBe("DUE_TOMORROW"); // 14 Jan 00:00, Paris
    expect(dueReminderKind(dueAt, new Date("2030-01-14T22:59:00Z"))).toBe("DUE_TOMORROW"); // 14 Jan 23:59, Paris
    expect(dueReminderKind(dueAt, new Date("2030-01-15T12:00:00Z"))).toBeNull(); // due today
    expect(dueReminderKind(dueAt, new Date("2030-01-15T23:00:00Z"))).toBe("OVERDUE");
  });
  it("keys a reminder by kind, assignment and due date", () => {
    expect(dueReminderKey("OVERDUE", "a1", dueAt)).toBe("OVERDUE:a1:2030-01-15T22:59:59.999Z");
    expect(dueReminderKey("OVERDUE", "a1", dueAt)).not.toBe(dueReminderKey("OVERDUE", "a1", new Date(0)));
  });
});
