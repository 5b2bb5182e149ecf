"use client";
// The notice on a claim of a finalized article, with the editor's way out right there: reopening
// the article (its verdicts and sources may change again; assignments the finalization cancelled
// come back). Rendered on every claim page so the confirmation outlives the notice it replaces.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reopenArticleAction } from "@/app/claims/[id]/actions";
import { FormMessage, type FormOutcome } from "@/components/form-message";

export function ArticleLockNotice({
  articleId,
  finalized,
  canReopen,
}: {
  articleId: string;
  finalized: boolean;
  canReopen: boolean;
}) {
  const t = useTranslations("articleLock");
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const reopen = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await reopenArticleAction(articleId);
      if (result.ok) {
        const restored = result.data.restoredAssignments;
        setMessage({
          kind: "success",
          text: restored ? `${t("reopened")} ${t("restored", { count: restored })}` : t("reopened"),
        });
        router.refresh();
      } else {
        setMessage({ kind: "error", text: result.message });
      }
    });

  if (!finalized) return message ? <FormMessage message={message} /> : null;
  return (
    <section className="card locked-notice" aria-labelledby="locked-heading" data-testid="article-locked">
      <h2 id="locked-heading">{t("heading")}</h2>
      <p>
        {t("locked")} {canReopen ? t("canReopen") : t("mustReopen")}
      </p>
      <FormMessage message={message} />
      {canReopen ? (
        <button type="button" disabled={pending} onClick={reopen}>
          {pending ? t("reopening") : t("reopen")}
        </button>
      ) : null}
    </section>
  );
}
