"use client";
import { useEffect } from "react";

export const SHORTCUTS = [
  { key: "s", label: "Add a source" },
  { key: "c", label: "Verdict: corroborated" },
  { key: "d", label: "Verdict: disputed" },
  { key: "u", label: "Verdict: unverified" },
  { key: "?", label: "Show or hide this help" },
  { key: "Esc", label: "Close this help, or leave the field you are typing in" },
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
  return (
    <div className="shortcut-overlay" role="dialog" aria-modal="true" aria-labelledby="shortcut-heading">
      <div className="card">
        <h2 id="shortcut-heading">Keyboard shortcuts</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.key}>
              <dt>
                <kbd>{shortcut.key}</kbd>
              </dt>
              <dd>{shortcut.label}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">Shortcuts do nothing while you type in a field.</p>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
