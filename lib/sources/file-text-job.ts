// Reading an attached document's text in the background (the snapshot_file_text job): the file
// is kept at once when a reviewer attaches it (provide.ts queues this job in the same
// transaction), and its text, whether the source's excerpt occurs in it, or why it could not be
// read, is recorded beside the snapshot as one append-only SnapshotFileText row.
import "server-only";
import { db } from "@/lib/db/client";
import { comparable } from "./decode";
import { isReadableFileType, READABLE_FILE_TYPES } from "./file-text";
import { readFileTextOnThread, type FileTextRun } from "./file-text-run";
import { sha256Hex, storeOf } from "./storage";

export type FileTextJobResult = "READ" | "UNREADABLE" | "ALREADY_READ" | "NOT_READABLE";

/** Reads the text of one attached file and records it (at most once, whatever retries happen). */
export async function readSnapshotFileText(
  snapshotId: string,
  jobId: string | null,
  run: FileTextRun = {},
): Promise<FileTextJobResult> {
  const snapshot = await db.sourceSnapshot.findUnique({
    where: { id: snapshotId },
    select: {
      origin: true,
      contentType: true,
      storage: true,
      sha256: true,
      body: true,
      evidence: { select: { excerpt: true } },
      fileText: { select: { outcome: true } },
    },
  });
  if (!snapshot || snapshot.origin !== "ATTACHED" || !isReadableFileType(snapshot.contentType) || !snapshot.sha256)
    return "NOT_READABLE";
  if (snapshot.fileText) return "ALREADY_READ";
  // A file missing from storage or changed on disk is an outage of ours: the job fails and is
  // retried, and an admin sees it under Background jobs.
  const bytes = await storeOf(snapshot.storage).get(snapshot.sha256, snapshot.body);
  if (!bytes) throw new Error(`The attached file ${snapshot.sha256.slice(0, 12)}… is missing from storage.`);
  const read = await readFileTextOnThread(bytes, snapshot.contentType!, run);
  const excerpt = snapshot.evidence.excerpt;
  // skipDuplicates (ON CONFLICT DO NOTHING): a second job for the same snapshot records nothing.
  await db.snapshotFileText.createMany({
    skipDuplicates: true,
    data: read.ok
      ? {
          snapshotId,
          jobId,
          outcome: "READ",
          text: read.text,
          textSha256: sha256Hex(read.text),
          excerptFound: excerpt ? comparable(read.text).includes(comparable(excerpt)) : null,
          pages: read.pages,
          truncated: read.truncated,
        }
      : { snapshotId, jobId, outcome: "UNREADABLE", error: read.reason },
  });
  return read.ok ? "READ" : "UNREADABLE";
}

/** Attached documents whose text was never read (the queue was down when they were attached). */
export async function unreadAttachmentIds(articleId: string | null): Promise<string[]> {
  const rows = await db.sourceSnapshot.findMany({
    where: {
      origin: "ATTACHED",
      contentType: { in: [...READABLE_FILE_TYPES] },
      fileText: null,
      evidence: { removedAt: null, claim: { deletedAt: null, ...(articleId ? { articleId } : {}) } },
    },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
