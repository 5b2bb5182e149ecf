// The daily digest, run by the notification_digest job: for each person, the notifications on
// the DIGEST channel not yet in a digest, grouped by article and kind into one email. Taking the
// items (setting digestedAt) and queueing the email happen in one transaction per person, so a
// retried or doubled run sends each item at most once, and a run with nothing pending sends
// nothing. Items about claims the person may no longer read are taken but left out, and so are
// notices about the server itself (a disabled webhook endpoint, chosen DIGEST by its admin): they
// have no article to be grouped under, the admins were emailed at once when email is on, and the
// notice stays in the centre (docs/notifications.md).
import "server-only";
import { claimsWhere } from "@/lib/access";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { mailEnabled } from "@/lib/mail/config";
import { queueMail } from "@/lib/mail/send";
import { digestMail } from "@/lib/mail/templates/notification";
import { articleLink, centreLink, claimLink, settingsLink } from "./create";
import { digestItemOf, groupDigest, type DigestItem } from "./digest";

export async function sendDigests(now = new Date()): Promise<{ sent: number }> {
  // Without email the items stay pending: they are in the app anyway, and nothing is lost if
  // email is turned on later (the first digest then carries them).
  if (!mailEnabled()) return { sent: 0 };
  const people = await db.notification.groupBy({
    by: ["userId"],
    where: { channel: "DIGEST", digestedAt: null, createdAt: { lte: now } },
  });
  let sent = 0;
  for (const { userId } of people) {
    if (await sendDigestTo(userId, now)) sent++;
  }
  return { sent };
}

async function sendDigestTo(userId: string, now: Date): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, active: true, email: true, name: true },
    });
    // Taking the rows under their row locks: a second run waiting on them finds none left.
    const taken = await tx.notification.updateManyAndReturn({
      where: { userId, channel: "DIGEST", digestedAt: null, createdAt: { lte: now } },
      data: { digestedAt: now },
      select: { id: true },
    });
    if (!user?.active || !taken.length) return false;
    const rows = await tx.notification.findMany({
      where: {
        id: { in: taken.map((row) => row.id) },
        claim: { deletedAt: null, ...claimsWhere(user, "claim.read") },
      },
      select: {
        kind: true,
        articleId: true,
        claimId: true,
        data: true,
        createdAt: true,
        actor: { select: { name: true } },
        article: { select: { title: true } },
        claim: { select: { number: true } },
      },
    });
    const items = rows.map(digestItemOf).filter((item): item is DigestItem => item !== null);
    if (!items.length) return false;
    const queued = await queueMail(
      digestMail({
        to: user.email,
        name: user.name,
        groups: groupDigest(items),
        linkFor: claimLink,
        articleLink,
        centreLink: centreLink(),
        settingsLink: settingsLink(),
      }),
      { tx },
    );
    // No job (the queue could not be started, or email was turned off meanwhile): roll the taking
    // back, so the items stay pending for the next run instead of being marked sent unsent.
    if (!queued) throw new Error("The digest email could not be queued; its items stay pending for the next run.");
    return true;
  });
}
