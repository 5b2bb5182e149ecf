import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

interface Props {
  user: { name: string; email: string; role: Role };
  /** Decided on the server by the permission module; the admin pages check again. */
  showAdmin: boolean;
  /** May export reports (the export page checks again). */
  showReports?: boolean;
  /** Unread @mentions of the user. */
  mentionCount?: number;
  /** The zone pages write times in (named here once, and by offset at each time). */
  timeZone: string;
}

export function AppHeader({ user, showAdmin, mentionCount = 0, timeZone, showReports = false }: Props) {
  const links = [
    { href: "/articles", label: "Articles" },
    { href: "/queue", label: "My queue" },
    ...(showReports ? [{ href: "/reports", label: "Reports" }] : []),
    ...(showAdmin ? [{ href: "/admin/users", label: "Admin" }] : []),
  ];
  return (
    <header className="app-header">
      <Link href="/articles" className="brand">
        ClaimLedger
      </Link>
      <NavLinks links={links} />
      <div className="who">
        <Link
          href="/mentions"
          className="mentions-link"
          aria-label={mentionCount ? `Mentions, ${mentionCount} unread` : "Mentions"}
        >
          Mentions
          {mentionCount ? (
            <span className="count-badge" data-testid="mention-count">
              {mentionCount}
            </span>
          ) : null}
        </Link>
        <Link
          href="/settings/time-zone"
          className="muted small"
          data-testid="time-zone-link"
          title="Change your time zone"
        >
          Times in {timeZone}
        </Link>
        <Link href="/settings/tokens" title={user.email}>
          {user.name}
        </Link>
        <span className="role-badge" data-testid="role-badge">
          {ROLE_LABELS[user.role]}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
