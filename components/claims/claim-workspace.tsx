"use client";
// The interactive part of the claim page: sources, verdict, keyboard shortcuts and the conflict
// view. Every change goes through `submit`, which remembers it so that after a CONFLICT the
// reviewer can see what changed meanwhile and re-apply it on the current version.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ReviewActionResult } from "@/app/claims/[id]/actions";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import { ConflictView } from "./conflict-view";
import { EvidenceForm, type EvidenceFormHandle } from "./evidence-form";
import { EvidenceList } from "./evidence-list";
import { ShortcutHelp, useShortcuts } from "./shortcuts";
import type { EvidenceItem, Status, Submit } from "./types";
import { VerdictForm, type VerdictFormHandle } from "./verdict-form";

interface Props {
  claimId: string;
  version: number;
  status: Status;
  evidence: EvidenceItem[];
  permissions: { verdict: boolean; evidence: boolean };
  finalized: boolean;
}

type Pending = { label: string; run: (version: number) => Promise<ReviewActionResult<unknown>> };

export function ClaimWorkspace({ claimId, version, status, evidence, permissions, finalized }: Props) {
  const router = useRouter();
  const [conflict, setConflict] = useState<{ current: ClaimSnapshot; pending: Pending } | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [addOpen, setAddOpen] = useState(false);
  const evidenceForm = useRef<EvidenceFormHandle>(null);
  const verdictForm = useRef<VerdictFormHandle>(null);

  const submit: Submit = useCallback(
    async (label, run) => {
      const result = await run(version);
      if (!result.ok && "conflict" in result) {
        setConflict({ current: result.conflict, pending: { label, run } });
      } else if (result.ok) {
        setConflict(null);
        router.refresh();
      }
      return result;
    },
    [version, router],
  );

  const reapply = async () => {
    if (!conflict) return;
    const result = await conflict.pending.run(conflict.current.version);
    if (result.ok) {
      setConflict(null);
      router.refresh();
    } else if ("conflict" in result) {
      setConflict({ current: result.conflict, pending: conflict.pending });
    } else {
      // The change no longer applies (e.g. the source is gone): show why, and reload the claim.
      setConflict(null);
      window.alert(result.message);
      router.refresh();
    }
  };

  const openAddSource = useCallback(() => {
    setAddOpen(true);
    // The form mounts on this render; focus it on the next frame.
    requestAnimationFrame(() => evidenceForm.current?.focus());
  }, []);

  const handlers = useMemo(() => {
    const map: Record<string, () => void> = {
      "?": () => setShowHelp((shown) => !shown),
      Escape: () => setShowHelp(false),
    };
    if (permissions.evidence) map.s = openAddSource;
    if (permissions.verdict) {
      map.c = () => verdictForm.current?.choose("CORROBORATED");
      map.d = () => verdictForm.current?.choose("DISPUTED");
      map.u = () => verdictForm.current?.choose("UNVERIFIED");
    }
    return map;
  }, [permissions.evidence, permissions.verdict, openAddSource]);
  useShortcuts(handlers);

  const current = evidence.filter((item) => !item.removedAt);
  return (
    <>
      {conflict ? (
        <ConflictView
          seen={{ version, status, evidence: current }}
          current={conflict.current}
          pendingLabel={conflict.pending.label}
          onReapply={reapply}
          onDiscard={() => {
            setConflict(null);
            router.refresh();
          }}
        />
      ) : null}
      <p className="muted shortcut-hint">
        Press <kbd>?</kbd> for keyboard shortcuts. <span data-testid="claim-version">Version {version}</span>
      </p>
      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources ({current.length})</h2>
        <EvidenceList claimId={claimId} evidence={evidence} canWrite={permissions.evidence} submit={submit} />
        {permissions.evidence ? (
          addOpen ? (
            <>
              <h3>Add a source</h3>
              <EvidenceForm ref={evidenceForm} claimId={claimId} submit={submit} />
            </>
          ) : (
            <button type="button" className="secondary" onClick={openAddSource} aria-keyshortcuts="s">
              Add a source
            </button>
          )
        ) : finalized ? (
          <p className="muted" data-testid="sources-finalized">
            This article is finalized, so its sources cannot change; an editor must reopen it first.
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">Verdict</h2>
        {permissions.verdict ? (
          <VerdictForm ref={verdictForm} claimId={claimId} status={status} submit={submit} />
        ) : (
          <p className="muted">
            {finalized
              ? "This article is finalized; an editor must reopen it first."
              : "Only the assigned reviewer, editors and admins can give a verdict."}
          </p>
        )}
      </section>
      {showHelp ? <ShortcutHelp onClose={() => setShowHelp(false)} /> : null}
    </>
  );
}
