// Auto-assign's spreading rule. Pure: each claim, in order, goes to the reviewer with the fewest
// open assignments so far (existing load plus what this run gave them); ties go to the reviewer
// listed first, so the result is deterministic.

export function balanceAssignments(
  claimIds: string[],
  reviewers: { id: string; openLoad: number }[],
): { claimId: string; reviewerId: string }[] {
  if (reviewers.length === 0) return [];
  const load = reviewers.map((reviewer) => ({ id: reviewer.id, load: reviewer.openLoad }));
  return claimIds.map((claimId) => {
    let best = load[0];
    for (const candidate of load) if (candidate.load < best.load) best = candidate;
    best.load += 1;
    return { claimId, reviewerId: best.id };
  });
}
