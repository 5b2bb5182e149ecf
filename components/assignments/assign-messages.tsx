"use client";
// The assign page's one outcome message: the claim board, unassigning and auto-assign share it, so
// a new success replaces the last instead of piling up in each form, and an error goes stale (is
// cleared, with the form's field errors) as soon as the editor works somewhere else.
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { FormOutcome } from "@/components/form-message";

export type AssignSource = "board" | "auto";

interface AssignMessagesApi {
  message: { source: AssignSource; outcome: FormOutcome } | null;
  /** The form the editor works in now. */
  active: AssignSource | null;
  show: (source: AssignSource, outcome: FormOutcome | null) => void;
  touch: (source: AssignSource) => void;
}

const Context = createContext<AssignMessagesApi | null>(null);

export function AssignMessages({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState<AssignMessagesApi["message"]>(null);
  const [active, setActive] = useState<AssignSource | null>(null);
  const show = useCallback((source: AssignSource, outcome: FormOutcome | null) => {
    setActive(source);
    setMessage(outcome ? { source, outcome } : null);
  }, []);
  const touch = useCallback((source: AssignSource) => {
    setActive(source);
    // Any error is about an earlier attempt once the editor acts again; a success stays until replaced.
    setMessage((current) => (current?.outcome.kind === "error" ? null : current));
  }, []);
  const api = useMemo(() => ({ message, active, show, touch }), [message, active, show, touch]);
  return <Context.Provider value={api}>{children}</Context.Provider>;
}

export function useAssignMessages(source: AssignSource) {
  const api = useContext(Context);
  if (!api) throw new Error("useAssignMessages outside AssignMessages");
  const { message, active, show, touch } = api;
  return {
    /** The message, when it came from this form. */
    mine: message?.source === source ? message.outcome : null,
    /** The editor works in the other form now: this form's field errors are stale. */
    away: active !== null && active !== source,
    show: (outcome: FormOutcome | null) => show(source, outcome),
    touch: () => touch(source),
  };
}
