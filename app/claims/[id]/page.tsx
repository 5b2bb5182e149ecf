import type { Metadata } from "next";
import Link from "next/link";
import { ClaimContext } from "@/components/claims/claim-context";
import { ClaimWorkspace } from "@/components/claims/claim-workspace";
import { CommentForm } from "@/components/claims/comment-form";
import { Timeline } from "@/components/claims/timeline";
import { formatDate } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { renderAppError } from "@/lib/http/page-errors";
import { requireUser } from "@/lib/http/session";
import { getClaimForReview } from "@/lib/review/claim-page";

export const metadata: Metadata = { title: "Claim" };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const review = await getClaimForReview(user, id).catch(renderAppError);
  const { claim, article, assignment, permissions } = review;
  const overdue = assignment?.state === "OPEN" && assignment.dueAt !== null && assignment.dueAt < new Date();

  return (
    <>
      <p className="muted">
        <Link href={`/articles/${article.id}`}>{article.title}</Link> · claim {claim.ordinal + 1}
        {article.finalizedAt ? " · article finalized" : ""}
      </p>
      <h1 className="claim-title">
        {claim.text} <StatusBadge status={claim.status} />
      </h1>
      <div className="claim-layout">
        <div>
          <section className="card" aria-labelledby="context-heading">
            <h2 id="context-heading">In the article</h2>
            <ClaimContext paragraph={review.paragraph} />
          </section>
          <ClaimWorkspace
            claimId={claim.id}
            version={claim.version}
            status={claim.status}
            finalized={article.finalizedAt !== null}
            permissions={{ verdict: permissions.verdict, evidence: permissions.evidence }}
            evidence={claim.evidence.map((e) => ({
              id: e.id,
              url: e.url,
              title: e.title,
              publisher: e.publisher,
              publishedAt: iso(e.publishedAt),
              accessedAt: e.accessedAt.toISOString(),
              stance: e.stance,
              excerpt: e.excerpt,
              note: e.note,
              addedBy: e.addedBy.name,
              removedAt: iso(e.removedAt),
              removedBy: e.removedBy?.name ?? null,
            }))}
          />
        </div>
        <div>
          <section className="card" aria-labelledby="assignment-heading">
            <h2 id="assignment-heading">Assignment</h2>
            {assignment ? (
              <dl className="facts">
                <dt>Reviewer</dt>
                <dd>{assignment.reviewer.name}</dd>
                <dt>State</dt>
                <dd>{assignment.state === "OPEN" ? "Open" : "Completed"}</dd>
                <dt>Due</dt>
                <dd className={overdue ? "overdue" : undefined}>
                  {formatDate(assignment.dueAt)}
                  {overdue ? " (overdue)" : ""}
                </dd>
                {assignment.note ? (
                  <>
                    <dt>Note</dt>
                    <dd>{assignment.note}</dd>
                  </>
                ) : null}
                <dt>Assigned by</dt>
                <dd>{assignment.assignedBy.name}</dd>
              </dl>
            ) : (
              <p className="muted">Not assigned.</p>
            )}
            {permissions.assign ? <Link href={`/articles/${article.id}/assign`}>Manage assignments</Link> : null}
          </section>
          <Timeline review={review} />
          <section className="card" aria-labelledby="comments-heading">
            <h2 id="comments-heading">Comments ({claim.comments.length})</h2>
            {claim.comments.length ? (
              <ol className="comments">
                {claim.comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="muted small">
                      {comment.author.name} · {formatDate(comment.createdAt)}
                      {comment.mentions.length
                        ? ` · mentions ${comment.mentions.map((m) => m.user.name).join(", ")}`
                        : ""}
                    </p>
                    <p className="comment-body">{comment.body}</p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">No comments yet.</p>
            )}
            {permissions.comment ? <CommentForm claimId={claim.id} /> : null}
          </section>
        </div>
      </div>
    </>
  );
}
