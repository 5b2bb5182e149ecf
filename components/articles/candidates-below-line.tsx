"use client";
// Candidates below the line: the spans extraction scored under the threshold, collapsed until the
// editor opens them (they are worked out then, not on every page view), each with its score and
// reasons and a button that makes it a claim.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { listCandidatesAction, promoteCandidateAction } from "@/app/articles/[id]/actions";
import type { ClaimCandidate } from "@/lib/claims/candidates";

type Loaded = { ok: true; candidates: ClaimCandidate[] } | { ok: false; message: string };

export function CandidatesBelowLine({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function load() {
    startTransition(async () => {
      const result = await listCandidatesAction(articleId);
      setLoaded(result.ok ? { ok: true, candidates: result.data } : { ok: false, message: result.message });
    });
  }

  function promote(candidate: ClaimCandidate) {
    setMessage(null);
    startTransition(async () => {
      const result = await promoteCandidateAction(articleId, { start: candidate.start, end: candidate.end });
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: `Added as C${result.data.number}.` });
      setLoaded((current) =>
        current?.ok ? { ok: true, candidates: current.candidates.filter((c) => c !== candidate) } : current,
      );
      router.refresh();
    });
  }

  return (
    <details
      className="card candidates"
      data-testid="candidates"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && !loaded) load();
      }}
    >
      <summary>Candidates below the line</summary>
      <p className="muted small">
        Sentences extraction scored under its threshold. Promote one to make it a claim; nothing here is reviewed until
        then.
      </p>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      {!loaded ? (
        <p className="muted">{pending ? "Looking for candidates…" : null}</p>
      ) : !loaded.ok ? (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      ) : loaded.candidates.length === 0 ? (
        <p className="muted">No candidates: every sentence worth a look is a claim already.</p>
      ) : (
        <ol className="candidate-list">
          {loaded.candidates.map((candidate) => (
            <li key={`${candidate.start}-${candidate.end}`} data-testid="candidate">
              <p>{candidate.statement}</p>
              <p className="muted small">
                Check-worthiness {candidate.score.toFixed(2)}
                {candidate.reasons.length ? ` · ${candidate.reasons.join("; ")}` : ""}
              </p>
              <button type="button" className="secondary" disabled={pending} onClick={() => promote(candidate)}>
                Promote to claim
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
