import type { Metadata } from "next";
import { ImportArticleForm } from "@/components/articles/import-article-form";
import { requirePermission } from "@/lib/http/session";

export const metadata: Metadata = { title: "Import article" };

export default async function NewArticlePage() {
  await requirePermission("article.import");
  return (
    <>
      <h1>Import an article</h1>
      <p className="muted">
        Paste the article text, or upload a .txt, .md or .html file (UTF-8, text up to 2 MB). Claims are extracted when
        you import; the text is then kept exactly as imported.
      </p>
      <section className="card">
        <ImportArticleForm />
      </section>
    </>
  );
}
