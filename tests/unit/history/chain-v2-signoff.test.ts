// Serialisation v2 (sign-off, publication, corrections, rating labels) beside v1, which every
// row written before sign-off keeps: such rows must verify exactly as before.
import { describe, expect, it } from "vitest";
import {
  canonicalSerialisation,
  hashStatusChange,
  serialisationVersion,
  verifyChain,
  type CanonicalChange,
  type ChainRow,
} from "@/lib/history/chain";

const verdict: CanonicalChange = {
  claimId: "claim-1",
  fromStatus: "PENDING",
  toStatus: "DISPUTED",
  actorId: "rita",
  rationale: "The ministry retracted the figure.",
  citedEvidence: [{ id: "ev-a", url: "https://a.example/x" }],
  createdAt: "2026-03-01T10:00:00.123Z",
};

function chain(changes: CanonicalChange[]): ChainRow[] {
  const rows: ChainRow[] = [];
  for (const [index, change] of changes.entries()) {
    const prevHash = rows[index - 1]?.hash ?? null;
    rows.push({ ...change, id: `row-${index + 1}`, seq: index + 1, prevHash, hash: hashStatusChange(prevHash, change) });
  }
  return rows;
}

const approved: CanonicalChange = { ...verdict, fromStatus: "DISPUTED", actorId: "eddie", rationale: "", kind: "APPROVED", createdAt: "2026-03-01T11:00:00.000Z" };
const published: CanonicalChange = { ...approved, kind: "PUBLISHED", rationale: "https://desk.example/fc#c1", createdAt: "2026-03-01T12:00:00.000Z" };

describe("serialisation versions", () => {
  it("keeps v1, byte for byte, for a verdict row without a rating label (kind VERDICT or absent)", () => {
    const v1 =
      '["claimledger.status-change.v1","claim-1","PENDING","DISPUTED","rita","The ministry retracted the figure.",[["ev-a","https://a.example/x"]],"2026-03-01T10:00:00.123Z"]';
    expect(canonicalSerialisation(verdict)).toBe(v1);
    expect(canonicalSerialisation({ ...verdict, kind: "VERDICT", ratingLabel: null })).toBe(v1);
    expect(hashStatusChange(null, { ...verdict, kind: "VERDICT" })).toBe(hashStatusChange(null, verdict));
    expect(serialisationVersion(verdict)).toBe(1);
  });

  it("writes v2 with kind and rating label for every other row", () => {
    expect(canonicalSerialisation(approved)).toBe(
      '["claimledger.status-change.v2","claim-1","DISPUTED","DISPUTED","eddie","",[["ev-a","https://a.example/x"]],"2026-03-01T11:00:00.000Z","APPROVED",null]',
    );
    expect(JSON.parse(canonicalSerialisation({ ...verdict, ratingLabel: "Misleading" }))).toEqual([
      "claimledger.status-change.v2",
      ...JSON.parse(canonicalSerialisation(verdict)).slice(1),
      "VERDICT",
      "Misleading",
    ]);
    for (const kind of ["APPROVED", "SENT_BACK", "PUBLISHED", "CORRECTION"]) expect(serialisationVersion({ kind })).toBe(2);
  });

  it("changes the hash when the kind or the label changes, including back to what v1 could say", () => {
    const labelled = { ...verdict, ratingLabel: "Misleading" };
    const hashes = [
      hashStatusChange(null, verdict),
      hashStatusChange(null, labelled),
      hashStatusChange(null, { ...labelled, ratingLabel: "False" }),
      hashStatusChange(null, { ...verdict, kind: "APPROVED" }),
      hashStatusChange(null, { ...verdict, kind: "CORRECTION" }),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe("verifyChain over mixed v1 and v2 rows", () => {
  it("accepts a chain of a v1 verdict followed by v2 approval and publication", () => {
    expect(verifyChain(chain([verdict, approved, published]))).toEqual({ ok: true, breaks: [] });
  });

  it.each([
    ["a kind rewritten", { kind: "APPROVED" }, 1],
    ["an approval turned into a verdict", { kind: "VERDICT" }, 2],
    ["a label added to a v1 verdict", { ratingLabel: "False" }, 1],
    ["the approver changed", { actorId: "rita" }, 2],
    ["the published address changed", { rationale: "https://evil.example/#c1" }, 3],
  ] as const)("detects %s", (_name, tamper, seq) => {
    const rows = chain([verdict, approved, published]);
    rows[seq - 1] = { ...rows[seq - 1], ...tamper };
    const result = verifyChain(rows);
    expect(result.ok).toBe(false);
    expect(result.breaks).toEqual([expect.objectContaining({ kind: "hash", seq })]);
  });
});
