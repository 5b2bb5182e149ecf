import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/claims/kernel";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { AppError, forbidden } from "@/lib/errors";
import { extractClaimsOffLoop } from "@/lib/compute";
import type { ExtractedClaim } from "@/lib/extraction";
import { detectLanguage } from "@/lib/i18n/detect-language";
import { parseInput } from "@/lib/validation";
import { bodySha256, normaliseBody } from "./body";
import { importArticleSchema } from "./schema";
import { scheduleSimilarityCheck } from "@/lib/similar/schedule";
import { emitArticleImported } from "@/lib/webhooks/emit";
import { extractedClaimColumns } from "@/lib/claims/transaction";

export const claimSummarySelect = {
  id: true,
  text: true,
  statement: true,
  start: true,
  end: true,
  status: true,
  score: true,
  reasons: true,
  ordinal: true,
  number: true,
  claimant: true,
} as const;

function claimRows(articleId: string, claims: ExtractedClaim[], createdById: string) {
  return claims.map((claim) => ({
    articleId,
    ...extractedClaimColumns(claim),
    ordinal: claim.ordinal,
    // Claims are numbered C1, C2, … in reading order at import; the article's counter continues.
    number: claim.ordinal + 1,
    createdById,
  }));
}

/**
 * Imports an article and its extracted claims in one transaction: both appear or neither does.
 * A body identical (after normalisation) to an existing article's is refused with a CONFLICT
 * that names the existing article.
 */
export async function importArticle(actor: Actor, input: unknown) {
  if (!can(actor, "article.import")) throw forbidden("Only editors and admins import articles.");
  const data = parseInput(importArticleSchema, input);
  const body = normaliseBody(data.body);
  const sha = bodySha256(body);
  // A large body is extracted on a worker thread within the time budget (lib/compute).
  const claims = await extractClaimsOffLoop(body);

  try {
    const imported = await writeTransaction(async (tx) => {
      await refuseDuplicate(tx, sha);
      const article = await tx.article.create({
        data: {
          title: data.title,
          url: data.url,
          fetchedAt: data.fetchedAt,
          publisher: data.publisher,
          publishedAt: data.publishedAt,
          body,
          bodySha256: sha,
          language: data.language ?? detectLanguage(body),
          importedById: actor.id,
          nextClaimNumber: claims.length + 1,
        },
      });
      // Revision 1 of the article's text (lib/revisions keeps every later one).
      await tx.articleRevision.create({
        data: { articleId: article.id, number: 1, body, bodySha256: sha, createdById: actor.id },
      });
      await tx.claim.createMany({ data: claimRows(article.id, claims, actor.id) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.imported",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, bodySha256: sha, claims: claims.length, language: article.language },
      });
      const savedClaims = await tx.claim.findMany({
        where: { articleId: article.id },
        select: claimSummarySelect,
        orderBy: { ordinal: "asc" },
      });
      return { article, claims: savedClaims };
    });
    // After the commit: each claim is compared with earlier articles' claims (lib/similar).
    await scheduleSimilarityCheck(imported.claims.map((claim) => claim.id));
    await emitArticleImported(imported.article.id); // webhooks (lib/webhooks), after the commit
    return imported;
  } catch (error) {
    // Two imports of the same body racing: the unique index decides, the loser gets the 409.
    if (isUniqueViolation(error)) await writeTransaction((tx) => refuseDuplicate(tx, sha));
    throw error;
  }
}

async function refuseDuplicate(tx: DbTransaction, sha: string) {
  const existing = await tx.article.findUnique({ where: { bodySha256: sha }, select: { id: true, title: true } });
  if (existing) {
    throw new AppError("CONFLICT", `This text was already imported as “${existing.title}”.`, {
      articleId: existing.id,
    });
  }
}

/** The id of the article that made an import a duplicate, or null for any other error. */
export function duplicateArticleId(error: unknown): string | null {
  if (!(error instanceof AppError) || error.code !== "CONFLICT") return null;
  return typeof error.details.articleId === "string" ? error.details.articleId : null;
}
