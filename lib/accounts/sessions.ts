// The signed-in user's browser sessions (device, address, last seen) and "sign out everywhere else".
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { describeDevice } from "./device";

export interface SessionView {
  id: string;
  browser: string | null;
  os: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The actor's live sessions, the one in use first, then by last seen. */
export async function listOwnSessions(actor: Actor, currentSessionToken: string | null): Promise<SessionView[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.id, expires: { gt: new Date() } },
    select: { id: true, sessionToken: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
  });
  return rows
    .map((row) => ({
      id: row.id,
      ...describeDevice(row.userAgent),
      ipAddress: row.ipAddress,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      current: row.sessionToken === currentSessionToken,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}

/** Ends every session of the actor except the one they are using. */
export async function endOtherSessions(
  actor: Actor,
  currentSessionToken: string | null,
): Promise<{ endedSessions: number }> {
  return writeTransaction(async (tx) => {
    const { count: endedSessions } = await tx.session.deleteMany({
      where: { userId: actor.id, ...(currentSessionToken ? { sessionToken: { not: currentSessionToken } } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.sessions_ended",
      entityType: "User",
      entityId: actor.id,
      after: { endedSessions },
    });
    return { endedSessions };
  });
}
