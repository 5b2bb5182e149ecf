"use client";
// The claims beside the article text, named by their permanent number (C4) and claimant. Each
// links to its highlight (and the highlight's number links back here). Editors also see score,
// reasons and the curation controls. Claims are shown in the article's language and direction;
// extraction's reasons are stored in English and shown in the reader's language.
// A client component for the page's weight: its rows (lib/review/claim-list-items.ts) are what
// travels in the RSC payload, not an element tree per claim.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import type { ClaimListItem } from "@/lib/review/claim-list-items";
import { claimLabel } from "@/lib/workflow/states";
import { ClaimControls } from "./claim-controls";

export function ClaimList({
  claims,
  language,
}: {
  /** Rows with `curation` get the editor's details and controls. */
  claims: ClaimListItem[];
  /** The article's language: its claims are in it. */
  language: string;
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
        const curation = claim.curation;
        const quote = curation?.quote;
        return (
          <li key={claim.id} id={`claim-item-${claim.id}`} tabIndex={-1} data-testid={`claim-item-${claim.number}`}>
            <div className="claim-head">
              <a href={`#claim-${claim.id}`} aria-label={t("showInText", { label })}>
                {label}
              </a>
              <StatusBadge status={claim.status} />
              {claim.recheck ? (
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
            {curation ? (
              <>
                {quote !== undefined ? (
                  <p className="muted small">
                    {t.rich("articleTextQuote", { quote: () => <UserText text={quote} lang={language} /> })}
                  </p>
                ) : null}
                <p className="muted small">
                  {curation.score === null
                    ? t("addedByEditor")
                    : t("checkWorthiness", { score: curation.score.toFixed(2) })}
                  {curation.reasons.length ? ` · ${reasons(curation.reasons)}` : ""}
                </p>
                <ClaimControls
                  claim={{ id: claim.id, number: claim.number, version: curation.version, work: curation.work }}
                  next={
                    next?.curation
                      ? {
                          id: next.id,
                          number: next.number,
                          version: next.curation.version,
                          worked: next.curation.work.worked,
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
