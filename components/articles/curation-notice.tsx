"use client";
// One message for the article page's curation: a new one replaces the last (they do not pile up
// claim by claim), and it survives the claim card it came from (a merged-away or deleted claim's
// card is gone after the page refreshes). A split, merge or delete carries its undo offer: the
// Undo button stays until the offer expires (UNDO_WINDOW_MS, checked again on the server).
import { useLocale, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { undoCurationAction } from "@/app/articles/[id]/undo-actions";
import type { UndoOffer } from "@/lib/claims/undo-offer";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { claimLabel } from "@/lib/workflow/states";

export interface CurationNotice {
  kind: "success" | "error";
  text: string;
  undo?: UndoOffer | null;
}

interface NoticeApi {
  notice: CurationNotice | null;
  show: (notice: CurationNotice | null) => void;
  /** Who the editor acts on now (a claim id, "selection"): errors elsewhere are stale then. */
  owner: string | null;
  /** Called when the editor starts acting somewhere: clears a stale error notice. */
  act: (owner: string) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

export function useCurationNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error("useCurationNotice outside CurationNotices");
  return api;
}

export function CurationNotices({ children }: { children: React.ReactNode }) {
  const [notice, setNotice] = useState<CurationNotice | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const show = useCallback((next: CurationNotice | null) => setNotice(next), []);
  const act = useCallback((next: string) => {
    setOwner(next);
    setNotice((current) => (current?.kind === "error" ? null : current));
  }, []);
  const api = useMemo(() => ({ notice, show, owner, act }), [notice, show, owner, act]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <NoticeBar notice={notice} show={show} />
    </NoticeContext.Provider>
  );
}

function NoticeBar({ notice, show }: Pick<NoticeApi, "notice" | "show">) {
  const t = useTranslations("curation");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  /** The token of the offer whose time ran out (the Undo button goes then). */
  const [expiredToken, setExpiredToken] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const offer = notice?.undo ?? null;
  const expired = offer !== null && expiredToken === offer.token;

  useEffect(() => {
    if (!offer) return;
    const left = Math.max(0, new Date(offer.expiresAt).getTime() - Date.now());
    const timer = window.setTimeout(() => setExpiredToken(offer.token), left);
    return () => window.clearTimeout(timer);
  }, [offer]);

  // The button that made the change may be gone with its claim card: keyboard focus goes to Undo.
  useEffect(() => {
    if (offer) undoRef.current?.focus({ preventScroll: true });
  }, [offer]);

  if (!notice) return null;
  function undo() {
    if (!offer) return;
    startTransition(async () => {
      const result = await undoCurationAction(offer.token);
      if (!result.ok) {
        show({ kind: "error", text: translateServerMessage(result.message, locale) });
        return;
      }
      const { undone, restored, removed } = result.data;
      const first = restored[0] ? claimLabel(restored[0]) : "";
      const text =
        undone === "claim.split"
          ? t("undoneSplit", { claim: first, removed: removed[0] ? claimLabel(removed[0]) : "" })
          : undone === "claim.merged"
            ? t("undoneMerge", { first, second: restored[1] ? claimLabel(restored[1]) : "" })
            : t("undoneDelete", { claim: first });
      show({ kind: "success", text });
    });
  }
  const isError = notice.kind === "error";
  return (
    <div className={`curation-notice ${isError ? "is-error" : ""}`} data-testid="curation-notice">
      <p className={isError ? "form-error" : "form-success"} role={isError ? "alert" : "status"}>
        {notice.text}
        {offer && !expired ? ` ${t("undoWindow")}` : ""}
      </p>
      <div className="inline-form">
        {offer && !expired ? (
          <button ref={undoRef} type="button" className="secondary" disabled={pending} onClick={undo}>
            {pending ? t("undoing") : t("undo")}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => show(null)}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
