"use client";
// The interactive part of the claim page: the claimant, sources, verdict (and taking it back),
// keyboard shortcuts and the conflict view. Every versioned change goes through `submit`, which
// remembers it so that after a CONFLICT the reviewer can see what changed meanwhile and re-apply
// it on the current version; the form that made the change settles with the re-applied result.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ClaimSnapshot } from "@/lib/workflow/conflict";
import { isVerdict } from "@/lib/workflow/states";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { UserText } from "@/components/user-text";
import { ClaimantField } from "./claimant-field";
import type { SeenState } from "./conflict-diff";
import { ConflictView } from "./conflict-view";
import { EvidenceForm, type EvidenceFormHandle } from "./evidence-form";
import { EvidenceList } from "./evidence-list";
import { ReopenClaimForm } from "./reopen-claim-form";
import { ShortcutHelp, useShortcuts } from "./shortcuts";
import { isConflict, type Change, type EvidenceItem, type Status, type Submit } from "./types";
import type { RatingLabelOption } from "@/components/rating-scale/verdict-label-options";
import { VerdictForm, type VerdictFormHandle } from "./verdict-form";

interface Props {
  claimId: string;
  version: number;
  status: Status;
  claimant: string | null;
  evidence: EvidenceItem[];
  permissions: { verdict: boolean; evidence: boolean; reopenClaim: boolean; editClaimant: boolean };
  finalized: boolean;
  /** The reader is a consulted colleague: they read and reply, nothing else. */
  consulted: boolean;
  /** The reader's zone, for the sources' removal times. */
  timeZone: string;
  /** The verdict in force: its rationale, who gave it and when (formatted in the reader's zone). */
  currentVerdict: { rationale: string; by: string | null; at: string } | null;
  /** Next/previous claim (j/k) and where to go when nothing follows. */
  navigation: { previous: string | null; next: string | null; done: string; doneLabel: string };
  /** The claim in its paragraph (rendered on the server). */
  children: ReactNode;
  /** The desk's rating scale (active labels) and the label the claim carries (docs/rating-scale.md). */
  ratingScale?: { labels: RatingLabelOption[]; currentId: string | null };
}

type Conflict = { seen: SeenState; current: ClaimSnapshot; pending: Change };

/** The version a successful change reports (every versioned action returns the claim's new version). */
function versionOf(data: unknown): number {
  if (typeof data === "object" && data !== null && "version" in data && typeof data.version === "number")
    return data.version;
  return 0;
}

