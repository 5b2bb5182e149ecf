import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/format";
import { listMentions } from "@/lib/comments/data";
import { markMentionsRead } from "@/lib/comments/mutations";
import { requireUser } from "@/lib/http/session";

export const metadata: Metadata = { title: "Mentions" };
export const dynamic = "force-dynamic";

export default async function MentionsPage() {
  const user = await requireUser();
  const mentions = await listMentions(user.id);
  // Seeing the list is reading it; the list still marks what was new on this visit.
  await markMentionsRead(
    user.id,
    mentions.filter((m) => !m.readAt).map((m) => m.id),
  );
  return (
    <>
      <h1>Mentions</h1>
      {mentions.length === 0 ? (
        <div className="card empty">Nobody has mentioned you yet.</div>
      ) : (
        <ul className="mentions">
          {mentions.map((mention) => (
            <li key={mention.id} className={`card${mention.readAt ? "" : " unread"}`} data-testid="mention">
              <p className="muted small">
                {mention.readAt ? "" : <strong>New · </strong>}
                {mention.comment.author.name} on {formatDate(mention.createdAt)} ·{" "}
                <Link href={`/claims/${mention.comment.claim.id}`}>{mention.comment.claim.text}</Link>{" "}
                <span className="muted">({mention.comment.claim.article.title})</span>
              </p>
              <p className="comment-body">{mention.comment.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
