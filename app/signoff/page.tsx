import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignoffQueue } from "@/components/signoff/signoff-queue";
import { requirePermission } from "@/lib/http/session";
import { renderAppError } from "@/lib/http/page-errors";
import { viewerTimeZone } from "@/lib/http/time-zone";
import { listSignoffQueue } from "@/lib/signoff/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signoff"))("title") };
}

/** Editors' sign-off queue: verdicts awaiting a second person, oldest first, keyboard-driven. */
export default async function SignoffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("claim.signoff");
  const { article } = await searchParams;
  // ?article=ID: one article's verdicts (the dashboard links here); a malformed id shows the 404 page.
  const articleId = typeof article === "string" && article ? article : undefined;
  const [t, queue, timeZone] = await Promise.all([
    getTranslations("signoff"),
    listSignoffQueue(user, articleId).catch(renderAppError),
    viewerTimeZone(user),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p data-testid="signoff-count">{t("count", { count: queue.total })}</p>
      <SignoffQueue items={queue.items} viewerId={user.id} timeZone={timeZone} />
    </>
  );
}
