import Link from "next/link";
import { claimReferences } from "@/lib/claims/numbering";

/** A comment's text, with "C7" linked to claim 7 of the same article. */
export function CommentText({ text, articleId }: { text: string; articleId: string }) {
  return (
    <p className="comment-body">
      {claimReferences(text).map((part, index) =>
        "claimNumber" in part ? (
          <Link key={index} href={`/articles/${articleId}/claims/${part.claimNumber}`}>
            {part.text}
          </Link>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
