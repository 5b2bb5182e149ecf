// The dashboard's count of verdicts awaiting sign-off, linking to the sign-off queue.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { awaitingSignoffCounts } from "@/lib/signoff/data";

export async function AwaitingSignoff({ articleId, linkToQueue }: { articleId: string; linkToQueue: boolean }) {
  const [t, counts] = await Promise.all([getTranslations("signoff"), awaitingSignoffCounts([articleId])]);
  const text = t("count", { count: counts.get(articleId) ?? 0 });
  return <p data-testid="awaiting-signoff">{linkToQueue ? <Link href={`/signoff?article=${articleId}`}>{text}</Link> : text}</p>;
}
