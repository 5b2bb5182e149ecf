import { describe, expect, it } from "vitest";
import {
  canonicalSerialisation,
  hashStatusChange,
  verifyChain,
  verifyClaimHistory,
  witnessFromAudit,
  type CanonicalChange,
  type ChainRow,
} from "@/lib/history/chain";

const base: CanonicalChange = {
  claimId: "claim-1",
  fromStatus: "UNVERIFIED",
  toStatus: "CORROBORATED",
  actorId: "user-1",
  rationale: "Two wire agencies report the same figure.",
  citedEvidence: [
    { id: "ev-b", url: "https://b.example/" },
    { id: "ev-a", url: "https://a.example/x" },
  ],
  createdAt: new Date("2026-03-01T10:00:00.123Z"),
};

function chain(changes: CanonicalChange[]): ChainRow[] {
  const rows: ChainRow[] = [];
  changes.forEach((change, index) => {
    const prevHash = rows[index - 1]?.hash ?? null;
    rows.push({
      ...change,
      id: `row-${index + 1}`,
      seq: index + 1,
      prevHash,
      hash: hashStatusChange(prevHash, change),
    });
  });
  return rows;
}

const second: CanonicalChange = {
  ...base,
  fromStatus: "CORROBORATED",
  toStatus: "UNVERIFIED",
  rationale: "A correction was published later.",
  createdAt: "2026-03-02T09:00:00.000Z",
};
const third: CanonicalChange = {
  ...base,
  fromStatus: "UNVERIFIED",
  toStatus: "DISPUTED",
  rationale: "The ministry retracted the figure.",
  createdAt: "2026-03-03T09:00:00.000Z",
};

describe("canonical serialisation", () => {
  it("is stable: key order, citation order and date representation do not change the bytes", () => {
    const reordered = {
      createdAt: "2026-03-01T10:00:00.123Z",
      citedEvidence: [...base.citedEvidence].reverse(),
      rationale: base.rationale,
      actorId: base.actorId,
      toStatus: base.toStatus,
      fromStatus: base.fromStatus,
      claimId: base.claimId,
    };
    expect(canonicalSerialisation(reordered)).toBe(canonicalSerialisation(base));
    expect(canonicalSerialisation(base)).toBe(
      '["claimledger.status-change.v1","claim-1","UNVERIFIED","CORROBORATED","user-1","Two wire agencies report the same figure.",[["ev-a","https://a.example/x"],["ev-b","https://b.example/"]],"2026-03-01T10:00:00.123Z"]',
    );
  });

  it("hashes to a fixed SHA-256 that depends on the previous hash and every field", () => {
    const hash = hashStatusChange(null, base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashStatusChange(null, { ...base })).toBe(hash);
    expect(hashStatusChange("x", base)).not.toBe(hash);
    for (const change of [
      { ...base, rationale: base.rationale + "!" },
      { ...base, toStatus: "DISPUTED" },
      { ...base, actorId: "user-2" },
      { ...base, createdAt: new Date("2026-03-01T10:00:00.124Z") },
      { ...base, citedEvidence: [{ id: "ev-a", url: "https://a.example/y" }, base.citedEvidence[0]] },
    ]) {
      expect(hashStatusChange(null, change)).not.toBe(hash);
    }
  });
});

describe("verifyChain", () => {
  it("accepts an intact chain, in any input order and across claims", () => {
    const rows = chain([base, second, third]);
    const other = chain([{ ...base, claimId: "claim-2" }]);
    expect(verifyChain([rows[2], ...other, rows[0], rows[1]])).toEqual({ ok: true, breaks: [] });
  });

  it("detects an altered row at that row and names expected and found hashes", () => {
    const rows = chain([base, second, third]);
    rows[1] = { ...rows[1], rationale: "Edited after the fact." };
    const result = verifyChain(rows);
    expect(result.ok).toBe(false);
    expect(result.breaks).toHaveLength(1);
    expect(result.breaks[0]).toMatchObject({
      claimId: "claim-1",
      rowId: "row-2",
      seq: 2,
      reason: "hash",
      found: rows[1].hash,
    });
    expect(result.breaks[0].expected).toBe(hashStatusChange(rows[0].hash, rows[1]));
  });

  it("detects a rehashed row through the next row's prevHash, and a deleted row through seq", () => {
    const rows = chain([base, second, third]);
    const forged = { ...rows[1], rationale: "Forged" };
    rows[1] = { ...forged, hash: hashStatusChange(forged.prevHash, forged) };
    expect(verifyChain(rows).breaks).toEqual([expect.objectContaining({ rowId: "row-3", reason: "prevHash" })]);

    const gap = chain([base, second, third]);
    const breaks = verifyChain([gap[0], gap[2]]).breaks;
    expect(breaks.map((b) => [b.kind, b.reason])).toEqual([
      ["missing-row", "seq"],
      ["link", "prevHash"],
    ]);
    expect(breaks[0]).toMatchObject({ rowId: null, seq: 2, expected: "2", found: "3" });
  });
});

