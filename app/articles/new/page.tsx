import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportArticleForm } from "@/components/articles/import-article-form";
import { requirePermission } from "@/lib/http/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("importArticle");
  return { title: t("metaTitle") };
}

export default async function NewArticlePage() {
  await requirePermission("article.import");
  const t = await getTranslations("importArticle");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <ImportArticleForm />
      </section>
    </>
  );
}
