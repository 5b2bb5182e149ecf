import type { Metadata } from "next";
import Link from "next/link";
import { ArticleNav } from "@/components/articles/article-nav";
import { AssignBoard } from "@/components/assignments/assign-board";
import { AutoAssignForm } from "@/components/assignments/auto-assign-form";
import { getAssignmentBoard } from "@/lib/review/assign-page";
import { renderAppError } from "@/lib/http/page-errors";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";

export const metadata: Metadata = { title: "Assign claims" };

export default async function AssignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("claim.assign");
  const zone = await viewerTimeZone(user);
  const { id } = await params;
  const board = await getAssignmentBoard(user, id).catch(renderAppError);
  // Auto-assign takes the claims not yet reviewed that nobody holds (lib/assignments/mutations.ts).
  const unassigned = board.claims.filter((claim) => !claim.assignment && claim.status === "PENDING").length;
  const heldByDeactivated = board.claims.filter(
    (claim) => claim.assignment?.state === "OPEN" && !claim.assignment.reviewer.active,
  ).length;
  return (
    <>
      <p className="muted">
        <Link href={`/articles/${board.article.id}`}>{board.article.title}</Link>
      </p>
      <h1>Assign claims</h1>
      <ArticleNav articleId={board.article.id} current="assign" canAssign />
      {board.article.finalizedAt ? (
        <p className="card muted" data-testid="assign-finalized">
          This article is finalized: claims cannot be assigned until an editor reopens it. Open assignments can still be
          removed.
        </p>
      ) : null}
      {heldByDeactivated ? (
        <p className="card" data-testid="held-by-deactivated">
          <strong>
            {heldByDeactivated === 1
              ? "1 open assignment is held by a deactivated account"
              : `${heldByDeactivated} open assignments are held by deactivated accounts`}
          </strong>
          : tick {heldByDeactivated === 1 ? "it" : "them"} below and assign {heldByDeactivated === 1 ? "it" : "them"} to
          someone else.
        </p>
      ) : null}
      <div className="assign-layout">
        <section className="card" aria-labelledby="assign-heading">
          <h2 id="assign-heading">Claims ({board.claims.length})</h2>
          <AssignBoard
            articleId={board.article.id}
            reviewers={board.reviewers}
            timeZone={zone}
            claims={board.claims.map((claim) => ({
              id: claim.id,
              text: claim.statement,
              number: claim.number,
              status: claim.status,
              assignment: claim.assignment
                ? {
                    id: claim.assignment.id,
                    state: claim.assignment.state,
                    dueAt: claim.assignment.dueAt?.toISOString() ?? null,
                    reviewerName: claim.assignment.reviewer.name,
                    reviewerActive: claim.assignment.reviewer.active,
                  }
                : null,
            }))}
          />
        </section>
        <section className="card" aria-labelledby="auto-heading">
          <h2 id="auto-heading">Auto-assign</h2>
          <p className="muted">
            Spreads the {unassigned} unassigned claim(s) not yet reviewed over the reviewers you pick, giving each claim
            to whoever has the fewest open assignments (across all articles).
          </p>
          <AutoAssignForm articleId={board.article.id} reviewers={board.reviewers} timeZone={zone} />
        </section>
      </div>
    </>
  );
}
