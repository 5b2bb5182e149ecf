import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleLockNotice } from "@/components/claims/article-lock-notice";
import { ClaimContext } from "@/components/claims/claim-context";
import { ClaimPager, claimHref } from "@/components/claims/claim-pager";
import { ClaimAnchorNotice } from "@/components/revisions/claim-anchor-notice";
import { ClaimWorkspace } from "@/components/claims/claim-workspace";
import { CommentForm } from "@/components/claims/comment-form";
import { CommentText } from "@/components/claims/comment-text";
import { EndConsultationButton } from "@/components/claims/end-consultation-button";
import { Timeline } from "@/components/claims/timeline";
import type { SourceLink } from "@/components/claims/types";
import { formatDate, formatDue } from "@/components/format";
import { DeactivatedMark } from "@/components/dashboard/deactivated";
import { SimilarClaims } from "@/components/similar/similar-claims";
import { RatingLabelBadge } from "@/components/rating-scale/rating-label-badge";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { renderAppError } from "@/lib/http/page-errors";
import { requireUser } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { claimNavigation } from "@/lib/review/claim-navigation";
import { getClaimForReview } from "@/lib/review/claim-page";
import { ratingScaleForClaim } from "@/lib/rating-scale/data";
import { similarForClaim } from "@/lib/similar/data";
import type { SnapshotSummary } from "@/lib/sources/data";
import { claimLabel, isVerdict } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claimPage"))("title") };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The source's link state and its latest fetch, and what people pasted or attached, as the evidence list shows them. */
function sourceLink(state: SourceLink["state"], snapshots: SnapshotSummary[]): SourceLink {
  const fetched = snapshots.filter((snapshot) => snapshot.origin === "FETCHED");
  const latest = fetched.at(-1);
  return {
    state,
    snapshots: fetched.length,
    given: snapshots.flatMap((snapshot) =>
      snapshot.origin === "FETCHED"
        ? []
        : [
            {
              id: snapshot.id,
              origin: snapshot.origin,
              providedBy: snapshot.providedBy?.name ?? null,
              fileName: snapshot.fileName,
              at: snapshot.fetchedAt.toISOString(),
              sha256: snapshot.sha256,
              bodyBytes: snapshot.bodyBytes,
              excerptFound: snapshot.excerptFound,
              textState: snapshot.textState,
              textError: snapshot.textError,
            },
          ],
    ),
    latest: latest
      ? {
          id: latest.id,
          fetchedAt: latest.fetchedAt.toISOString(),
          httpStatus: latest.httpStatus,
          sha256: latest.sha256,
          excerptFound: latest.excerptFound,
          error: latest.error,
        }
      : null,
  };
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [zone, locale, t, tConsultation, tComments, tNav] = await Promise.all([
    viewerTimeZone(user),
    getLocale(),
    getTranslations("claimPage"),
    getTranslations("consultation"),
    getTranslations("comments"),
    getTranslations("claimNav"),
  ]);
  const review = await getClaimForReview(user, id).catch(renderAppError);
  const { claim, article, assignment, consultations, permissions } = review;
  // After the access check, and side by side (each on its own connection; they were one after
  // another): the neighbours are only looked up for a claim the reader may open; earlier articles'
  // claims that may be the same (lib/similar, which checks access itself and shows only those this
  // reader may read); the rating scale.
  const [navigation, similar, ratingScale] = await Promise.all([
    claimNavigation(user, { id: claim.id, articleId: article.id, ordinal: claim.ordinal }),
    similarForClaim(user, claim.id),
    ratingScaleForClaim(user, claim.id),
  ]);
  // The verdict in force and why: the last history row, when it set the claim's current status.
  const last = review.history.entries.at(-1);
  const currentVerdict =
    last && isVerdict(claim.status) && last.toStatus === claim.status
      ? { rationale: last.rationale, by: last.actor.name, at: formatDate(last.createdAt, zone, locale) }
      : null;
  const finalized = article.finalizedAt !== null;
  const label = claimLabel(claim);
  const overdue = assignment?.state === "OPEN" && assignment.dueAt !== null && assignment.dueAt < new Date();
  // The claim, its quote and its paragraph are the article's text: they read in its language.
  const language = article.language;

  return (
    <>
      <ClaimPager navigation={navigation} articleId={article.id} />
      <p className="muted">
        <Link href={`/articles/${article.id}`}>
          <UserText text={article.title} lang={language} />
        </Link>{" "}
        · {t("crumbClaim", { label })}
        {finalized ? ` · ${t("crumbFinalized")}` : ""}
      </p>
      <h1 className="claim-title">
        <span className="claim-number">{label}</span> <UserText text={claim.statement} lang={language} />{" "}
        <StatusBadge status={claim.status} />
        {ratingScale.current ? (
          <>
            {" "}
            <RatingLabelBadge label={ratingScale.current} />
          </>
        ) : null}
      </h1>
      <ClaimAnchorNotice claimId={claim.id} articleId={article.id} />
      {claim.statement !== claim.text ? (
        // The statement restored a subject or an attribution: the article's own words, too.
        <p className="claim-quote" data-testid="claim-quote">
          {t.rich("inArticle", {
            muted: (chunks) => <span className="muted">{chunks}</span>,
            quote: () => <UserText text={claim.text} lang={language} />,
          })}
        </p>
      ) : null}
      {review.consulted ? (
        <p className="card consulted-notice" data-testid="consulted-notice">
          {t("consultedNotice")}
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
            timeZone={zone}
            currentVerdict={currentVerdict}
            ratingScale={{ labels: ratingScale.labels, currentId: ratingScale.current?.id ?? null }}
            navigation={{
              previous: navigation.previous ? claimHref(navigation.previous) : null,
              next: navigation.next ? claimHref(navigation.next) : null,
              // Where to go when nothing follows: the queue, or the article.
              done: navigation.order === "queue" ? "/queue" : `/articles/${article.id}`,
              doneLabel: navigation.order === "queue" ? tNav("backToQueue") : tNav("backToArticle"),
            }}
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
              link: sourceLink(e.linkState, e.snapshots),
            }))}
          >
            <ClaimContext paragraph={review.paragraph} article={review.articleText} language={language} />
          </ClaimWorkspace>
          <SimilarClaims
            claimId={claim.id}
            version={claim.version}
            items={similar.items}
            linkedFrom={similar.linkedFrom}
            mayDecide={similar.mayDecide}
            mayReuse={similar.mayReuse}
          />
        </div>
        <div>
          <section className="card" aria-labelledby="assignment-heading">
            <h2 id="assignment-heading">{t("assignmentHeading")}</h2>
            {assignment ? (
              <dl className="facts">
                <dt>{t("reviewer")}</dt>
                <dd>
                  <UserText text={assignment.reviewer.name} />
                  {assignment.reviewer.active ? null : <DeactivatedMark />}
                </dd>
                <dt>{t("state")}</dt>
                <dd>{t(`assignmentStates.${assignment.state}`)}</dd>
                <dt>{t("due")}</dt>
                <dd className={overdue ? "overdue" : undefined}>
                  {formatDue(assignment.dueAt, zone, locale)}
                  {overdue ? ` ${t("overdue")}` : ""}
                </dd>
                {assignment.note ? (
                  <>
                    <dt>{t("note")}</dt>
                    <UserText as="dd" text={assignment.note} />
                  </>
                ) : null}
                <dt>{t("assignedBy")}</dt>
                <dd>
                  <UserText text={assignment.assignedBy.name} />
                </dd>
              </dl>
            ) : (
              <p className="muted">{t("notAssigned")}</p>
            )}
            {assignment && assignment.state === "OPEN" && !assignment.reviewer.active ? (
              // Nobody will work on it until an editor gives it to someone else.
              <p className="held-by-deactivated" data-testid="claim-held-by-deactivated">
                {t("heldByDeactivated")}
              </p>
            ) : null}
            {consultations.length ? (
              <ul className="consultations" aria-label={tConsultation("listLabel")} data-testid="consultations">
                {consultations.map((consultation) => (
                  <li key={consultation.id}>
                    {tConsultation.rich("consulted", {
                      name: () => <UserText text={consultation.user.name} />,
                      by: () => <UserText text={consultation.invitedBy.name} />,
                    })}{" "}
                    <span className="muted small">
                      {tConsultation("since", { date: formatDate(consultation.createdAt, zone, locale) })}
                    </span>{" "}
                    {permissions.endConsultation ? (
                      <EndConsultationButton consultationId={consultation.id} name={consultation.user.name} />
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {permissions.assign ? <Link href={`/articles/${article.id}/assign`}>{t("manageAssignments")}</Link> : null}
          </section>
          <Timeline review={review} timeZone={zone} />
          <section className="card" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{tComments("heading", { count: claim.comments.length })}</h2>
            {claim.comments.length ? (
              <ol className="comments">
                {claim.comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="muted small">
                      <UserText text={comment.author.name} /> · {formatDate(comment.createdAt, zone, locale)}
                      {comment.mentions.length ? (
                        <>
                          {" · "}
                          {tComments.rich("mentions", {
                            names: () =>
                              comment.mentions.map((m, index) => (
                                <span key={index}>
                                  {index > 0 ? t("listSeparator") : null}
                                  <UserText text={m.user.name} />
                                </span>
                              )),
                          })}
                        </>
                      ) : null}
                    </p>
                    <CommentText text={comment.body} articleId={review.article.id} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{tComments("none")}</p>
            )}
            {permissions.comment ? <CommentForm claimId={claim.id} /> : null}
          </section>
        </div>
      </div>
    </>
  );
}
