"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteRatingLabelAction, reorderRatingLabelsAction, updateRatingLabelAction } from "@/app/admin/rating-scale/actions";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import type { Verdict } from "@/lib/workflow/states";
import { RatingLabelForm } from "./rating-label-form";

export interface ManagedLabel {
  id: string;
  name: string;
  description: string;
  color: string;
  verdict: Verdict;
  ratingValue: number;
  retired: boolean;
  claimsCarrying: number;
}

/** Edit, move up or down, retire or bring back, delete (only when no claim carries the label). */
export function RatingLabelControls({ label, order }: { label: ManagedLabel; order: string[] }) {
  const t = useTranslations("ratingScale.controls");
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const index = order.indexOf(label.id);

  const run = (work: () => Promise<{ ok: boolean; message?: string }>, success: string) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await work();
      setOutcome(result.ok ? { kind: "success", text: success } : { kind: "error", text: result.message ?? "" });
    });

  const move = (by: -1 | 1) => {
    // The two neighbours swap places; the rest of the scale is not sent, so it cannot be stale.
    const neighbour = order[index + by]!;
    run(() => reorderRatingLabelsAction(by < 0 ? [label.id, neighbour] : [neighbour, label.id]), t("moved"));
  };

  return (
    <div className="stack rating-label-controls">
      <FormMessage message={outcome} />
      <div className="inline-form">
        <button type="button" className="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t("closeEdit") : t("edit", { name: label.name })}
        </button>
        <button type="button" className="secondary" disabled={pending || index <= 0} onClick={() => move(-1)}>
          {t("moveUp", { name: label.name })}
        </button>
        <button type="button" className="secondary" disabled={pending || index >= order.length - 1} onClick={() => move(1)}>
          {t("moveDown", { name: label.name })}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => updateRatingLabelAction(label.id, { retired: !label.retired }),
              label.retired ? t("restoredNow") : t("retiredNow"),
            )
          }
        >
          {label.retired ? t("restore") : t("retire")}
        </button>
        {label.claimsCarrying === 0 ? (
          <button type="button" className="danger" disabled={pending} onClick={() => setConfirmDelete(true)}>
            {t("delete")}
          </button>
        ) : null}
      </div>
      {editing ? (
        <RatingLabelForm
          label={{
            id: label.id,
            name: label.name,
            description: label.description,
            color: label.color,
            verdict: label.verdict,
            ratingValue: label.ratingValue,
          }}
          onSaved={() => setEditing(false)}
        />
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          title={t("deleteTitle")}
          confirmLabel={t("delete")}
          busyLabel={t("working")}
          cancelLabel={t("cancel")}
          busy={pending}
          error={dialogError}
          onConfirm={() =>
            startTransition(async () => {
              setDialogError(null);
              const result = await deleteRatingLabelAction(label.id);
              if (!result.ok) return setDialogError(result.message);
              setConfirmDelete(false);
            })
          }
          onCancel={() => {
            setConfirmDelete(false);
            setDialogError(null);
          }}
        >
          <p>
            {t("deleteBody")} <bdi>{label.name}</bdi>
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
