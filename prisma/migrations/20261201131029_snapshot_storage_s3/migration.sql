-- AlterEnum
ALTER TYPE "SnapshotStorage" ADD VALUE 'S3';
