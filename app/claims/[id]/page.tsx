import type { Metadata } from "next";
import Link from "next/link";
import { ArticleLockNotice } from "@/components/claims/article-lock-notice";
import { ClaimContext } from "@/components/claims/claim-context";
import { ClaimWorkspace } from "@/components/claims/claim-workspace";
import { CommentForm } from "@/components/claims/comment-form";
import { CommentText } from "@/components/claims/comment-text";
import { EndConsultationButton } from "@/components/claims/end-consultation-button";
import { Timeline } from "@/components/claims/timeline";
import { formatDate, formatDue } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { renderAppError } from "@/lib/http/page-errors";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { getClaimForReview } from "@/lib/review/claim-page";
import { ASSIGNMENT_STATE_LABELS, claimLabel } from "@/lib/workflow/states";

export const metadata: Metadata = { title: "Claim" };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const zone = await viewerTimeZone(user);
  const { id } = await params;
  const review = await getClaimForReview(user, id).catch(renderAppError);
  const { claim, article, assignment, consultations, permissions } = review;
  const finalized = article.finalizedAt !== null;
  const label = claimLabel(claim);
  const overdue = assignment?.state === "OPEN" && assignment.dueAt !== null && assignment.dueAt < new Date();

  return (
    <>
      <p className="muted">
        <Link href={`/articles/${article.id}`}>{article.title}</Link> · claim {label}
        {finalized ? " · article finalized" : ""}
      </p>
      <h1 className="claim-title">
        <span className="claim-number">{label}</span> {claim.statement} <StatusBadge status={claim.status} />
      </h1>
      {claim.statement !== claim.text ? (
        // The statement restored a subject or an attribution: the article's own words, too.
        <p className="claim-quote" data-testid="claim-quote">
          <span className="muted">In the article:</span> “{claim.text}”
        </p>
      ) : null}
      {review.consulted ? (
        <p className="card consulted-notice" data-testid="consulted-notice">
          You were consulted on this claim: you can read it and reply in the comments.
        </p>
      ) : null}
      <ArticleLockNotice articleId={article.id} finalized={finalized} canReopen={permissions.reopenArticle} />
      <div className="claim-layout">
        <div>
          <ClaimWorkspace
            claimId={claim.id}
            version={claim.version}
            status={claim.status}
            claimant={claim.claimant}
            finalized={finalized}
            consulted={review.consulted}
            permissions={{
              verdict: permissions.verdict,
              evidence: permissions.evidence,
              reopenClaim: permissions.reopenClaim,
              // Editors and admins; allowed on a finalized article too (lib/ checks claim.curate).
              editClaimant: permissions.editClaimant,
            }}
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
          >
            <ClaimContext paragraph={review.paragraph} />
          </ClaimWorkspace>
        </div>
        <div>
          <section className="card" aria-labelledby="assignment-heading">
            <h2 id="assignment-heading">Assignment</h2>
            {assignment ? (
              <dl className="facts">
                <dt>Reviewer</dt>
                <dd>{assignment.reviewer.name}</dd>
                <dt>State</dt>
                <dd>{ASSIGNMENT_STATE_LABELS[assignment.state]}</dd>
                <dt>Due</dt>
                <dd className={overdue ? "overdue" : undefined}>
                  {formatDue(assignment.dueAt, zone)}
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
            {consultations.length ? (
              <ul className="consultations" aria-label="Consulted colleagues" data-testid="consultations">
                {consultations.map((consultation) => (
                  <li key={consultation.id}>
                    Consulted: {consultation.user.name} (by {consultation.invitedBy.name}){" "}
                    <span className="muted small">since {formatDate(consultation.createdAt, zone)}</span>{" "}
                    {permissions.endConsultation ? (
                      <EndConsultationButton consultationId={consultation.id} name={consultation.user.name} />
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {permissions.assign ? <Link href={`/articles/${article.id}/assign`}>Manage assignments</Link> : null}
          </section>
          <Timeline review={review} timeZone={zone} />
          <section className="card" aria-labelledby="comments-heading">
            <h2 id="comments-heading">Comments ({claim.comments.length})</h2>
            {claim.comments.length ? (
              <ol className="comments">
                {claim.comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="muted small">
                      {comment.author.name} · {formatDate(comment.createdAt, zone)}
                      {comment.mentions.length
                        ? ` · mentions ${comment.mentions.map((m) => m.user.name).join(", ")}`
                        : ""}
                    </p>
                    <CommentText text={comment.body} articleId={review.article.id} />
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
