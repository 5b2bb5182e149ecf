-- CreateEnum
CREATE TYPE "LinkState" AS ENUM ('PENDING', 'OK', 'CHANGED', 'GONE', 'UNREACHABLE', 'REFUSED');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "linkCheckedAt" TIMESTAMP(3),
ADD COLUMN     "linkState" "LinkState" NOT NULL DEFAULT 'PENDING';

-- CreateTable
CREATE TABLE "SourceSnapshot" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "jobId" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "title" TEXT,
    "text" TEXT,
    "body" BYTEA,
    "bodyBytes" INTEGER,
    "sha256" TEXT,
    "textSha256" TEXT,
    "excerptFound" BOOLEAN,
    "outcome" "LinkState" NOT NULL,
    "error" TEXT,

    CONSTRAINT "SourceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceSnapshot_jobId_key" ON "SourceSnapshot"("jobId");

-- CreateIndex
CREATE INDEX "SourceSnapshot_evidenceId_fetchedAt_idx" ON "SourceSnapshot"("evidenceId", "fetchedAt");

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Snapshots are append-only, like the verdict history: what a source said when it was cited can
-- never be rewritten or removed by the app.
CREATE FUNCTION "refuse_source_snapshot_rewrite"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SourceSnapshot rows are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SourceSnapshot_append_only"
  BEFORE UPDATE OR DELETE ON "SourceSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "refuse_source_snapshot_rewrite"();

CREATE TRIGGER "SourceSnapshot_no_truncate"
  BEFORE TRUNCATE ON "SourceSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_source_snapshot_rewrite"();

-- Sources cited before snapshots existed are checked by the first scheduled re-check.
