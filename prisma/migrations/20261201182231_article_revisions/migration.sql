-- Article revisions (docs/revisions.md): every version of an article's text is kept; the newest
-- is also Article.body. Claims record the revision they were made on, the revision their offsets
-- refer to, and where their anchor stands in the current revision.

-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('EXACT', 'NEEDS_RECHECK', 'ORPHANED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "anchorState" "AnchorState" NOT NULL DEFAULT 'EXACT',
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "bodySha256" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every existing article gets its revision 1: the body as imported, by whom and when it was imported.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "body", "bodySha256", "createdById", "createdAt")
SELECT 'rev1-' || a."id", a."id", 1, a."body", a."bodySha256", a."importedById", a."createdAt"
FROM "Article" a;

-- A revision, once stored, is never edited (deleting an article still removes its revisions).
CREATE FUNCTION "refuse_article_revision_update"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ArticleRevision rows are never edited: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleRevision_no_update"
  BEFORE UPDATE ON "ArticleRevision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_article_revision_update"();
