import Link from "next/link";
import { useTranslations } from "next-intl";

/** The admin pages' own tabs. */
export function AdminNav({ current }: { current: "people" | "jobs" | "webhooks" | "ratingScale" | "publicPages" }) {
  const t = useTranslations("adminNav");
  const tRating = useTranslations("ratingScale");
  const tPublic = useTranslations("publicPagesAdmin");
  const tabs = [
    { key: "people", href: "/admin/users", label: t("people") },
    { key: "jobs", href: "/admin/jobs", label: t("jobs") },
    { key: "webhooks", href: "/admin/webhooks", label: t("webhooks") },
    { key: "ratingScale", href: "/admin/rating-scale", label: tRating("adminNav") },
    { key: "publicPages", href: "/admin/public-pages", label: tPublic("title") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="sub-nav">
      {tabs.map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
