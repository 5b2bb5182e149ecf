import Link from "next/link";
import { useTranslations } from "next-intl";

type Section = "text" | "dashboard" | "assign";

/** Links between an article's pages; the pages themselves check permissions again. */
export function ArticleNav({
  articleId,
  current,
  canAssign,
}: {
  articleId: string;
  current: Section;
  canAssign: boolean;
}) {
  const t = useTranslations("articleNav");
  const links: { section: Section; href: string; label: string }[] = [
    { section: "text", href: `/articles/${articleId}`, label: t("text") },
    { section: "dashboard", href: `/articles/${articleId}/dashboard`, label: t("dashboard") },
    ...(canAssign ? [{ section: "assign" as const, href: `/articles/${articleId}/assign`, label: t("assign") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="article-nav">
      {links.map((link) => (
        <Link key={link.section} href={link.href} aria-current={link.section === current ? "page" : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
