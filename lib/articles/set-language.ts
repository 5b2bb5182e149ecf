// An editor corrects an article's language (detection guessed wrong, or a mixed text). It changes
// how the text is shown (direction, hyphenation, fonts), never the text or its claims, so it is
// allowed on a finalized article too; the change is in the article's audit log.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/transaction";
import { forbidden, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { articleLanguageSchema } from "./language";

export async function setArticleLanguage(actor: Actor, articleId: string, input: unknown) {
  if (!can(actor, "claim.curate")) throw forbidden("Only editors and admins change an article's language.");
  articleId = assertId(articleId, "article");
  const { language } = parseInput(articleLanguageSchema, input);
  return writeTransaction(async (tx) => {
    // FOR UPDATE: two editors changing it at once record a true before → after each.
    const rows = await tx.$queryRaw<{ language: string }[]>`
      SELECT "language" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    const before = rows[0]?.language;
    if (before === undefined) throw notFound("The article");
    if (before === language) return { id: articleId, language, changed: false };
    await tx.article.update({ where: { id: articleId }, data: { language }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.language_changed",
      entityType: "Article",
      entityId: articleId,
      before: { language: before },
      after: { language },
    });
    return { id: articleId, language, changed: true };
  });
}
