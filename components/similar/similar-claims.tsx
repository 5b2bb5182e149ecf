// The claim page's "similar claims" card: up to three suggestions from earlier articles and the
// confirmed links both ways, each with the earlier claim's statement (shared words and figures
// highlighted), its article, verdict and rationale, the score, and conflicting figures.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import type { SimilarClaimView } from "@/lib/similar/data";
import { claimLabel } from "@/lib/workflow/states";
import { HighlightedStatement } from "./highlighted-statement";
import { SimilarButtons } from "./similar-buttons";

interface Props {
  claimId: string;
  version: number;
  items: SimilarClaimView[];
  linkedFrom: SimilarClaimView[];
  mayDecide: boolean;
  mayReuse: boolean;
}

async function SimilarItem({
  item,
  claimId,
  version,
  mayDecide,
  mayReuse,
}: Omit<Props, "items" | "linkedFrom"> & { item: SimilarClaimView }) {
  const t = await getTranslations("similar");
  const label = claimLabel(item);
  const href = `/articles/${item.articleId}/claims/${item.number}`;
  return (
    <li className="similar-item" data-testid="similar-item" data-state={item.state}>
      <p className="similar-meta">
        <Link href={href}>
          {t.rich("earlierClaim", { label, article: () => <UserText text={item.articleTitle} lang={item.language} /> })}
        </Link>{" "}
        <StatusBadge status={item.status} />{" "}
        <span className="similar-score" title={t("scoreLabel")}>
          {t("score", { score: `${Math.round(item.score * 100)}%` })}
        </span>
        {item.state === "CONFIRMED" ? <span className="similar-confirmed"> · {t("confirmed")}</span> : null}
      </p>
      <p className="similar-statement" title={t("sharedHint")}>
        <HighlightedStatement runs={item.statementRuns} lang={item.language} />
      </p>
      {item.sameStory ? (
        <p className="muted small" data-testid="similar-same-story">
          {t("sameStory", { score: `${Math.round(item.sameStory.wordScore * 100)}%` })}
        </p>
      ) : null}
      {item.conflicts.length ? (
        <div className="similar-conflicts" data-testid="similar-conflicts">
          <strong>{t("conflictsLabel")}</strong>
          <ul>
            {item.conflicts.map((conflict, index) => (
              <li key={index}>
                {t.rich("conflict", {
                  ours: () => <UserText text={conflict.ours} />,
                  theirs: () => <UserText text={conflict.theirs} />,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts similar-facts">
        <dt>{t("rationaleLabel")}</dt>
        <dd>
          {item.rationale ? <UserText text={item.rationale} /> : <span className="muted">{t("noRationale")}</span>}
        </dd>
      </dl>
      <p className="muted small">{t("sources", { count: item.sourceCount })}</p>
      {item.direction === "earlier" ? (
        <SimilarButtons
          claimId={claimId}
          matchId={item.matchId}
          state={item.state}
          label={label}
          version={version}
          mayDecide={mayDecide}
          mayReuse={mayReuse}
          sourceCount={item.sourceCount}
        />
      ) : null}
    </li>
  );
}

export async function SimilarClaims(props: Props) {
  const t = await getTranslations("similar");
  const { items, linkedFrom } = props;
  return (
    <section className="card similar-claims" aria-labelledby="similar-heading" data-testid="similar-claims">
      <h2 id="similar-heading">{t("heading")}</h2>
      {items.length ? (
        <>
          <p className="muted small">{t("intro")}</p>
          <ol className="similar-list">
            {items.map((item) => (
              <SimilarItem key={item.matchId} item={item} {...props} />
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      {linkedFrom.length ? (
        <>
          <h3>{t("linkedFromHeading")}</h3>
          <ol className="similar-list">
            {linkedFrom.map((item) => (
              <SimilarItem key={item.matchId} item={item} {...props} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
