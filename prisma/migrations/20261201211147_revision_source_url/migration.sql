-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "sourceUrl" TEXT;
