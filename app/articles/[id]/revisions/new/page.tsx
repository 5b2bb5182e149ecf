import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RevisionImportForm } from "@/components/revisions/revision-import-form";
import { UserText } from "@/components/user-text";
import { getArticleFor } from "@/lib/articles/data";
import { renderAppError } from "@/lib/http/page-errors";
import { requirePermission } from "@/lib/http/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("revisions");
  return { title: t("importLink") };
}

export default async function ImportRevisionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("article.import");
  const t = await getTranslations("revisions");
  const { id } = await params;
  const article = await getArticleFor(user, id).catch(renderAppError);
  return (
    <>
      <p className="muted">
        <Link href={`/articles/${article.id}`}>{t("backToArticle")}</Link>
      </p>
      <h1>{t.rich("importHeading", { title: () => <UserText text={article.title} lang={article.language} /> })}</h1>
      {article.finalizedAt ? (
        <p className="card" data-testid="revision-finalized">
          {t("finalized")}
        </p>
      ) : (
        <>
          <p className="muted">{t("importIntro")}</p>
          <RevisionImportForm articleId={article.id} language={article.language} articleUrl={article.url} />
        </>
      )}
    </>
  );
}