export function ClaimWorkspace({
  claimId,
  version,
  status,
  claimant,
  evidence,
  permissions,
  finalized,
  consulted,
  timeZone,
  currentVerdict,
  navigation,
  children,
  ratingScale,
}: Props) {
  const t = useTranslations("claimPage");
  const tEvidence = useTranslations("evidence");
  const tVerdict = useTranslations("verdict");
  const tStatus = useTranslations("statuses");
  const router = useRouter();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [applied, setApplied] = useState(false);
  // The newest version this page wrote: until router.refresh() brings the new props, the next
  // change must still go on the version the last one produced, not on the stale prop.
  const [written, setWritten] = useState(0);
  const latest = Math.max(version, written);
  const [showHelp, setShowHelp] = useState(false);
  const [takenBack, setTakenBack] = useState<FormOutcome | null>(null);
  const [addOpen, setAddOpen] = useState(false);
  const evidenceForm = useRef<EvidenceFormHandle>(null);
  const verdictForm = useRef<VerdictFormHandle>(null);
  const appliedNote = useRef<HTMLParagraphElement>(null);
  const current = useMemo(() => evidence.filter((item) => !item.removedAt), [evidence]);

  const succeeded = useCallback(
    (data: unknown) => {
      setConflict(null);
      setWritten((known) => Math.max(known, versionOf(data)));
      router.refresh();
    },
    [router],
  );

  const submit: Submit = useCallback(
    async (change) => {
      setApplied(false);
      const result = await change.run(latest);
      if (isConflict(result)) {
        setConflict({
          seen: { version: latest, status, evidence: current },
          current: result.conflict,
          pending: change,
        });
      } else if (result.ok) {
        succeeded(result.data);
      }
      change.settle(result);
    },
    [latest, status, current, succeeded],
  );

  const reapply = async () => {
    if (!conflict) return;
    const { pending, current: now } = conflict;
    const result = await pending.run(now.version);
    if (result.ok) {
      succeeded(result.data);
      setApplied(true);
    } else if (isConflict(result)) {
      // Changed again meanwhile: what the reviewer has now seen is the claim the conflict view showed.
      setConflict({ seen: now, current: result.conflict, pending });
    } else {
      // The change no longer applies (e.g. the source is gone): its form shows why; reload the claim.
      setConflict(null);
      router.refresh();
    }
    pending.settle(result);
  };

  const discard = () => {
    conflict?.pending.discard?.();
    setConflict(null);
    router.refresh();
  };

  // The conflict view had the focus; hand it to the confirmation that replaces it.
  useEffect(() => {
    if (applied) appliedNote.current?.focus();
  }, [applied]);

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
    if (navigation.next) map.j = () => router.push(navigation.next!);
    if (navigation.previous) map.k = () => router.push(navigation.previous!);
    if (permissions.evidence) map.s = openAddSource;
    if (permissions.verdict) {
      map.c = () => verdictForm.current?.choose("CORROBORATED");
      map.d = () => verdictForm.current?.choose("DISPUTED");
      map.u = () => verdictForm.current?.choose("UNVERIFIED");
    }
    return map;
  }, [permissions.evidence, permissions.verdict, openAddSource, navigation.next, navigation.previous, router]);
  useShortcuts(handlers);

  return (
    <>
      {conflict ? (
        <ConflictView
          seen={conflict.seen}
          current={conflict.current}
          pendingLabel={conflict.pending.label}
          onReapply={reapply}
          onDiscard={discard}
        />
      ) : applied ? (
        <p className="form-success" role="status" tabIndex={-1} ref={appliedNote} data-testid="conflict-resolved">
          {t("applied")}
        </p>
      ) : null}
      {/* The version a change is made on stays out of sight (data-version, for tests): reviewers
          read what changed, in the conflict view, never a version number. */}
      <p className="muted shortcut-hint" data-testid="claim-version" data-version={latest}>
        {t.rich("shortcutHint", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
      </p>
      <section className="card" aria-labelledby="context-heading">
        <h2 id="context-heading">{t("contextHeading")}</h2>
        {children}
        <ClaimantField claimId={claimId} claimant={claimant} canEdit={permissions.editClaimant} submit={submit} />
      </section>
      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{tEvidence("heading", { count: current.length })}</h2>
        <EvidenceList
          claimId={claimId}
          evidence={evidence}
          canWrite={permissions.evidence}
          submit={submit}
          timeZone={timeZone}
        />
        {permissions.evidence ? (
          addOpen ? (
            <>
              <h3>{tEvidence("addHeading")}</h3>
              <EvidenceForm ref={evidenceForm} claimId={claimId} submit={submit} />
            </>
          ) : (
            <button type="button" className="secondary" onClick={openAddSource} aria-keyshortcuts="s">
              {tEvidence("addButton")}
            </button>
          )
        ) : finalized ? (
          <p className="muted" data-testid="sources-finalized">
            {tEvidence("finalized")}
          </p>
        ) : null}
      </section>
      <section className="card" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{tVerdict("heading")}</h2>
        <p data-testid="claim-status">
          <strong>{tStatus(status)}</strong>
          <span className="muted"> — {tVerdict(`descriptions.${status}`)}</span>
        </p>
        {currentVerdict ? (
          <div className="current-rationale" data-testid="current-rationale">
            <p className="muted small">
              {tVerdict.rich("currentRationale", {
                name: () => (currentVerdict.by === null ? t("someone") : <UserText text={currentVerdict.by} />),
                date: currentVerdict.at,
              })}
            </p>
            <UserText as="blockquote" className="rationale" text={currentVerdict.rationale} />
          </div>
        ) : null}
        {permissions.verdict ? (
          <VerdictForm
            ref={verdictForm}
            claimId={claimId}
            status={isVerdict(status) ? status : null}
            submit={submit}
            next={navigation.next}
            done={{ href: navigation.done, label: navigation.doneLabel }}
            ratingLabels={ratingScale?.labels}
            ratingLabelId={ratingScale?.currentId}
          />
        ) : (
          <p className="muted">
            {finalized ? tVerdict("finalized") : consulted ? tVerdict("consulted") : tVerdict("notAllowed")}
          </p>
        )}
        {/* Outside the form: taking the verdict back removes the form (nothing left to take back). */}
        <FormMessage message={takenBack} />
        {permissions.reopenClaim ? (
          <ReopenClaimForm claimId={claimId} status={status} submit={submit} onTakenBack={setTakenBack} />
        ) : null}
      </section>
      {showHelp ? <ShortcutHelp onClose={() => setShowHelp(false)} /> : null}
    </>
  );
}
