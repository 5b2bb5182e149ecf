"use client";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/settings/tokens/actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending}
        aria-label={`Revoke ${name}`}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeTokenAction(tokenId);
            if (!result.ok) setError(result.message);
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </>
  );
}
