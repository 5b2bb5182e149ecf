"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** The keys and what they do (the labels are keys of the "shortcuts" messages). */
export const SHORTCUTS = [
  { key: "j", label: "nextClaim" },
  { key: "k", label: "previousClaim" },
  { key: "s", label: "addSource" },
  { key: "c", label: "corroborated" },
  { key: "d", label: "disputed" },
  { key: "u", label: "unverified" },
  { key: "?", label: "toggleHelp" },
  { key: "Esc", label: "closeHelp" },
] as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Single-key shortcuts on the page; never while typing in a field or with a modifier held. */
export function useShortcuts(handlers: Record<string, () => void>) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) {
        // Esc leaves the field, so the single-key shortcuts work again without the mouse.
        if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers]);
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useTranslations("shortcuts");
  return (
    <div className="shortcut-overlay" role="dialog" aria-modal="true" aria-labelledby="shortcut-heading">
      <div className="card">
        <h2 id="shortcut-heading">{t("heading")}</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.key}>
              <dt>
                <kbd>{shortcut.key === "Esc" ? t("escKey") : shortcut.key}</kbd>
              </dt>
              <dd>{t(shortcut.label)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t("whileTyping")}</p>
        <button type="button" onClick={onClose} autoFocus>
          {t("close")}
        </button>
      </div>
    </div>
  );
}
