// Helpers for the review workflow's integration tests (review-*.test.ts).
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { addEvidence } from "@/lib/evidence/mutations";
import { assignDirectly, makeArticle, makeUser, uniqueSuffix } from "./factories";

/** An editor, an article, and its first claim assigned to a fresh reviewer. */
export async function reviewSetup() {
  const editor = await makeUser("EDITOR");
  const reviewer = await makeUser("REVIEWER");
  const { article, claims } = await makeArticle(editor);
  const claim = claims[0];
  await assignDirectly(claim.id, reviewer.id, editor.id);
  return { editor, reviewer, article, claims, claim };
}

export async function claimVersion(claimId: string): Promise<number> {
  return (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
}

export async function addSource(
  actor: CurrentUser,
  claimId: string,
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT",
  url?: string,
) {
  return addEvidence(actor, claimId, {
    url: url ?? `https://news.example/${uniqueSuffix()}`,
    title: `Source ${stance}`,
    stance,
    version: await claimVersion(claimId),
  });
}

/** Runs work and returns the AppError code it threw, or "ok". */
export async function outcome(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return "ok";
  } catch (error) {
    return typeof error === "object" && error !== null && "code" in error
      ? String(error.code)
      : `unexpected: ${String(error)}`;
  }
}

/** Finalizes an article the way the dashboard does: look at what is unfinished, confirm those counts. */
export async function finalizeConfirmed(editor: CurrentUser, articleId: string) {
  const { finalizeArticle, previewFinalize } = await import("@/lib/articles/finalize");
  const preview = await previewFinalize(editor, articleId);
  return finalizeArticle(editor, articleId, {
    confirmPending: preview.pending,
    confirmOpenAssignments: preview.openAssignments,
  });
}
