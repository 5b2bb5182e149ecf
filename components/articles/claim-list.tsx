// The claims beside the article text, named by their permanent number (C4) and claimant. Each
// links to its highlight (and the highlight's number links back here). Editors also see score,
// reasons and the curation controls. Claims are shown in the article's language and direction;
// extraction's reasons are stored in English and shown in the reader's language.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import type { CuratedClaim } from "@/lib/review/article-page";
import { claimLabel } from "@/lib/workflow/states";
import { ClaimControls } from "./claim-controls";

export function ClaimList({
  claims,
  canCurate,
  language,
  needsRecheck,
}: {
  claims: CuratedClaim[];
  canCurate: boolean;
  /** The article's language: its claims are in it. */
  language: string;
  /** Claims whose quote changed in a new revision of the text (docs/revisions.md). */
  needsRecheck?: ReadonlySet<string>;
}) {
  const t = useTranslations("curation");
  const tr = useTranslations("revisions");
  const locale = useLocale();
  if (claims.length === 0) return <p className="card empty">{t("noClaims")}</p>;
  const reasons = (list: string[]) =>
    list.map((reason) => translateServerMessage(reason, locale)).join(t("reasonSeparator"));
  return (
    <ol className="claim-list">
      {claims.map((claim, index) => {
        const label = claimLabel(claim);
        const next = claims[index + 1];
        return (
          <li key={claim.id} id={`claim-item-${claim.id}`} tabIndex={-1} data-testid={`claim-item-${claim.number}`}>
            <div className="claim-head">
              <a href={`#claim-${claim.id}`} aria-label={t("showInText", { label })}>
                {label}
              </a>
              <StatusBadge status={claim.status} />
              {needsRecheck?.has(claim.id) ? (
                <span className="anchor-flag" data-testid={`recheck-flag-${claim.number}`}>
                  {tr("flagRecheck")}
                </span>
              ) : null}
              <Link href={`/claims/${claim.id}`} className="small">
                {t("open")}
              </Link>
            </div>
            <UserText as="p" className="claim-text" text={claim.statement} lang={language} />
            {claim.claimant ? (
              <p className="muted small claim-claimant">
                — <UserText text={claim.claimant} lang={language} />
              </p>
            ) : null}
            {canCurate ? (
              <>
                {claim.statement !== claim.text ? (
                  <p className="muted small">
                    {t.rich("articleTextQuote", { quote: () => <UserText text={claim.text} lang={language} /> })}
                  </p>
                ) : null}
                <p className="muted small">
                  {claim.score === null ? t("addedByEditor") : t("checkWorthiness", { score: claim.score.toFixed(2) })}
                  {claim.reasons.length ? ` · ${reasons(claim.reasons)}` : ""}
                </p>
                <ClaimControls
                  claim={{
                    id: claim.id,
                    number: claim.number,
                    text: claim.statement,
                    quote: claim.text,
                    start: claim.start,
                    version: claim.version,
                    work: claim.work,
                  }}
                  next={
                    next
                      ? {
                          id: next.id,
                          number: next.number,
                          version: next.version,
                          worked: next.work.worked,
                          quote: next.text,
                          gap: claim.gapToNext,
                        }
                      : null
                  }
                  language={language}
                />
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
