import Link from "next/link";
import { InertControls } from "@/components/user-text";
import { claimReferences } from "@/lib/claims/numbering";

/**
 * A comment's text, with "C7" linked to claim 7 of the same article. Its direction is the
 * comment's own (dir="auto": the first strong letter decides), whatever the interface's.
 */
export function CommentText({ text, articleId }: { text: string; articleId: string }) {
  return (
    <p className="comment-body" dir="auto">
      {claimReferences(text).map((part, index) =>
        "claimNumber" in part ? (
          <Link key={index} href={`/articles/${articleId}/claims/${part.claimNumber}`}>
            {part.text}
          </Link>
        ) : (
          <InertControls key={index} text={part.text} />
        ),
      )}
    </p>
  );
}
