// The article page's "similar claims" card: each claim with confirmed links or suggestions from
// earlier articles, at most three suggestions each, as the claim page shows them (decisions are
// taken there, where the claim's work is).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import type { ArticleClaimSimilar } from "@/lib/similar/data";
import { claimLabel } from "@/lib/workflow/states";
import { HighlightedStatement } from "./highlighted-statement";

export async function ArticleSimilarClaims({
  articleId,
  claims,
}: {
  articleId: string;
  claims: ArticleClaimSimilar[];
}) {
  const t = await getTranslations("similar");
  if (!claims.length) return null;
  return (
    <section
      className="card similar-claims"
      aria-labelledby="article-similar-heading"
      data-testid="article-similar-claims"
    >
      <h2 id="article-similar-heading">{t("articleHeading")}</h2>
      <ul className="similar-list">
        {claims.map((entry) => (
          <li key={entry.claimId} className="similar-item">
            <p className="similar-meta">
              <Link href={`/articles/${articleId}/claims/${entry.number}`}>
                {t("articleClaim", { label: claimLabel(entry) })}
              </Link>
            </p>
            <ol className="similar-list">
              {entry.items.map((item) => (
                <li key={item.matchId}>
                  <p className="similar-meta">
                    <Link href={`/articles/${item.articleId}/claims/${item.number}`}>
                      {t.rich("earlierClaim", {
                        label: claimLabel(item),
                        article: () => <UserText text={item.articleTitle} lang={item.language} />,
                      })}
                    </Link>{" "}
                    <StatusBadge status={item.status} />{" "}
                    <span className="similar-score" title={t("scoreLabel")}>
                      {t("score", { score: `${Math.round(item.score * 100)}%` })}
                    </span>
                    {item.state === "CONFIRMED" ? <span className="similar-confirmed"> · {t("confirmed")}</span> : null}
                  </p>
                  <p className="similar-statement">
                    <HighlightedStatement runs={item.statementRuns} lang={item.language} />
                  </p>
                  {item.conflicts.length ? (
                    <p className="similar-conflicts">
                      <strong>{t("conflictsLabel")}</strong>{" "}
                      {item.conflicts.map((conflict, index) => (
                        <span key={index}>
                          {t.rich("conflict", {
                            ours: () => <UserText text={conflict.ours} />,
                            theirs: () => <UserText text={conflict.theirs} />,
                          })}{" "}
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {item.rationale ? (
                    <p className="small">
                      <span className="muted">{t("rationaleLabel")}: </span>
                      <UserText text={item.rationale} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
