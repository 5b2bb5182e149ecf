import Link from "next/link";

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
  const links: { section: Section; href: string; label: string }[] = [
    { section: "text", href: `/articles/${articleId}`, label: "Text and claims" },
    { section: "dashboard", href: `/articles/${articleId}/dashboard`, label: "Dashboard" },
    ...(canAssign
      ? [{ section: "assign" as const, href: `/articles/${articleId}/assign`, label: "Assign claims" }]
      : []),
  ];
  return (
    <nav aria-label="Article" className="article-nav">
      {links.map((link) => (
        <Link key={link.section} href={link.href} aria-current={link.section === current ? "page" : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
