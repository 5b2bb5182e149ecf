// "Previous claim" / "Next claim" at the top of the claim page, with where the claim sits: in the
// reviewer's queue (their remembered sort and filters) or in the article's reading order. Links,
// so they open in a new tab too; `j` and `k` do the same (claim-workspace.tsx). The arrows come
// from the catalog and are hidden from screen readers, which read the words.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimNavigation } from "@/lib/review/claim-navigation";

export const claimHref = (id: string) => `/claims/${id}`;

export function ClaimPager({ navigation, articleId }: { navigation: ClaimNavigation; articleId: string }) {
  const t = useTranslations("claimNav");
  const { previous, next, position, total, order } = navigation;
  const where =
    position === null
      ? t("leftInQueue", { total })
      : t(order === "queue" ? "positionQueue" : "positionArticle", { position, total });
  return (
    <nav className="claim-pager" aria-label={t("label")} data-testid="claim-pager">
      {previous ? (
        <Link href={claimHref(previous)} rel="prev" aria-keyshortcuts="k" className="button secondary">
          <span aria-hidden="true">{t("previousArrow")}</span> {t("previous")}
        </Link>
      ) : (
        <span className="muted claim-pager-end">{t("noPrevious")}</span>
      )}
      <span className="muted small" data-testid="claim-position">
        {order === "queue" ? <Link href="/queue">{where}</Link> : <Link href={`/articles/${articleId}`}>{where}</Link>}
      </span>
      {next ? (
        <Link href={claimHref(next)} rel="next" aria-keyshortcuts="j" className="button">
          {t("next")} <span aria-hidden="true">{t("nextArrow")}</span>
        </Link>
      ) : (
        <span className="muted claim-pager-end">{order === "queue" ? t("noNextQueue") : t("noNextArticle")}</span>
      )}
    </nav>
  );
}
