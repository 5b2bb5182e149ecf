"use client";
import { useState, useTransition } from "react";
import { removeEvidenceAction } from "@/app/claims/[id]/actions";
import { STANCE_LABELS } from "@/lib/workflow/states";
import { EvidenceForm } from "./evidence-form";
import { isConflict, type EvidenceItem, type Submit } from "./types";

const date = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

export function EvidenceList({
  claimId,
  evidence,
  canWrite,
  submit,
}: {
  claimId: string;
  evidence: EvidenceItem[];
  canWrite: boolean;
  submit: Submit;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (evidence.length === 0) return <p className="muted">No sources yet.</p>;

  function remove(item: EvidenceItem) {
    setError(null);
    startTransition(async () => {
      await submit({
        label: `Remove source “${item.title}”`,
        run: (version) => removeEvidenceAction(item.id, version),
        settle: (result) => setError(result.ok || isConflict(result) ? null : result.message),
      });
    });
  }

  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="evidence-list" aria-label="Sources">
        {evidence.map((item) => (
          <li key={item.id} className={item.removedAt ? "removed" : undefined} data-testid="evidence-item">
            <div>
              <span className={`stance stance-${item.stance}`}>{STANCE_LABELS[item.stance]}</span>{" "}
              {item.removedAt ? (
                <del>{item.title}</del>
              ) : (
                <a href={item.url} rel="noreferrer noopener" target="_blank">
                  {item.title}
                </a>
              )}
              <span className="muted">
                {" "}
                · {item.publisher ?? "unknown publisher"} · published {date(item.publishedAt)} · accessed{" "}
                {date(item.accessedAt)} · added by {item.addedBy}
              </span>
            </div>
            <div className="muted url">{item.url}</div>
            {item.excerpt ? <blockquote>{item.excerpt}</blockquote> : null}
            {item.note ? <p className="note">{item.note}</p> : null}
            {item.removedAt ? (
              <p className="muted">
                Removed {date(item.removedAt)} by {item.removedBy ?? "someone"}
              </p>
            ) : canWrite ? (
              editing === item.id ? (
                <EvidenceForm claimId={claimId} editing={item} submit={submit} onDone={() => setEditing(null)} />
              ) : (
                <div className="inline-form">
                  <button type="button" className="secondary" onClick={() => setEditing(item.id)}>
                    Edit<span className="visually-hidden"> {item.title}</span>
                  </button>
                  <button type="button" className="danger" disabled={pending} onClick={() => remove(item)}>
                    Remove<span className="visually-hidden"> {item.title}</span>
                  </button>
                </div>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
