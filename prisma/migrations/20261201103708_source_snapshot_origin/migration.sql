-- CreateEnum
CREATE TYPE "SnapshotOrigin" AS ENUM ('FETCHED', 'PASTED', 'ATTACHED');

-- CreateEnum
CREATE TYPE "SnapshotStorage" AS ENUM ('DATABASE', 'FOLDER');

-- AlterTable
ALTER TABLE "SourceSnapshot" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "origin" "SnapshotOrigin" NOT NULL DEFAULT 'FETCHED',
ADD COLUMN     "providedById" TEXT,
ADD COLUMN     "storage" "SnapshotStorage" NOT NULL DEFAULT 'DATABASE';

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_providedById_fkey" FOREIGN KEY ("providedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
