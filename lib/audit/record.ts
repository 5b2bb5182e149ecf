// Audit events are written in the same transaction as the change they describe, validated
// against the same schema their readers parse with (events.ts).
import "server-only";
import type { DbTransaction, Prisma } from "@/lib/db/client";
import { auditEventSchema, type AuditEventInput } from "./events";

export type { AuditAction, AuditEventInput } from "./events";

/** The columns every reader of audit events selects (pages, API, reports); each adds its actor. */
export const auditEventFields = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
} as const;

function toRow(entry: AuditEventInput): Prisma.AuditEventUncheckedCreateInput {
  const event = auditEventSchema.parse(entry);
  return {
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    actorId: event.actorId,
    before: event.before as Prisma.InputJsonValue | undefined,
    after: event.after as Prisma.InputJsonValue | undefined,
  };
}

export async function recordAudit(tx: DbTransaction, entry: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: toRow(entry) });
}

/** Several events in one statement (a batch write: import, re-extraction). */
export async function recordAudits(tx: DbTransaction, entries: AuditEventInput[]): Promise<void> {
  if (entries.length) await tx.auditEvent.createMany({ data: entries.map(toRow) });
}
