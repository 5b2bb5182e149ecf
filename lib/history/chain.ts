// The verdict history is a hash chain per claim: each StatusChange row's hash covers the previous
// row's hash and a canonical serialisation of the change, so rewriting any row (even with the
// append-only trigger disabled) breaks the chain at that row. Pure: no database, no clock.
import { createHash } from "node:crypto";
import { historyWitnessSchema } from "@/lib/audit/events";

export interface CitedSource {
  id: string;
  url: string;
}

/** What a row records (StatusChangeKind): rows from before sign-off are all VERDICT. */
export type ChangeKind = "VERDICT" | "APPROVED" | "SENT_BACK" | "PUBLISHED" | "CORRECTION";

export interface CanonicalChange {
  claimId: string;
  fromStatus: string;
  toStatus: string;
  actorId: string;
  rationale: string;
  citedEvidence: CitedSource[];
  createdAt: Date | string;
  /** Absent means VERDICT (rows and callers from before sign-off). */
  kind?: ChangeKind | string;
  /** The desk's rating label chosen with a verdict; absent or null on the default scale. */
  ratingLabel?: string | null;
}

export const SERIALISATION_V1 = "claimledger.status-change.v1";
export const SERIALISATION_V2 = "claimledger.status-change.v2";

/**
 * v1 is what every row written before sign-off was hashed under, and it can only express a
 * verdict row without a rating label; such rows keep v1, so old chains verify byte for byte.
 * Every other row (an approval, a send-back, a publication, a correction, a labelled verdict)
 * is v2, which adds kind and label. Changing either on a stored row changes its bytes (and its
 * version), so the recomputed hash no longer matches.
 */
export function serialisationVersion(change: Pick<CanonicalChange, "kind" | "ratingLabel">): 1 | 2 {
  const kind = change.kind ?? "VERDICT";
  return kind === "VERDICT" && (change.ratingLabel ?? null) === null ? 1 : 2;
}

/**
 * A fixed-order JSON array, so the bytes never depend on object key order or on how a caller
 * listed the cited sources (sorted by id). Timestamps are ISO 8601 in UTC with milliseconds,
 * which is exactly what PostgreSQL's timestamp(3) gives back.
 */
export function canonicalSerialisation(change: CanonicalChange): string {
  const cited = [...change.citedEvidence]
    .map((source) => [source.id, source.url])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const common = [
    change.claimId,
    change.fromStatus,
    change.toStatus,
    change.actorId,
    change.rationale,
    cited,
    new Date(change.createdAt).toISOString(),
  ];
  if (serialisationVersion(change) === 1) return JSON.stringify([SERIALISATION_V1, ...common]);
  return JSON.stringify([SERIALISATION_V2, ...common, change.kind ?? "VERDICT", change.ratingLabel ?? null]);
}

/** SHA-256 (hex) over the previous hash (empty for the first row), a newline, and the change. */
export function hashStatusChange(prevHash: string | null, change: CanonicalChange): string {
  return createHash("sha256")
    .update(prevHash ?? "")
    .update("\n")
    .update(canonicalSerialisation(change))
    .digest("hex");
}

export interface ChainRow extends CanonicalChange {
  id: string;
  seq: number;
  prevHash: string | null;
  hash: string;
}

/**
 * What kind of break: "hash" (a row's content no longer matches its hash), "link" (a row's
 * prevHash is not the previous row's hash), "missing-row" (a seq is skipped, or a verdict.set
 * audit event names a row that is not there), "head" (the last row does not end where the claim's
 * current status is, or a claim with a verdict has no rows: rows deleted from the end).
 */
export type BreakKind = "hash" | "link" | "missing-row" | "head";

export interface ChainBreak {
  kind: BreakKind;
  claimId: string;
  /** The row at the break; for "missing-row" the id the missing row had, when a witness knows it; null when unknown. */
  rowId: string | null;
  /** Its position in the claim's chain; null when unknown (a head break on a claim with no rows). */
  seq: number | null;
  /** What the chain should hold here (a hash, a seq, a row id or a status) and what it holds. */
  expected: string;
  found: string;
  /** The check that failed, in more detail than kind. */
  reason: "seq" | "prevHash" | "hash" | "status" | "audit";
}

/** Citations as stored (JSON): anything but [{ id, url }] counts as tampering, not a crash. */
export function parseCitedEvidence(value: unknown): CitedSource[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is { id: unknown; url: unknown } => typeof item === "object" && item !== null)
    .map((item) => ({ id: String(item.id), url: String(item.url) }));
}

