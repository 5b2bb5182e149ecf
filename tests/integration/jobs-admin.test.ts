// Failed background jobs as admins see them, and retry: only admins, only failed jobs.
import { afterAll, describe, expect, it } from "vitest";
import { listFailedJobs, retryFailedJob } from "@/lib/jobs/admin";
import { jobQueue, stopJobQueue } from "@/lib/jobs/queue";
import { addSource, reviewSetup } from "./review-helpers";
import { makeUser } from "./factories";

// A queue of this file's own: other test files' workers must not take its jobs, nor it theirs.
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_admin_${process.pid}`;

afterAll(() => stopJobQueue());

async function failedSnapshotJob() {
  const { reviewer, claim } = await reviewSetup();
  const { evidence } = await addSource(reviewer, claim.id, "SUPPORTS", "https://source.example/report");
  const boss = await jobQueue();
  // A job with no retries left, so that one failure is final (the queued one would be retried).
  const jobId = await boss.send("source_snapshot", { evidenceId: evidence.id }, { retryLimit: 0 });
  expect(jobId).toBeTruthy();
  // Failed without being fetched: fetching here could take other test files' jobs from their workers.
  await boss.fail("source_snapshot", jobId!, new Error("connect ETIMEDOUT 203.0.113.9:443"));
  return { jobId: jobId!, evidence, claim };
}

describe("failed jobs for admins", () => {
  it("lists a failed job with its error and source, and retries it", async () => {
    const admin = await makeUser("ADMIN");
    const { jobId, evidence, claim } = await failedSnapshotJob();
    const listed = (await listFailedJobs(admin)).find((job) => job.id === jobId);
    expect(listed).toMatchObject({
      kind: "source_snapshot",
      error: "connect ETIMEDOUT 203.0.113.9:443",
      source: { url: evidence.url, claimId: claim.id },
    });

    await retryFailedJob(admin, jobId);
    expect((await listFailedJobs(admin)).some((job) => job.id === jobId)).toBe(false);
    const again = await (await jobQueue()).getJobById("source_snapshot", jobId);
    expect(again?.state).toBe("retry");
    // Retrying what is not failed (any more) is a conflict, an unknown id is not found.
    await expect(retryFailedJob(admin, jobId)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(retryFailedJob(admin, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(retryFailedJob(admin, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for admins only", async () => {
    const { jobId } = await failedSnapshotJob();
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const user = await makeUser(role);
      await expect(listFailedJobs(user)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(retryFailedJob(user, jobId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
