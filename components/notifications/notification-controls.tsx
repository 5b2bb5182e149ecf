"use client";
// The centre's few controls: opening an item marks it read (a click, never the page load or a
// prefetch), and buttons mark one or all read. The list itself is rendered on the server.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { markNotificationsReadAction } from "@/app/notifications/actions";

export function NotificationLink({
  id,
  unread,
  href,
  children,
}: {
  id: string;
  unread: boolean;
  href: string;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      onClick={() => {
        if (unread) void markNotificationsReadAction({ ids: [id] });
      }}
    >
      {children}
    </Link>
  );
}

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="secondary small"
      aria-label={label}
      disabled={pending}
      onClick={() =>
        start(async () => {
          const result = await markNotificationsReadAction({ ids: [id] });
          if (result.ok) router.refresh();
        })
      }
    >
      {t("markRead")}
    </button>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await markNotificationsReadAction({ all: true });
            if (result.ok) {
              setDone(true);
              router.refresh();
            }
          })
        }
      >
        {t("markAllRead")}
      </button>
      <span role="status" className="muted small">
        {done ? t("markedAll") : ""}
      </span>
    </>
  );
}
