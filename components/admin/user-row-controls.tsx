"use client";
import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/admin/users/actions";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/permissions";

interface Props {
  user: { id: string; name: string; role: Role; active: boolean };
}

export function UserRowControls({ user }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function update(change: { role?: Role; active?: boolean }) {
    setError(null);
    startTransition(async () => {
      const result = await updateUserAction(user.id, change);
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <div className="inline-form">
      <label className="muted" htmlFor={`role-${user.id}`}>
        Role
      </label>
      <select
        id={`role-${user.id}`}
        aria-label={`Role of ${user.name}`}
        value={user.role}
        disabled={pending}
        onChange={(event) => update({ role: event.target.value as Role })}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={user.active ? "danger" : "secondary"}
        disabled={pending}
        onClick={() => update({ active: !user.active })}
      >
        {user.active ? `Deactivate` : `Reactivate`}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
