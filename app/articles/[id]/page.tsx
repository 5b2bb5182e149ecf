import type { Metadata } from "next";
import { ArticleText } from "@/components/article-text";
import { formatDate } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { getArticleFor } from "@/lib/articles/data";
import { requireUser } from "@/lib/http/session";
import { renderAppError } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getArticleFor(user, id).catch(renderAppError);
  return (
    <>
      <h1>{article.title}</h1>
      <p className="muted">
        {article.publisher ?? "Unknown publisher"} · published {formatDate(article.publishedAt)} · imported{" "}
        {formatDate(article.createdAt)} by {article.importedBy.name}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        ) : null}
      </p>
      <div className="article-layout">
        <section className="card" aria-label="Article text">
          <ArticleText body={article.body} claims={article.claims} />
        </section>
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims ({article.claims.length})</h2>
          {article.claims.length === 0 ? (
            <p className="card empty">No claims were found in this article.</p>
          ) : (
            <ol className="claim-list">
              {article.claims.map((claim) => (
                <li key={claim.id}>
                  <a href={`#claim-${claim.id}`}>[{claim.ordinal + 1}]</a> {claim.text} <StatusBadge status={claim.status} />
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
