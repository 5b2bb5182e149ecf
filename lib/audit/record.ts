// Audit events are written in the same transaction as the change they describe.
import type { DbTransaction, Prisma } from "@/lib/db/client";

export const AUDIT_ACTIONS = [
  "user.created",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
  "token.created",
  "token.revoked",
  "article.imported",
  "article.finalized",
  "article.reopened",
  "article.exported",
  "report.exported",
  "claim.created",
  "claim.edited",
  "claim.split",
  "claim.merged",
  "claim.deleted",
  "claim.extracted",
  "evidence.added",
  "evidence.edited",
  "evidence.removed",
  "assignment.created",
  "assignment.removed",
  "assignment.updated",
  "comment.created",
  "verdict.set",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: "User" | "ApiToken" | "Article" | "Claim" | "Evidence" | "Assignment" | "Comment" | "Report";
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
