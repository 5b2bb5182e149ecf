// Sources of a claim: add, edit, remove. Each goes through the claim-write kernel (lock, who may
// write, not finalized, version) with its audit event in the same transaction.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { z } from "zod";
import { writeClaim, type ClaimWriteContext } from "@/lib/claims/kernel";
import { db, type DbTransaction } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { withSnapshots } from "@/lib/sources/data";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
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

export type NewEvidence = Omit<z.output<typeof addEvidenceSchema>, "version">;

/**
 * Adds one source inside a claim write the kernel already holds (addEvidence; sources reused from
 * a confirmed similar claim, lib/similar): the row, its audit event and its snapshot job, together.
 */
export async function insertEvidence(
  { tx, version, audit }: Pick<ClaimWriteContext, "tx" | "version" | "audit">,
  actor: Actor,
  claimId: string,
  data: NewEvidence,
) {
  await refuseDuplicateUrl(tx, claimId, data.url);
  const evidence = await tx.evidence.create({
    data: {
      claimId,
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
  await audit({
    action: "evidence.added",
    entityType: "Evidence",
    entityId: evidence.id,
    after: { ...auditView(evidence), claimVersion: version },
  });
  // The snapshot of the page as cited, taken in the background (lib/sources/snapshot.ts); queued
  // in this transaction, so it exists exactly when the source does.
  await enqueue("source_snapshot", { evidenceId: evidence.id }, { tx, singletonKey: evidence.id, optional: true });
  return { ...evidence, snapshots: [] };
}

export async function addEvidence(actor: Actor, claimId: unknown, input: unknown) {
  const id = assertId(claimId, "claimId");
  const { version: _seen, ...data } = parseInput(addEvidenceSchema, input);
  return writeClaim(actor, id, { action: "evidence.write", version: _seen }, async (context) => {
    const evidence = await insertEvidence(context, actor, id, data);
    return { evidence, claim: { id, version: context.version } };
  });
}

async function loadEvidence(client: DbTransaction | typeof db, evidenceId: string) {
  const evidence = await client.evidence.findUnique({ where: { id: evidenceId }, select: evidenceSelect });
  if (!evidence) throw notFound("The source");
  return evidence;
}

/**
 * A write on one source: its claim (a source never moves between claims) goes through the
 * kernel, and the source is read again under the claim's lock.
 */
async function writeEvidence<T>(
  actor: Actor,
  evidenceId: string,
  version: number,
  body: (context: { tx: DbTransaction; before: Awaited<ReturnType<typeof loadEvidence>>; version: number; audit: Parameters<Parameters<typeof writeClaim>[3]>[0]["audit"] }) => Promise<T>,
) {
  const { claimId } = await loadEvidence(db, evidenceId);
  return writeClaim(actor, claimId, { action: "evidence.write", version }, async ({ tx, version: claimVersion, audit }) =>
    body({ tx, before: await loadEvidence(tx, evidenceId), version: claimVersion, audit }),
  );
}

export async function editEvidence(actor: Actor, evidenceId: unknown, input: unknown) {
  const id = assertId(evidenceId, "evidenceId");
  const data = parseInput(editEvidenceSchema, input);
  return writeEvidence(actor, id, data.version, async ({ tx, before, version, audit }) => {
    if (before.removedAt)
      throw new AppError("CONFLICT", "This source was removed; add it again instead of editing it.");
    if (data.url !== undefined) await refuseDuplicateUrl(tx, before.claimId, data.url, id);
    const urlChanged = data.url !== undefined && data.url !== before.url;
    const evidence = await tx.evidence.update({
      where: { id },
      data: {
        url: data.url,
        // A new address is a new page to keep: its snapshot is taken as for a new source.
        ...(urlChanged ? { linkState: "PENDING" as const, linkCheckedAt: null } : {}),
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
    await audit({
      action: "evidence.edited",
      entityType: "Evidence",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(evidence), claimVersion: version },
    });
    if (urlChanged) await enqueue("source_snapshot", { evidenceId: id }, { tx, singletonKey: id, optional: true });
    const [withTheirSnapshots] = await withSnapshots(tx, [evidence]);
    return { evidence: withTheirSnapshots!, claim: { id: before.claimId, version } };
  });
}

/** Removal keeps the row (removedAt, removedById): verdicts in the history cite it. */
export async function removeEvidence(actor: Actor, evidenceId: unknown, input: unknown) {
  const id = assertId(evidenceId, "evidenceId");
  const data = parseInput(removeEvidenceSchema, input);
  return writeEvidence(actor, id, data.version, async ({ tx, before, version, audit }) => {
    if (before.removedAt) throw new AppError("CONFLICT", "This source was already removed.");
    const evidence = await tx.evidence.update({
      where: { id },
      data: { removedAt: new Date(), removedById: actor.id },
      select: evidenceSelect,
    });
    await audit({
      action: "evidence.removed",
      entityType: "Evidence",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(evidence), claimVersion: version },
    });
    const [withTheirSnapshots] = await withSnapshots(tx, [evidence]);
    return { evidence: withTheirSnapshots!, claim: { id: before.claimId, version } };
  });
}

function auditView(evidence: { [K in keyof typeof evidenceSelect]: unknown }) {
  // The link's state is what a fetch found, not what a person wrote: it stays out of the audit log.
  const { linkState: _state, linkCheckedAt: _checked, ...written } = evidence;
  return JSON.parse(JSON.stringify(written)) as Record<string, string | null>;
}
