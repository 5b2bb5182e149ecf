// Computing and storing suggestions: for each claim, candidates by index, the scorer, and the
// ClaimMatch rows brought up to date. Decisions stand: a confirmed or dismissed pair is never
// re-suggested or changed here; suggestions no longer in a claim's best three are removed.
// Runs after the change that asked for it has committed (schedule.ts), never inside it.
import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { suggestionsForClaims } from "./data";

export interface CheckResult {
  checked: number;
  suggested: number;
}

export async function checkSimilarity(claimIds: string[]): Promise<CheckResult> {
  const ids = [...new Set(claimIds)];
  if (!ids.length) return { checked: 0, suggested: 0 };
  const claims = await db.claim.findMany({
    where: { id: { in: ids }, deletedAt: null },
    select: { id: true, articleId: true, statement: true },
  });
  let suggested = 0;
  // An article's claims are ranked together (their story aligns pairs: story.ts).
  const all = await suggestionsForClaims(db, claims);
  for (const claim of claims) {
    const suggestions = all.get(claim.id) ?? [];
    suggested += suggestions.length;
    await writeTransaction(async (tx) => {
      await tx.claimMatch.deleteMany({
        where: { claimId: claim.id, state: "SUGGESTED", earlierClaimId: { notIn: suggestions.map((s) => s.id) } },
      });
      for (const suggestion of suggestions) {
        const reasons = suggestion.reasons as unknown as Prisma.InputJsonValue;
        await tx.claimMatch.upsert({
          where: { claimId_earlierClaimId: { claimId: claim.id, earlierClaimId: suggestion.id } },
          create: { claimId: claim.id, earlierClaimId: suggestion.id, score: suggestion.score, reasons },
          update: {},
        });
        // A pending suggestion follows the wording it was made on; a decided one keeps its figures.
        await tx.claimMatch.updateMany({
          where: { claimId: claim.id, earlierClaimId: suggestion.id, state: "SUGGESTED" },
          data: { score: suggestion.score, reasons },
        });
      }
    });
  }
  return { checked: claims.length, suggested };
}
