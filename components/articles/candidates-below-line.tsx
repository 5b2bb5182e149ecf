"use client";
// Candidates below the line: the spans extraction scored under the threshold, collapsed until the
// editor opens them (they are worked out then, not on every page view), each with its score and
// reasons and a button that makes it a claim.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { listCandidatesAction, promoteCandidateAction } from "@/app/articles/[id]/actions";
import type { ClaimCandidate } from "@/lib/claims/candidates";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { UserText } from "../user-text";

type Loaded = { ok: true; candidates: ClaimCandidate[] } | { ok: false; message: string };

export function CandidatesBelowLine({ articleId, language }: { articleId: string; language: string }) {
  const t = useTranslations("candidates");
  const locale = useLocale();
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const server = (text: string) => translateServerMessage(text, locale);

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
      if (!result.ok) return setMessage({ ok: false, text: server(result.message) });
      setMessage({ ok: true, text: t("added", { number: result.data.number }) });
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
      <summary>{t("summary")}</summary>
      <p className="muted small">{t("intro")}</p>
      {message ? (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      {!loaded ? (
        <p className="muted">{pending ? t("looking") : null}</p>
      ) : !loaded.ok ? (
        <p className="form-error" role="alert">
          {server(loaded.message)}
        </p>
      ) : loaded.candidates.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="candidate-list">
          {loaded.candidates.map((candidate) => (
            <li key={`${candidate.start}-${candidate.end}`} data-testid="candidate">
              <UserText as="p" text={candidate.statement} lang={language} />
              <p className="muted small">
                {t("checkWorthiness", { score: candidate.score.toFixed(2) })}
                {candidate.reasons.length ? ` · ${candidate.reasons.map(server).join(t("reasonSeparator"))}` : ""}
              </p>
              <button type="button" className="secondary" disabled={pending} onClick={() => promote(candidate)}>
                {t("promote")}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
