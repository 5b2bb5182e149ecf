"use client";
import { useEffect, useRef, useState } from "react";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import { claimLabel } from "@/lib/workflow/states";
import { describeChanges, type SeenState } from "./conflict-diff";

export function ConflictView({
  seen,
  current,
  pendingLabel,
  onReapply,
  onDiscard,
}: {
  seen: SeenState;
  current: ClaimSnapshot;
  pendingLabel: string;
  onReapply: () => Promise<void>;
  onDiscard: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), [current.version]);
  return (
    <section className="card conflict" role="alert" aria-labelledby="conflict-heading" data-testid="conflict-view">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {claimLabel(current)} changed while you were working
      </h2>
      <p>
        Your change was not applied: {pendingLabel}. Meanwhile (version {seen.version} → {current.version}):
      </p>
      <ul>
        {describeChanges(seen, current).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="inline-form">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onReapply();
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? "Re-applying…" : "Re-apply my change"}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onDiscard}>
          Discard my change and reload
        </button>
      </div>
    </section>
  );
}
