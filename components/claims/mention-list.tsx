"use client";
// The mentions list. Once shown, it marks the unread ones read (a server action, so loading or
// prefetching the page changes nothing) and refreshes the header's count; the items that were
// new on this visit keep their "New" mark until the reader leaves.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { markMentionsReadAction } from "@/app/mentions/actions";
import { UserText } from "@/components/user-text";
import { claimLabel } from "@/lib/workflow/states";

export interface MentionItem {
  id: string;
  unread: boolean;
  authorName: string;
  date: string;
  claimId: string;
  /** The claim's permanent number in its article (shown as C7). */
  claimNumber?: number;
  claimText: string;
  articleTitle: string;
  /** The article's language (BCP 47), which its title and the claim are written in; unknown: the browser decides. */
  articleLanguage?: string | null;
  body: string;
}

export function MentionList({ mentions }: { mentions: MentionItem[] }) {
  const t = useTranslations("mentionList");
  const router = useRouter();
  const [fresh] = useState(() => new Set(mentions.filter((m) => m.unread).map((m) => m.id)));
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || fresh.size === 0) return;
    sent.current = true;
    void markMentionsReadAction([...fresh]).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [fresh, router]);

  return (
    <ul className="mentions">
      {mentions.map((mention) => {
        const isNew = mention.unread || fresh.has(mention.id);
        return (
          <li key={mention.id} className={`card${isNew ? " unread" : ""}`} data-testid="mention">
            <p className="muted small">
              {isNew ? <strong>{t("new")} · </strong> : null}
              {t.rich("byline", { name: () => <UserText text={mention.authorName} />, date: mention.date })} ·{" "}
              <Link href={`/claims/${mention.claimId}`}>
                {mention.claimNumber ? `${claimLabel({ number: mention.claimNumber })}: ` : ""}
                <UserText text={mention.claimText} lang={mention.articleLanguage} />
              </Link>{" "}
              <span className="muted">
                (<UserText text={mention.articleTitle} lang={mention.articleLanguage} />)
              </span>
            </p>
            <UserText as="p" className="comment-body" text={mention.body} />
          </li>
        );
      })}
    </ul>
  );
}
