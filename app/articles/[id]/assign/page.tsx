import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleNav } from "@/components/articles/article-nav";
import { AssignBoard } from "@/components/assignments/assign-board";
import { AssignMessages } from "@/components/assignments/assign-messages";
import { AutoAssignForm } from "@/components/assignments/auto-assign-form";
import { UserText } from "@/components/user-text";
import { getAssignmentBoard } from "@/lib/review/assign-page";
import { renderAppError } from "@/lib/http/page-errors";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assign");
  return { title: t("heading") };
}

export default async function AssignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("claim.assign");
  const zone = await viewerTimeZone(user);
  const t = await getTranslations("assign");
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
        <Link href={`/articles/${board.article.id}`}>
          <UserText text={board.article.title} lang={board.article.language} />
        </Link>
      </p>
      <h1>{t("heading")}</h1>
      <ArticleNav articleId={board.article.id} current="assign" canAssign />
      {board.article.finalizedAt ? (
        <p className="card muted" data-testid="assign-finalized">
          {t("finalized")}
        </p>
      ) : null}
      {heldByDeactivated ? (
        <p className="card" data-testid="held-by-deactivated">
          {t.rich("heldByDeactivated", { count: heldByDeactivated, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      <AssignMessages>
        <div className="assign-layout">
          <section className="card" aria-labelledby="assign-heading">
            <h2 id="assign-heading">{t("claimsHeading", { count: board.claims.length })}</h2>
            <AssignBoard
              articleId={board.article.id}
              language={board.article.language}
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
            <h2 id="auto-heading">{t("autoHeading")}</h2>
            <p className="muted">{t("autoIntro", { count: unassigned })}</p>
            <AutoAssignForm articleId={board.article.id} reviewers={board.reviewers} timeZone={zone} />
          </section>
        </div>
      </AssignMessages>
    </>
  );
}
