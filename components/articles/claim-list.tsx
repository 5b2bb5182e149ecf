"use client";
// The claims beside the article text, named by their permanent number (C4) and claimant. Each
// links to its highlight (and the highlight's number links back here). Editors also see score,
// reasons and the curation controls. Claims are shown in the article's language and direction;
// extraction's reasons are stored in English and shown in the reader's language.
// A client component for the page's weight: its rows (lib/review/claim-list-items.ts) are what
// travels in the RSC payload, not an element tree per claim. The server draws the first cards
// only; the browser draws the rest as soon as the page has hydrated (first-render.ts), and then
// scrolls to a card the address names that the server had not drawn.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import type { ClaimListItem } from "@/lib/review/claim-list-items";
import { claimLabel } from "@/lib/workflow/states";
import { ClaimControls } from "./claim-controls";
import { itemsToDraw, SERVER_DRAWN_ITEMS, useHydrated } from "./first-render";
import { messageTemplate } from "./message-template";

const CARD_ID_PREFIX = "claim-item-";

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
  const hydrated = useHydrated();
  const { drawn, later } = itemsToDraw(claims, hydrated);
  useEffect(() => {
    // The browser looked for the address's card when the HTML arrived; one drawn since is scrolled to now.
    const wanted = window.location.hash.slice(1);
    if (!hydrated || !wanted.startsWith(CARD_ID_PREFIX)) return;
    const card = document.getElementById(wanted);
    const place = card?.parentElement ? Array.prototype.indexOf.call(card.parentElement.children, card) : -1;
    if (card && place >= SERVER_DRAWN_ITEMS) card.scrollIntoView({ block: "center" });
  }, [hydrated]);
  if (claims.length === 0) return <p className="card empty">{t("noClaims")}</p>;
  const reasons = (list: string[]) =>
    list.map((reason) => translateServerMessage(reason, locale)).join(t("reasonSeparator"));
  const showInText = messageTemplate((label) => t("showInText", { label }));
  return (
    <>
      <ol className="claim-list">
        {drawn.map((claim, index) => {
          const label = claimLabel(claim);
          const next = claims[index + 1];
          const curation = claim.curation;
          const quote = curation?.quote;
          return (
            <li
              key={claim.id}
              id={`${CARD_ID_PREFIX}${claim.id}`}
              tabIndex={-1}
              data-testid={`claim-item-${claim.number}`}
            >
              <div className="claim-head">
                <a href={`#claim-${claim.id}`} aria-label={showInText(label)}>
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
      {later ? (
        <p className="muted small" data-drawn-later="">
          {t("moreClaimsOnLoad", { count: later })}
        </p>
      ) : null}
    </>
  );
}
