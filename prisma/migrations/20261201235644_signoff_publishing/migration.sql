-- CreateEnum
CREATE TYPE "StatusChangeKind" AS ENUM ('VERDICT', 'APPROVED', 'SENT_BACK', 'PUBLISHED', 'CORRECTION');

-- CreateEnum
CREATE TYPE "SignoffState" AS ENUM ('NONE', 'AWAITING', 'APPROVED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "excludedFromPublication" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "signoff" "SignoffState" NOT NULL DEFAULT 'NONE';

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN     "kind" "StatusChangeKind" NOT NULL DEFAULT 'VERDICT',
ADD COLUMN     "ratingLabel" TEXT;

-- CreateTable
CREATE TABLE "ArticlePublication" (
    "articleId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "modifiedAt" TIMESTAMP(3),

    CONSTRAINT "ArticlePublication_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "PublishedClaim" (
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "claimant" TEXT,
    "status" "ClaimStatus" NOT NULL,
    "ratingLabel" TEXT,
    "rationale" TEXT NOT NULL,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "modifiedAt" TIMESTAMP(3),

    CONSTRAINT "PublishedClaim_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "fromStatus" "ClaimStatus" NOT NULL,
    "toStatus" "ClaimStatus" NOT NULL,
    "fromRatingLabel" TEXT,
    "toRatingLabel" TEXT,
    "fromRationale" TEXT NOT NULL,
    "toRationale" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "statusChangeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticlePublication_publishedAt_idx" ON "ArticlePublication"("publishedAt");

-- CreateIndex
CREATE INDEX "PublishedClaim_articleId_idx" ON "PublishedClaim"("articleId");

-- CreateIndex
CREATE INDEX "PublishedClaim_publishedAt_claimId_idx" ON "PublishedClaim"("publishedAt", "claimId");

-- CreateIndex
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_claimId_idx" ON "Correction"("claimId");

-- AddForeignKey
ALTER TABLE "ArticlePublication" ADD CONSTRAINT "ArticlePublication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePublication" ADD CONSTRAINT "ArticlePublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Verdicts set before sign-off existed count as approved by the system (no chain row, no person),
-- so nothing already reviewed is suddenly blocked from publication (docs/signoff.md).
UPDATE "Claim" SET "signoff" = 'APPROVED' WHERE "status" <> 'PENDING';
