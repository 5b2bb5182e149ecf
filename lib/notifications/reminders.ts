// Due reminders, run hourly by the notification_reminders job: "due tomorrow" during the day
// before an open assignment's due day, "overdue" once it has passed. Each is raised once per
// assignment and due date (the notification's dedupeKey is unique per person), so a retried or
// doubled run, or two workers, neither repeat nor re-email it; a new due date earns new reminders.
import "server-only";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { notify, type NotificationChange } from "./create";
import { dueReminderKey, dueReminderKind } from "./recipients";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * "Overdue" is said within a week of the due time: a reminder, not archaeology (an instance that
 * turns notifications on does not announce every assignment that was late long ago).
 */
const OVERDUE_WINDOW_MS = 7 * DAY_MS;
const BATCH = 100;

export async function sendDueReminders(now = new Date()): Promise<{ raised: number }> {
  const open = await db.assignment.findMany({
    where: {
      state: "OPEN",
      dueAt: { gte: new Date(now.getTime() - OVERDUE_WINDOW_MS), lte: new Date(now.getTime() + 2 * DAY_MS) },
      claim: { deletedAt: null },
      reviewer: { active: true },
    },
    select: { id: true, claimId: true, reviewerId: true, dueAt: true },
    orderBy: { id: "asc" },
  });
  const owed: NotificationChange[] = [];
  for (const assignment of open) {
    const kind = dueReminderKind(assignment.dueAt!, now);
    if (!kind) continue;
    owed.push({
      kind,
      actorId: null,
      claimId: assignment.claimId,
      recipientIds: [assignment.reviewerId],
      data: { assignmentId: assignment.id, dueAt: assignment.dueAt!.toISOString() },
      dedupeKey: dueReminderKey(kind, assignment.id, assignment.dueAt!),
    });
  }
  // Skip the ones already raised before opening transactions for them (the unique key would too).
  const raisedBefore = new Set(
    (
      await db.notification.findMany({
        where: { dedupeKey: { in: owed.map((change) => change.dedupeKey!) } },
        select: { userId: true, dedupeKey: true },
      })
    ).map((row) => `${row.userId}|${row.dedupeKey}`),
  );
  const pending = owed.filter((change) => !raisedBefore.has(`${change.recipientIds[0]}|${change.dedupeKey}`));
  let raised = 0;
  for (let i = 0; i < pending.length; i += BATCH) {
    raised += await writeTransaction((tx) => notify(tx, pending.slice(i, i + BATCH)));
  }
  return { raised };
}
