// The articles list's "similar claims" search: reviewed claims of every article the reader may
// read, found by the meaning of the words (paraphrases and figures as similar-claim matching
// reads them), best first. A plain GET form: works without script, the address can be shared.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import type { SimilarSearchHit } from "@/lib/similar/data";
import { claimLabel } from "@/lib/workflow/states";
import { HighlightedStatement } from "./highlighted-statement";

interface Props {
  query: string;
  hits: SimilarSearchHit[] | null;
  /** A refusal of the query itself (too short), already in the reader's language. */
  error: string | null;
}

export async function SimilarSearch({ query, hits, error }: Props) {
  const t = await getTranslations("similar");
  return (
    <section className="card" aria-labelledby="similar-search-heading" data-testid="similar-search">
      <h2 id="similar-search-heading">{t("searchHeading")}</h2>
      <form method="get" action="/articles" className="similar-search" role="search">
        <label>
          {t("searchLabel")}
          <input
            type="search"
            name="similar"
            defaultValue={query}
            placeholder={t("searchPlaceholder")}
            aria-describedby="similar-search-hint"
            aria-invalid={error ? true : undefined}
          />
        </label>
        <button type="submit">{t("searchButton")}</button>
      </form>
      <p id="similar-search-hint" className="muted small">
        {t("searchHint")}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {hits ? (
        hits.length ? (
          <>
            <p role="status">{t.rich("searchResults", { count: hits.length, q: () => <UserText text={query} /> })}</p>
            <ol className="similar-list" data-testid="similar-search-results">
              {hits.map((hit) => (
                <li key={hit.claimId} className="similar-item">
                  <p className="similar-meta">
                    <Link href={`/articles/${hit.articleId}/claims/${hit.number}`}>
                      {t.rich("earlierClaim", {
                        label: claimLabel(hit),
                        article: () => <UserText text={hit.articleTitle} lang={hit.language} />,
                      })}
                    </Link>{" "}
                    <StatusBadge status={hit.status} />{" "}
                    <span className="similar-score" title={t("scoreLabel")}>
                      {t("score", { score: `${Math.round(hit.score * 100)}%` })}
                    </span>
                  </p>
                  <p className="similar-statement">
                    <HighlightedStatement runs={hit.statementRuns} lang={hit.language} />
                  </p>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p role="status">{t.rich("searchNone", { q: () => <UserText text={query} /> })}</p>
        )
      ) : null}
    </section>
  );
}
