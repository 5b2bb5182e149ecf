"use client";
// A confirmation step for changes that are hard to take back (a role, deactivating an account,
// revoking a token): says what will happen and asks once more. A native modal <dialog>, so focus
// stays inside it, Esc cancels, the page behind is inert and focus returns to the button that
// opened it; not window.confirm, which cannot say much, cannot be styled or translated by us and
// is easy to click through.
import { useEffect, useId, useRef, type ReactNode } from "react";

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  cancelLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** Why the change was refused, shown inside the dialog so the person can cancel or retry. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The safe choice has the focus first (React's autoFocus runs before the dialog is shown).
    cancel.current?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Esc: close through React state, so the trigger knows.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="stack">
        {children}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="inline-form confirm-dialog-actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel} ref={cancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
