import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MentionList } from "@/components/claims/mention-list";
import { formatDate } from "@/components/format";
import { listMentions } from "@/lib/comments/data";
import { requirePermission } from "@/lib/http/session";
import { viewerTimeZone } from "@/lib/http/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mentions"))("title") };
}
export const dynamic = "force-dynamic";

export default async function MentionsPage() {
  const user = await requirePermission("mention.read");
  const [zone, locale, t] = await Promise.all([viewerTimeZone(user), getLocale(), getTranslations("mentions")]);
  const mentions = await listMentions(user);
  return (
    <>
      <h1>{t("title")}</h1>
      {mentions.length === 0 ? (
        <div className="card empty">{t("empty")}</div>
      ) : (
        <MentionList
          mentions={mentions.map((mention) => ({
            id: mention.id,
            unread: mention.readAt === null,
            authorName: mention.comment.author.name,
            date: formatDate(mention.createdAt, zone, locale),
            claimId: mention.comment.claim.id,
            claimText: mention.comment.claim.statement,
            claimNumber: mention.comment.claim.number,
            articleTitle: mention.comment.claim.article.title,
            body: mention.comment.body,
          }))}
        />
      )}
    </>
  );
}
