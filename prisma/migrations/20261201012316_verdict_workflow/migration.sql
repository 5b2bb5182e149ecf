-- CreateEnum
CREATE TYPE "AssignmentCloseReason" AS ENUM ('VERDICT', 'UNASSIGNED', 'REASSIGNED', 'CLAIM_DELETED', 'FINALIZED', 'REVIEWER_DEACTIVATED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "nextClaimNumber" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "closeReason" "AssignmentCloseReason";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "claimant" TEXT,
ADD COLUMN     "number" INTEGER,
ALTER COLUMN "status" SET DEFAULT 'PENDING';

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "commentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consultation_userId_endedAt_idx" ON "Consultation"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "Consultation_claimId_endedAt_idx" ON "Consultation"("claimId", "endedAt");

-- Data: permanent claim numbers. Live claims keep the number people saw (reading order + 1),
-- deleted claims follow; every article continues after its highest number.
UPDATE "Claim" c SET "number" = n.number
FROM (
  SELECT id, row_number() OVER (
    PARTITION BY "articleId"
    ORDER BY ("deletedAt" IS NOT NULL), "ordinal", "start", "createdAt", id
  ) AS number
  FROM "Claim"
) n
WHERE n.id = c.id;

ALTER TABLE "Claim" ALTER COLUMN "number" SET NOT NULL;

UPDATE "Article" a SET "nextClaimNumber" = coalesce(
  (SELECT max(c."number") FROM "Claim" c WHERE c."articleId" = a.id), 0) + 1;

-- Data: a claim nobody has given a verdict (no StatusChange row) is not yet reviewed. A claim
-- whose last StatusChange row ends in UNVERIFIED keeps it: that row is a reviewer's recorded
-- decision with a rationale, which is what Unverified now means. StatusChange rows are not
-- touched (the hash chain stays valid); how old rows read: docs/review-workflow.md.
UPDATE "Claim" c SET "status" = 'PENDING'
WHERE c."status" = 'UNVERIFIED'
  AND NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."claimId" = c.id);

-- Data: a verdict completes the assignment it answered. Under the old model an UNVERIFIED
-- verdict left the assignment open; close those now (with an audit row each), keeping open any
-- assignment made after the claim's last verdict (a re-review).
WITH last_verdict AS (
  SELECT DISTINCT ON (s."claimId") s."claimId", s."createdAt"
  FROM "StatusChange" s
  ORDER BY s."claimId", s.seq DESC
), settled AS (
  UPDATE "Assignment" a
  SET state = 'COMPLETED', "closedAt" = lv."createdAt", "closeReason" = 'VERDICT', "updatedAt" = now()
  FROM last_verdict lv, "Claim" c
  WHERE a."claimId" = lv."claimId" AND c.id = a."claimId"
    AND a.state = 'OPEN' AND c."status" <> 'PENDING' AND a."createdAt" <= lv."createdAt"
  RETURNING a.id, a."claimId", a."reviewerId", a."dueAt", a.note, a."closedAt"
)
INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", before, after, "createdAt")
SELECT 'mig' || md5(settled.id || 'verdict_workflow'), NULL, 'assignment.updated', 'Assignment', settled.id,
  jsonb_build_object('claimId', settled."claimId", 'reviewerId', settled."reviewerId", 'state', 'OPEN',
    'dueAt', settled."dueAt", 'note', settled.note, 'closedAt', NULL),
  jsonb_build_object('claimId', settled."claimId", 'reviewerId', settled."reviewerId", 'state', 'COMPLETED',
    'dueAt', settled."dueAt", 'note', settled.note,
    'closedAt', to_char(settled."closedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'reason', 'verdict given (upgrade: Unverified is a verdict)'),
  now()
FROM settled;

-- CreateIndex
CREATE UNIQUE INDEX "Claim_articleId_number_key" ON "Claim"("articleId", "number");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
