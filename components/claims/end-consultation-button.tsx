"use client";
// An editor ends a consultation: the colleague can no longer open the claim or reply.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endConsultationAction } from "@/app/claims/[id]/actions";

export function EndConsultationButton({ consultationId, name }: { consultationId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const end = () =>
    startTransition(async () => {
      setError(null);
      const result = await endConsultationAction(consultationId);
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={end}>
        {pending ? "Ending…" : "End consultation"}
        <span className="visually-hidden"> with {name}</span>
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      ) : null}
    </>
  );
}
