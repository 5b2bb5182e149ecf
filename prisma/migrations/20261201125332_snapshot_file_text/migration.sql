-- CreateEnum
CREATE TYPE "FileTextOutcome" AS ENUM ('READ', 'UNREADABLE');

-- CreateTable
CREATE TABLE "SnapshotFileText" (
    "snapshotId" TEXT NOT NULL,
    "jobId" TEXT,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "FileTextOutcome" NOT NULL,
    "text" TEXT,
    "textSha256" TEXT,
    "excerptFound" BOOLEAN,
    "pages" INTEGER,
    "truncated" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,

    CONSTRAINT "SnapshotFileText_pkey" PRIMARY KEY ("snapshotId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotFileText_jobId_key" ON "SnapshotFileText"("jobId");

-- AddForeignKey
ALTER TABLE "SnapshotFileText" ADD CONSTRAINT "SnapshotFileText_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "SourceSnapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, like the snapshot it reads: a reading once made is never rewritten or removed.
CREATE FUNCTION "refuse_snapshot_file_text_rewrite"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SnapshotFileText rows are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SnapshotFileText_append_only"
  BEFORE UPDATE OR DELETE ON "SnapshotFileText"
  FOR EACH ROW EXECUTE FUNCTION "refuse_snapshot_file_text_rewrite"();

CREATE TRIGGER "SnapshotFileText_no_truncate"
  BEFORE TRUNCATE ON "SnapshotFileText"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_snapshot_file_text_rewrite"();
