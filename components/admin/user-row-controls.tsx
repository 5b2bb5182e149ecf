"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateUserAction } from "@/app/admin/users/actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { UserText } from "@/components/user-text";
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
  // A change waiting for the admin's confirmation (the confirm step says what it will do).
  const [confirming, setConfirming] = useState<{ role: Role } | { active: false } | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const holdsWork = openAssignments.length > 0;

  function update(change: { role?: Role; active?: boolean }) {
    setError(null);
    setOutcome(null);
    startTransition(async () => {
      const result = await updateUserAction(user.id, change);
      if (!result.ok) setError(translateServerMessage(result.message, locale));
    });
  }

  function ask(change: { role: Role } | { active: false }) {
    setError(null);
    setOutcome(null);
    setConfirmError(null);
    setConfirming(change);
  }

  function confirm() {
    if (!confirming) return;
    const change = confirming;
    startTransition(async () => {
      const result = await updateUserAction(user.id, change);
      if (result.ok) setConfirming(null);
      else setConfirmError(translateServerMessage(result.message, locale));
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
          value={confirming && "role" in confirming ? confirming.role : user.role}
          disabled={pending}
          onChange={(event) => {
            const role = event.target.value as Role;
            if (role !== user.role) ask({ role });
          }}
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
          <button type="button" className="danger" disabled={pending} onClick={() => ask({ active: false })}>
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
      {confirming ? (
        <ConfirmDialog
          title={
            "role" in confirming
              ? t("confirmRoleTitle", { name: user.name })
              : t("confirmDeactivateTitle", { name: user.name })
          }
          confirmLabel={"role" in confirming ? t("confirmRole", { role: roles(confirming.role) }) : t("deactivate")}
          busyLabel={t("saving")}
          cancelLabel={t("cancel")}
          busy={pending}
          error={confirmError}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        >
          {"role" in confirming ? (
            <>
              <p>
                {t.rich("roleChange", {
                  from: roles(user.role),
                  to: roles(confirming.role),
                  who: () => <UserText text={user.name} />,
                })}
              </p>
              <p>{t(`roleEffects.${confirming.role}`)}</p>
              {holdsWork && confirming.role !== "REVIEWER" ? (
                <p>{t("roleKeepsWork", { count: openAssignments.length })}</p>
              ) : null}
            </>
          ) : (
            <p>{t("deactivateEffects")}</p>
          )}
        </ConfirmDialog>
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
