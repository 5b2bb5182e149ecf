import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format";
import { listArticlesFor } from "@/lib/articles/data";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/http/session";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await requirePermission("article.list");
  const articles = await listArticlesFor(user);
  return (
    <>
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <div className="card empty">
          {can(user, "article.import") ? (
            <p>No articles yet. Import one to start verifying its claims.</p>
          ) : (
            <p>No articles for you yet. An editor will assign you claims to review.</p>
          )}
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Claims</th>
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const { UNVERIFIED, CORROBORATED, DISPUTED } = article.claimCounts;
              return (
                <tr key={article.id}>
                  <td>
                    <Link href={`/articles/${article.id}`}>{article.title}</Link>
                  </td>
                  <td>{article.publisher ?? "—"}</td>
                  <td>{formatDate(article.publishedAt)}</td>
                  <td>
                    {UNVERIFIED + CORROBORATED + DISPUTED} ({CORROBORATED} corroborated, {DISPUTED} disputed, {UNVERIFIED}{" "}
                    unverified)
                  </td>
                  <td>
                    {formatDate(article.createdAt)} by {article.importedBy.name}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
