// On a claim's page: says when the article's new version changed the claim's quote ("needs
// re-check") or removed it (orphaned), with a link to the revisions page where an editor settles it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { claimAnchor } from "@/lib/revisions/data";

export async function ClaimAnchorNotice({ claimId, articleId }: { claimId: string; articleId: string }) {
  const anchor = await claimAnchor(claimId);
  if (!anchor) return null;
  const t = await getTranslations("revisions");
  return (
    <div className="card revision-notice" data-testid="claim-anchor-notice">
      <p>
        <span className={anchor.anchorState === "ORPHANED" ? "anchor-flag orphaned" : "anchor-flag"}>
          {anchor.anchorState === "ORPHANED" ? t("flagOrphaned") : t("flagRecheck")}
        </span>{" "}
        {anchor.anchorState === "ORPHANED"
          ? t("claimNoticeOrphaned", { number: anchor.anchorRevision })
          : t("claimNoticeRecheck")}{" "}
        <Link href={`/articles/${articleId}/revisions`}>{t("seeRevisions")}</Link>
      </p>
    </div>
  );
}
