// Audit events are written in the same transaction as the change they describe, validated
// against the same schema their readers parse with (events.ts).
import "server-only";
import type { DbTransaction, Prisma } from "@/lib/db/client";
import { auditEventSchema, type AuditEventInput } from "./events";

export type { AuditAction, AuditEventInput } from "./events";

export async function recordAudit(tx: DbTransaction, entry: AuditEventInput): Promise<void> {
  const event = auditEventSchema.parse(entry);
  await tx.auditEvent.create({
    data: {
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      actorId: event.actorId,
      before: event.before as Prisma.InputJsonValue | undefined,
      after: event.after as Prisma.InputJsonValue | undefined,
    },
  });
}

/** Many events of one transaction in one statement (imports record one per claim). */
export async function recordAudits(tx: DbTransaction, entries: AuditEventInput[]): Promise<void> {
  if (!entries.length) return;
  const events = entries.map((entry) => auditEventSchema.parse(entry));
  await tx.auditEvent.createMany({
    data: events.map((event) => ({
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      actorId: event.actorId,
      before: event.before as Prisma.InputJsonValue | undefined,
      after: event.after as Prisma.InputJsonValue | undefined,
    })),
  });
}
