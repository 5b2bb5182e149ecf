import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReselectQuote } from "@/components/revisions/reselect-quote";
import { UserText } from "@/components/user-text";
import { renderAppError } from "@/lib/http/page-errors";
import { requirePermission } from "@/lib/http/session";
import { reselectPage } from "@/lib/revisions/data";
import { claimLabel } from "@/lib/workflow/states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("revisions");
  return { title: t("reselect") };
}

export default async function ReselectPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const user = await requirePermission("claim.curate");
  const t = await getTranslations("revisions");
  const { id, number } = await params;
  const { article, claim } = await reselectPage(user, id, number).catch(renderAppError);
  const label = claimLabel(claim);
  return (
    <>
      <p className="muted">
        <Link href={`/articles/${article.id}/revisions`}>{t("metaTitle")}</Link>
      </p>
      <h1>{t("reselectHeading", { label })}</h1>
      <p className="small">
        {t("claimStatement")} <UserText text={claim.statement} lang={article.language} />
      </p>
      {article.finalizedAt ? (
        <p className="card">{t("finalized")}</p>
      ) : (
        <>
          <p className="muted">{t("reselectIntro")}</p>
          <ReselectQuote
            articleId={article.id}
            claimId={claim.id}
            version={claim.version}
            body={article.body}
            language={article.language}
          />
        </>
      )}
    </>
  );
}
