-- CreateTable
CREATE TABLE "CurationUndo" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "auditEventId" TEXT NOT NULL,
    "produced" JSONB NOT NULL,
    "restore" JSONB NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CurationUndo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CurationUndo_expiresAt_idx" ON "CurationUndo"("expiresAt");
