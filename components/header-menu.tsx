"use client";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * On a narrow screen the header's links and account controls fold behind a Menu button (they
 * would otherwise take half the phone's screen on every page); on a wide one they are always
 * shown and the button is hidden (CSS). Following a link closes the menu.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  // Open on the page where it was opened: moving to another page closes it.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="menu-toggle secondary"
        aria-expanded={open}
        aria-controls="header-panel"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {label}
      </button>
      <div id="header-panel" className="header-panel" data-open={open}>
        {children}
      </div>
    </>
  );
}
