// The verdict history is a hash chain per claim: each StatusChange row's hash covers the previous
// row's hash and a canonical serialisation of the change, so rewriting any row (even with the
// append-only trigger disabled) breaks the chain at that row. Pure: no database, no clock.
import { createHash } from "node:crypto";

export interface CitedSource {
  id: string;
  url: string;
}

export interface CanonicalChange {
  claimId: string;
  fromStatus: string;
  toStatus: string;
  actorId: string;
  rationale: string;
  citedEvidence: CitedSource[];
  createdAt: Date | string;
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
  return JSON.stringify([
    "claimledger.status-change.v1",
    change.claimId,
    change.fromStatus,
    change.toStatus,
    change.actorId,
    change.rationale,
    cited,
    new Date(change.createdAt).toISOString(),
  ]);
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

export interface ChainBreak {
  claimId: string;
  rowId: string;
  seq: number;
  /** What this link should hold: the previous hash, the recomputed hash, or the expected seq. */
  expected: string;
  found: string;
  reason: "seq" | "prevHash" | "hash";
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
 * row's hash and each hash equal to the recomputed one.
 */
export function verifyChain(rows: ChainRow[]): { ok: boolean; breaks: ChainBreak[] } {
  const byClaim = new Map<string, ChainRow[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push(row);
    byClaim.set(row.claimId, list);
  }
  const breaks: ChainBreak[] = [];
  for (const [claimId, claimRows] of byClaim) {
    claimRows.sort((a, b) => a.seq - b.seq);
    let previous: ChainRow | null = null;
    claimRows.forEach((row, index) => {
      const base = { claimId, rowId: row.id, seq: row.seq };
      if (row.seq !== index + 1)
        breaks.push({ ...base, reason: "seq", expected: String(index + 1), found: String(row.seq) });
      const expectedPrev = previous?.hash ?? null;
      if (row.prevHash !== expectedPrev) {
        breaks.push({
          ...base,
          reason: "prevHash",
          expected: expectedPrev ?? "(none)",
          found: row.prevHash ?? "(none)",
        });
      }
      const recomputed = hashStatusChange(row.prevHash, row);
      if (recomputed !== row.hash) breaks.push({ ...base, reason: "hash", expected: recomputed, found: row.hash });
      previous = row;
    });
  }
  return { ok: breaks.length === 0, breaks };
}