describe("verifyClaimHistory", () => {
  const rows = chain([base, second, third]);
  const witnesses = rows.map((row) => ({ statusChangeId: row.id, seq: row.seq }));

  it("accepts a chain that ends at the claim's status with every witnessed row present", () => {
    expect(verifyClaimHistory({ claimId: "claim-1", status: "DISPUTED", rows, witnesses })).toEqual({
      ok: true,
      breaks: [],
    });
    // A claim not yet reviewed has no rows; a verdict without rows means they were deleted.
    expect(verifyClaimHistory({ claimId: "claim-9", status: "PENDING", rows: [] })).toEqual({
      ok: true,
      breaks: [],
    });
    expect(verifyClaimHistory({ claimId: "claim-9", status: "UNVERIFIED", rows: [] }).breaks).toEqual([
      expect.objectContaining({ kind: "head", expected: "UNVERIFIED", found: "(no rows)" }),
    ]);
  });

  it("sees the last row deleted: the head no longer matches, and the audit log names the row", () => {
    const result = verifyClaimHistory({ claimId: "claim-1", status: "DISPUTED", rows: rows.slice(0, 2), witnesses });
    expect(verifyChain(rows.slice(0, 2)).ok).toBe(true);
    expect(result.breaks).toEqual([
      {
        kind: "head",
        reason: "status",
        claimId: "claim-1",
        rowId: "row-2",
        seq: 2,
        expected: "DISPUTED",
        found: "UNVERIFIED",
      },
      {
        kind: "missing-row",
        reason: "audit",
        claimId: "claim-1",
        rowId: "row-3",
        seq: 3,
        expected: "row-3",
        found: "(no row)",
      },
    ]);
  });

  it("sees every row deleted from a claim with a verdict, with or without witnesses", () => {
    expect(verifyClaimHistory({ claimId: "claim-1", status: "CORROBORATED", rows: [] }).breaks).toEqual([
      {
        kind: "head",
        reason: "status",
        claimId: "claim-1",
        rowId: null,
        seq: null,
        expected: "CORROBORATED",
        found: "(no rows)",
      },
    ]);
    const witnessed = verifyClaimHistory({ claimId: "claim-1", status: "CORROBORATED", rows: [], witnesses });
    expect(witnessed.breaks.map((b) => `${b.kind}:${b.seq}`)).toEqual([
      "head:null",
      "missing-row:1",
      "missing-row:2",
      "missing-row:3",
    ]);
  });

  it("needs the audit witness when the deleted last row kept the status (same status set twice)", () => {
    const again = chain([
      base,
      {
        ...base,
        fromStatus: "CORROBORATED",
        rationale: "Confirmed again, new source.",
        createdAt: "2026-03-05T00:00:00.000Z",
      },
    ]);
    const kept = again.slice(0, 1);
    expect(verifyClaimHistory({ claimId: "claim-1", status: "CORROBORATED", rows: kept }).ok).toBe(true);
    const seen = verifyClaimHistory({
      claimId: "claim-1",
      status: "CORROBORATED",
      rows: kept,
      witnesses: again.map((row) => ({ statusChangeId: row.id, seq: row.seq })),
    });
    expect(seen.breaks).toEqual([expect.objectContaining({ kind: "missing-row", rowId: "row-2", seq: 2 })]);
  });

  it("reads witnesses from verdict.set audit payloads, ignoring anything else", () => {
    expect(witnessFromAudit({ status: "DISPUTED", statusChangeId: "sc-1", seq: 4 })).toEqual({
      statusChangeId: "sc-1",
      seq: 4,
    });
    expect(witnessFromAudit({ statusChangeId: "sc-1", seq: "4" })).toEqual({ statusChangeId: "sc-1", seq: null });
    for (const after of [null, "x", 3, [], {}, { statusChangeId: "" }, { statusChangeId: 7 }])
      expect(witnessFromAudit(after)).toBeNull();
  });
});
