-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");