/**
 * Recomputes every link. Rows may cover several claims and come in any order; each claim's rows
 * are checked in seq order, which must run 1, 2, 3… with each prevHash equal to the previous
 * row's hash and each hash equal to the recomputed one. This sees rows that are there: rows
 * deleted from the end leave a shorter chain that still verifies (see verifyClaimHistory).
 */
export function verifyChain(rows: ChainRow[]): { ok: boolean; breaks: ChainBreak[] } {
  const byClaim = groupByClaim(rows);
  const breaks: ChainBreak[] = [];
  for (const [claimId, claimRows] of byClaim) {
    let previous: ChainRow | null = null;
    for (const row of claimRows) {
      const base = { claimId, rowId: row.id, seq: row.seq };
      const expectedSeq = (previous?.seq ?? 0) + 1;
      if (row.seq !== expectedSeq) {
        const skipped = row.seq > expectedSeq;
        breaks.push({
          ...base,
          ...(skipped ? { kind: "missing-row", rowId: null, seq: expectedSeq } : { kind: "link" }),
          reason: "seq",
          expected: String(expectedSeq),
          found: String(row.seq),
        });
      }
      const expectedPrev = previous?.hash ?? null;
      if (row.prevHash !== expectedPrev) {
        breaks.push({
          ...base,
          kind: "link",
          reason: "prevHash",
          expected: expectedPrev ?? "(none)",
          found: row.prevHash ?? "(none)",
        });
      }
      const recomputed = hashStatusChange(row.prevHash, row);
      if (recomputed !== row.hash)
        breaks.push({ ...base, kind: "hash", reason: "hash", expected: recomputed, found: row.hash });
      previous = row;
    }
  }
  return { ok: breaks.length === 0, breaks };
}

function groupByClaim(rows: ChainRow[]): Map<string, ChainRow[]> {
  const byClaim = new Map<string, ChainRow[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push(row);
    byClaim.set(row.claimId, list);
  }
  for (const list of byClaim.values()) list.sort((a, b) => a.seq - b.seq);
  return byClaim;
}

/** A row a verdict.set audit event says was appended (its `after` stores statusChangeId and seq). */
export interface RowWitness {
  statusChangeId: string;
  seq: number | null;
}

/** The row a verdict event's `after` names, or null when it names none (then it witnesses nothing). */
export function witnessFromAudit(after: unknown): RowWitness | null {
  const parsed = historyWitnessSchema.safeParse(after);
  if (!parsed.success) return null;
  const { statusChangeId, seq } = parsed.data;
  return { statusChangeId, seq: typeof seq === "number" ? seq : null };
}

export interface ClaimHistoryInput {
  claimId: string;
  /** The claim's current status, which the last row must end in. */
  status: string;
  rows: ChainRow[];
  /** Rows the audit log says were appended. A second witness only: the audit table is not append-only. */
  witnesses?: RowWitness[];
}

/**
 * One claim's history against everything that can vouch for it: the chain itself, the claim's
 * current status (the head: every status but PENDING was set by a row, and the last row ends
 * where the claim is), and the verdict.set / verdict.reopened audit events (every row they name
 * must be present).
 */
export function verifyClaimHistory(input: ClaimHistoryInput): { ok: boolean; breaks: ChainBreak[] } {
  const rows = [...input.rows].sort((a, b) => a.seq - b.seq);
  const breaks = verifyChain(rows).breaks;
  const last = rows.at(-1);
  if (last ? last.toStatus !== input.status : input.status !== "PENDING") {
    breaks.push({
      kind: "head",
      reason: "status",
      claimId: input.claimId,
      rowId: last?.id ?? null,
      seq: last?.seq ?? null,
      expected: input.status,
      found: last ? last.toStatus : "(no rows)",
    });
  }
  const present = new Set(rows.map((row) => row.id));
  const missing = new Map<string, RowWitness>();
  for (const witness of input.witnesses ?? []) {
    if (!present.has(witness.statusChangeId)) missing.set(witness.statusChangeId, witness);
  }
  for (const witness of [...missing.values()].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    breaks.push({
      kind: "missing-row",
      reason: "audit",
      claimId: input.claimId,
      rowId: witness.statusChangeId,
      seq: witness.seq,
      expected: witness.statusChangeId,
      found: "(no row)",
    });
  }
  return { ok: breaks.length === 0, breaks };
}
