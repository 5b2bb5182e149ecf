"use client";
// The mentions list. Once shown, it marks the unread ones read (a server action, so loading or
// prefetching the page changes nothing) and refreshes the header's count; the items that were
// new on this visit keep their "New" mark until the reader leaves.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { markMentionsReadAction } from "@/app/mentions/actions";
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
  body: string;
}

export function MentionList({ mentions }: { mentions: MentionItem[] }) {
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
              {isNew ? <strong>New · </strong> : null}
              {mention.authorName} on {mention.date} ·{" "}
              <Link href={`/claims/${mention.claimId}`}>
                {mention.claimNumber ? `${claimLabel({ number: mention.claimNumber })}: ` : ""}
                {mention.claimText}
              </Link>{" "}
              <span className="muted">({mention.articleTitle})</span>
            </p>
            <p className="comment-body">{mention.body}</p>
          </li>
        );
      })}
    </ul>
  );
}
