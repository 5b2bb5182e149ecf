"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/admin/users/actions";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { OpenWorkForm, type OpenAssignmentItem, type OpenWorkResult, type ReviewerOption } from "./open-work-form";

interface Props {
  user: { id: string; name: string; role: Role; active: boolean };
  /** The user's open assignments (what deactivating them leaves behind). */
  openAssignments: OpenAssignmentItem[];
  /** Active reviewers other than this user, who could take them. */
  reviewers: ReviewerOption[];
}

export function UserRowControls({ user, openAssignments, reviewers }: Props) {
  const t = useTranslations("admin.rowControls");
  const roles = useTranslations("roles");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<OpenWorkResult | null>(null);
  const [panel, setPanel] = useState<"deactivate" | "reassign" | null>(null);
  const holdsWork = openAssignments.length > 0;

  function update(change: { role?: Role; active?: boolean }) {
    setError(null);
    setOutcome(null);
    startTransition(async () => {
      const result = await updateUserAction(user.id, change);
      if (!result.ok) setError(translateServerMessage(result.message, locale));
    });
  }

  function open(which: "deactivate" | "reassign") {
    setError(null);
    setOutcome(null);
    setPanel(which);
  }

  function done(result: OpenWorkResult) {
    setPanel(null);
    setOutcome(result);
  }

  return (
    <div className="stack">
      <div className="inline-form">
        <label className="muted" htmlFor={`role-${user.id}`}>
          {t("role")}
        </label>
        <select
          id={`role-${user.id}`}
          aria-label={t("roleOf", { name: user.name })}
          value={user.role}
          disabled={pending}
          onChange={(event) => update({ role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </select>
        {!user.active ? (
          <button type="button" className="secondary" disabled={pending} onClick={() => update({ active: true })}>
            {t("reactivate")}
          </button>
        ) : !holdsWork ? (
          <button type="button" className="danger" disabled={pending} onClick={() => update({ active: false })}>
            {t("deactivate")}
          </button>
        ) : panel !== "deactivate" ? (
          // Someone who still holds review work is deactivated through the form below, which asks about it.
          <button type="button" className="danger" disabled={pending} onClick={() => open("deactivate")}>
            {t("deactivateMore")}
          </button>
        ) : null}
        {!user.active && holdsWork && panel !== "reassign" ? (
          <button type="button" className="link-button" onClick={() => open("reassign")}>
            {t("reassignOpen", { count: openAssignments.length })}
          </button>
        ) : null}
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      {outcome ? (
        <p className={outcome.ok ? "form-success" : "form-error"} role={outcome.ok ? "status" : "alert"}>
          {outcome.text}
        </p>
      ) : null}
      {panel && holdsWork ? (
        <OpenWorkForm
          mode={panel}
          user={user}
          openAssignments={openAssignments}
          reviewers={reviewers}
          onDone={done}
          onCancel={() => setPanel(null)}
        />
      ) : null}
    </div>
  );
}
