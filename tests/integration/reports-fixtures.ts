// A reviewed article for report and dashboard tests, built through the real workflow functions
// (assignments, sources, verdicts with hash-chained history): corroborated, disputed and not yet
// reviewed claims, a removed source, a verdict an editor took back and the reviewer gave again,
// an open overdue and an open undated assignment. (An Unverified verdict: reports.test.ts.)
import type { CurrentUser } from "@/lib/auth/identity";
import { assignClaims } from "@/lib/assignments/mutations";
import { addEvidence, removeEvidence } from "@/lib/evidence/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { makeArticle, makeUser } from "./factories";

const DAY = 86_400_000;

export async function reviewedArticle() {
  const editor = await makeUser("EDITOR");
  const alice = await makeUser("REVIEWER", { name: "Alice Reviewer" });
  const bob = await makeUser("REVIEWER", { name: "Bob Reviewer" });
  const { article, claims } = await makeArticle(editor);
  if (claims.length < 4) throw new Error(`expected at least 4 claims, got ${claims.length}`);
  const [first, second, third] = claims;

  await assignClaims(editor, { claimIds: [first.id, third.id], reviewerId: alice.id });
  await assignClaims(editor, { claimIds: [second.id], reviewerId: bob.id, dueAt: new Date(Date.now() - 2 * DAY) });

  let version = 1;
  const source = async (actor: CurrentUser, claimId: string, stance: "SUPPORTS" | "REFUTES" | "CONTEXT", url: string, v: number) =>
    addEvidence(actor, claimId, { url, title: `Source ${stance}`, stance, excerpt: `Excerpt, "${stance}"`, version: v });

  // First claim: supported, a context source removed, corroborated, the verdict taken back by an
  // editor (Alice's assignment reopens), corroborated again.
  let result = await source(alice, first.id, "SUPPORTS", "https://example.org/supports", version);
  const context = await source(alice, first.id, "CONTEXT", "https://example.org/context", result.claim.version);
  const removed = await removeEvidence(editor, context.evidence.id, { version: context.claim.version });
  version = removed.claim.version;
  let verdict = await setVerdict(alice, first.id, { status: "CORROBORATED", rationale: "The ministry statement confirms it.", version });
  verdict = await reopenClaim(editor, first.id, { reason: "Reopened: the figure was revised later.", version: verdict.claim.version });
  await setVerdict(alice, first.id, { status: "CORROBORATED", rationale: "Confirmed again by the revised figure.", version: verdict.claim.version });

  // Second claim: refuted, disputed. Third stays not yet reviewed (PENDING).
  result = await source(bob, second.id, "REFUTES", "https://example.org/refutes", 1);
  await setVerdict(bob, second.id, { status: "DISPUTED", rationale: "Satellite images show otherwise.", version: result.claim.version });

  // Bob's verdict completed his first assignment; a second one is open and overdue.
  await assignClaims(editor, { claimIds: [claims[3].id], reviewerId: bob.id, dueAt: new Date(Date.now() - 2 * DAY) });

  return { editor, alice, bob, article, claims, removedSourceId: context.evidence.id };
}
