-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "articleId" DROP NOT NULL;
