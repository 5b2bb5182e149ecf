"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { UserText } from "@/components/user-text";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import { claimLabel } from "@/lib/workflow/states";
import { describeChanges, type ClaimChange, type SeenState } from "./conflict-diff";

/** One change made meanwhile, in the reader's language; names, titles and rationales in their own direction. */
function ChangeLine({ change }: { change: ClaimChange }) {
  const t = useTranslations("conflict");
  const tStatus = useTranslations("statuses");
  switch (change.kind) {
    case "takenBack":
      return change.by
        ? t.rich("takenBackBy", {
            was: tStatus(change.was),
            actor: () => <UserText text={change.by!.actor} />,
            rationale: () => <UserText text={change.by!.rationale} />,
          })
        : t("takenBack", { was: tStatus(change.was) });
    case "statusChanged": {
      const statuses = { from: tStatus(change.from), to: tStatus(change.to) };
      return change.by
        ? t.rich("statusChangedBy", {
            ...statuses,
            actor: () => <UserText text={change.by!.actor} />,
            rationale: () => <UserText text={change.by!.rationale} />,
          })
        : t("statusChanged", statuses);
    }
    case "sourceAdded":
    case "sourceRemoved":
      return t.rich(change.kind, {
        title: () => <UserText text={change.title} />,
        url: () => <UserText text={change.url} />,
      });
    case "edited":
      // Reviewers read what changed, never version numbers.
      return t("edited");
  }
}

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
  const t = useTranslations("conflict");
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), [current.version]);
  return (
    <section className="card conflict" role="alert" aria-labelledby="conflict-heading" data-testid="conflict-view">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {t("heading", { label: claimLabel(current) })}
      </h2>
      <p>{t("notApplied", { change: pendingLabel })}</p>
      <ul>
        {describeChanges(seen, current).map((change, index) => (
          <li key={index}>
            <ChangeLine change={change} />
          </li>
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
          {busy ? t("reapplying") : t("reapply")}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
    </section>
  );
}
