-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "ratingLabelId" TEXT;

-- CreateTable
CREATE TABLE "RatingLabel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "verdict" "ClaimStatus" NOT NULL,
    "ratingValue" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingLabel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingLabel_nameKey_key" ON "RatingLabel"("nameKey");

-- CreateIndex
CREATE INDEX "RatingLabel_position_idx" ON "RatingLabel"("position");

-- CreateIndex
CREATE INDEX "Claim_ratingLabelId_idx" ON "Claim"("ratingLabelId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingLabelId_fkey" FOREIGN KEY ("ratingLabelId") REFERENCES "RatingLabel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A label stands for a verdict: "not yet reviewed" is no rating.
ALTER TABLE "RatingLabel" ADD CONSTRAINT "RatingLabel_verdict_is_a_verdict" CHECK ("verdict" <> 'PENDING');
