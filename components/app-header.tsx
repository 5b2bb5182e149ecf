import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { Role } from "@/lib/auth/permissions";
import { HeaderMenu } from "./header-menu";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { UserText } from "./user-text";

interface Props {
  user: { name: string; email: string; role: Role };
  /** Decided on the server by the permission module; the admin pages check again. */
  showAdmin: boolean;
  /** May export reports (the export page checks again). */
  showReports?: boolean;
  /** May sign off verdicts (the sign-off queue checks again). */
  showSignoff?: boolean;
  /**
   * Unread notifications of the user (mentions included: the notification centre holds them). A
   * promise: the count streams in when it is ready, and the page does not wait for it.
   */
  notificationCount?: Promise<number>;
  /** The zone pages write times in (named here once, and by offset at each time). */
  timeZone: string;
}

/** Past this the badge says "99+": the notification centre lists them all. */
export const BADGE_MAX = 99;

/** The unread count beside the notifications link, once the layout's read of it answers. */
async function UnreadBadge({ count }: { count: Promise<number> }) {
  const unread = await count;
  if (!unread) return null;
  const t = await getTranslations("notifications.nav");
  return (
    <>
      <span className="count-badge" data-testid="notification-count">
        {unread > BADGE_MAX ? `${BADGE_MAX}+` : unread}
      </span>
      {/* Read as "Notifications 3 unread": the visible text starts the name (axe label-content-name-mismatch). */}
      <span className="visually-hidden">{t("unreadSuffix")}</span>
    </>
  );
}

export function AppHeader({
  user,
  showAdmin,
  notificationCount,
  timeZone,
  showReports = false,
  showSignoff = false,
}: Props) {
  const t = useTranslations();
  const links = [
    { href: "/articles", label: t("nav.articles") },
    { href: "/queue", label: t("nav.queue") },
    ...(showSignoff ? [{ href: "/signoff", label: t("signoffNav.queue") }] : []),
    ...(showReports ? [{ href: "/reports", label: t("nav.reports") }] : []),
    ...(showAdmin ? [{ href: "/admin/users", label: t("nav.admin") }] : []),
  ];
  return (
    <header className="app-header">
      <Link href="/articles" className="brand">
        {t("app.name")}
      </Link>
      {/* Outside the menu: the unread count shows on a phone without opening it. */}
      <Link href="/notifications" className="mentions-link header-notifications" data-testid="notifications-link">
        {t("notifications.nav.link")}
        {/* The count of unread notices reads every one of them (and whether its claim is still
            readable): tens of milliseconds for a reader with thousands. Streamed, it no longer
            holds up the page's own reads and rendering (docs/performance.md, fifth pass). */}
        {notificationCount ? (
          <Suspense fallback={null}>
            <UnreadBadge count={notificationCount} />
          </Suspense>
        ) : null}
      </Link>
      <HeaderMenu label={t("nav.menu")}>
        <NavLinks links={links} label={t("nav.label")} />
        <div className="who">
          <Link
            href="/settings/time-zone"
            className="muted small"
            data-testid="time-zone-link"
            title={t("nav.changeTimeZone")}
          >
            {t("nav.timesIn", { zone: timeZone })}
          </Link>
          <Link href="/settings/language" data-testid="language-link">
            {t("nav.language")}
          </Link>
          <Link href="/settings/account" title={user.email} data-testid="account-link">
            <UserText text={user.name} />
          </Link>
          <span className="role-badge" data-testid="role-badge">
            {t(`roles.${user.role}`)}
          </span>
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </HeaderMenu>
    </header>
  );
}
