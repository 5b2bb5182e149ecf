-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "fetchedAt" TIMESTAMP(3);
