import type { Actor } from "@/lib/auth/permissions";
import { claimForWriting } from "@/lib/assignments/access";
import { recordAudit } from "@/lib/audit/record";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { WRITE_TRANSACTION_OPTIONS, takeClaimVersion } from "@/lib/verdicts/version";
import { evidenceSelect } from "./data";
import { addEvidenceSchema, editEvidenceSchema, removeEvidenceSchema } from "./schema";

/** Runs after the version is taken, so no second writer can slip the same URL in meanwhile. */
async function refuseDuplicateUrl(tx: DbTransaction, claimId: string, url: string, exceptId?: string) {
  const existing = await tx.evidence.findFirst({
    where: { claimId, url, removedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { title: true },
  });
  if (existing) {
    const message = `This URL is already cited on this claim (“${existing.title}”). Edit that source instead.`;
    throw new AppError("CONFLICT", message, { fields: { url: [message] } });
  }
}

/**
 * Source changes lock the claim and check who may write and that the article is not finalized
 * (claimForWriting), then take the claim version, all in one transaction with the audit event.
 */
export async function addEvidence(actor: Actor, claimId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const data = parseInput(addEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    await claimForWriting(tx, actor, id, "evidence.write");
    const version = await takeClaimVersion(tx, id, data.version);
    await refuseDuplicateUrl(tx, id, data.url);
    const evidence = await tx.evidence.create({
      data: {
        claimId: id,
        url: data.url,
        title: data.title,
        publisher: data.publisher,
        publishedAt: data.publishedAt,
        accessedAt: data.accessedAt ?? new Date(),
        stance: data.stance,
        excerpt: data.excerpt,
        note: data.note,
        addedById: actor.id,
      },
      select: evidenceSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.added",
      entityType: "Evidence",
      entityId: evidence.id,
      after: { ...auditView(evidence), claimVersion: version },
    });
    return { evidence, claim: { id, version } };
  }, WRITE_TRANSACTION_OPTIONS);
}

async function loadEvidence(tx: DbTransaction, evidenceId: string) {
  const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, select: evidenceSelect });
  if (!evidence) throw notFound("The source");
  return evidence;
}

/** Finds the source's claim, locks and checks it, then reads the source again under that lock. */
async function evidenceForWriting(tx: DbTransaction, actor: Actor, evidenceId: string, version: number) {
  const { claimId } = await loadEvidence(tx, evidenceId);
  await claimForWriting(tx, actor, claimId, "evidence.write");
  const claimVersion = await takeClaimVersion(tx, claimId, version);
  return { before: await loadEvidence(tx, evidenceId), claimVersion };
}

export async function editEvidence(actor: Actor, evidenceId: unknown, input: unknown) {
  const id = assertId(evidenceId, "evidenceId");
  const data = parseInput(editEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const { before, claimVersion: version } = await evidenceForWriting(tx, actor, id, data.version);
    if (before.removedAt)
      throw new AppError("CONFLICT", "This source was removed; add it again instead of editing it.");
    if (data.url !== undefined) await refuseDuplicateUrl(tx, before.claimId, data.url, id);
    const evidence = await tx.evidence.update({
      where: { id },
      data: {
        url: data.url,
        title: data.title,
        publisher: data.publisher,
        publishedAt: data.publishedAt,
        // Clearing the access date means "accessed now", as when adding.
        accessedAt: data.accessedAt === null ? new Date() : data.accessedAt,
        stance: data.stance,
        excerpt: data.excerpt,
        note: data.note,
      },
      select: evidenceSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.edited",
      entityType: "Evidence",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(evidence), claimVersion: version },
    });
    return { evidence, claim: { id: before.claimId, version } };
  }, WRITE_TRANSACTION_OPTIONS);
}

/** Removal keeps the row (removedAt, removedById): verdicts in the history cite it. */
export async function removeEvidence(actor: Actor, evidenceId: unknown, input: unknown) {
  const id = assertId(evidenceId, "evidenceId");
  const data = parseInput(removeEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const { before, claimVersion: version } = await evidenceForWriting(tx, actor, id, data.version);
    if (before.removedAt) throw new AppError("CONFLICT", "This source was already removed.");
    const evidence = await tx.evidence.update({
      where: { id },
      data: { removedAt: new Date(), removedById: actor.id },
      select: evidenceSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.removed",
      entityType: "Evidence",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(evidence), claimVersion: version },
    });
    return { evidence, claim: { id: before.claimId, version } };
  }, WRITE_TRANSACTION_OPTIONS);
}

function auditView(evidence: { [K in keyof typeof evidenceSelect]: unknown }) {
  return JSON.parse(JSON.stringify(evidence)) as Record<string, string | null>;
}
