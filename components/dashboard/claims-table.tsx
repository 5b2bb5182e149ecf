"use client";
// The dashboard's claims table. For editors it is also the bulk-action form: tick claims, then
// assign them to a reviewer or set their due date (the same zod schemas the server parses).
// The server draws the first rows only; the browser draws the rest as soon as the page has
// hydrated (components/articles/first-render.ts): a 250-claim table was half the page's HTML.
import { FormMessage, type FormOutcome } from "@/components/form-message";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { bulkAssignAction, bulkSetDueDateAction } from "@/app/articles/[id]/dashboard/actions";
import { assignClaimsSchema, setDueDateSchema } from "@/lib/assignments/schema";
import { dueAtFromDay } from "@/lib/time/calendar";
import { formatDue } from "@/lib/time/format";
import { claimLabel, type ClaimStatus } from "@/lib/workflow/states";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import { itemsToDraw, useHydrated } from "../articles/first-render";
import { messageTemplate } from "../articles/message-template";
import { FieldError } from "../field-error";
import { UserText } from "../user-text";
import { PersonName } from "./deactivated";
import { StatusCue } from "./status-cue";

interface Row {
  id: string;
  number: number;
  claimant: string | null;
  text: string;
  status: ClaimStatus;
  currentSources: number;
  assignee: { id: string; name: string; active: boolean } | null;
  dueAt: string | null;
  overdue: boolean;
}

interface Values {
  intent: "assign" | "due";
  claimIds: string[];
  reviewerId: string;
  dueAt: string;
}

// react-hook-form gives a lone checkbox's value as a string (or false), a group's as an array.
function tickedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" && value ? [value] : [];
}

// One form, two actions: validate with the server's schema of the action the button asked for.
const resolver: Resolver<Values> = async (values) => {
  const input = { ...values, claimIds: tickedIds(values.claimIds) };
  const result = (values.intent === "assign" ? assignClaimsSchema : setDueDateSchema).safeParse(input);
  if (result.success) return { values: input, errors: {} };
  const errors: FieldErrors<Values> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "claimIds" || field === "reviewerId" || field === "dueAt") && !errors[field]) {
      errors[field] = { type: "validation", message: issue.message };
    }
  }
  return { values: {}, errors };
};

export function ClaimsTable(props: {
  articleId: string;
  rows: Row[];
  canAssign: boolean;
  reviewers: { id: string; name: string }[];
  /** The reader's zone: due dates are entered and shown in it. */
  timeZone: string;
  /** The article's language: its claims are shown in its direction (the browser guesses without it). */
  language?: string | null;
}) {
  const { articleId, rows, canAssign, reviewers, timeZone, language } = props;
  const t = useTranslations("claimsTable");
  const locale = useLocale();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Values>({
    resolver,
    defaultValues: { intent: "assign", claimIds: [], reviewerId: "", dueAt: "" },
  });
  const { register, handleSubmit, setValue, formState, reset } = form;
  const { errors, isSubmitting } = formState;
  const { drawn, later } = itemsToDraw(rows, useHydrated());
  const selectClaim = messageTemplate((label) => t("selectClaim", { label }));
  // Many claims share a due date; each is formatted once (formatting a time in a zone is not cheap).
  const dueTexts = new Map<string | null, string>();
  const dueText = (dueAt: string | null) => {
    let text = dueTexts.get(dueAt);
    if (text === undefined) dueTexts.set(dueAt, (text = formatDue(dueAt, timeZone, locale)));
    return text;
  };

  const submit = (intent: Values["intent"]) => {
    setValue("intent", intent);
    return handleSubmit(async (values) => {
      setMessage(null);
      const claimIds = values.claimIds;
      // A day in the reader's zone: due by the end of it.
      const dueAt = dueAtFromDay(values.dueAt, timeZone);
      const result =
        intent === "assign"
          ? await bulkAssignAction(articleId, { claimIds, reviewerId: values.reviewerId, dueAt })
          : await bulkSetDueDateAction(articleId, { claimIds, dueAt });
      if (!result.ok) return setMessage({ kind: "error", text: result.message });
      reset({ intent, claimIds: [], reviewerId: values.reviewerId, dueAt: values.dueAt });
      setMessage({
        kind: "success",
        text: t(intent === "assign" ? "assigned" : "dueSet", { count: claimIds.length }),
      });
    })();
  };

  const claimIdsError = errors.claimIds?.message ?? errors.claimIds?.root?.message;
  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={t("formLabel")}>
      {canAssign ? (
        <fieldset className="bulk-actions">
          <legend>{t("bulkLegend")}</legend>
          <div className="field">
            <label htmlFor="bulk-reviewer">{t("reviewer")}</label>
            <select id="bulk-reviewer" aria-invalid={Boolean(errors.reviewerId)} {...register("reviewerId")}>
              <option value="">{t("chooseReviewer")}</option>
              {reviewers.map((reviewer) => (
                <option key={reviewer.id} value={reviewer.id} dir="auto">
                  {revealBidiControls(reviewer.name)}
                </option>
              ))}
            </select>
            <FieldError id="bulk-reviewer-error" message={errors.reviewerId?.message} />
          </div>
          <div className="field">
            <label htmlFor="bulk-due">{t("dueDate")}</label>
            <input id="bulk-due" type="date" aria-invalid={Boolean(errors.dueAt)} {...register("dueAt")} />
            <FieldError id="bulk-due-error" message={errors.dueAt?.message} />
          </div>
          <button type="button" disabled={isSubmitting} onClick={() => submit("assign")}>
            {isSubmitting ? t("saving") : t("assign")}
          </button>
          <button type="button" className="secondary" disabled={isSubmitting} onClick={() => submit("due")}>
            {t("setDueDate")}
          </button>
          <FieldError id="bulk-claims-error" message={claimIdsError} />
          <FormMessage message={message} />
        </fieldset>
      ) : null}
      {rows.length === 0 ? (
        <p className="card empty">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {canAssign ? (
                  <th scope="col">
                    <span className="visually-hidden">{t("select")}</span>
                  </th>
                ) : null}
                <th scope="col">{t("number")}</th>
                <th scope="col">{t("claim")}</th>
                <th scope="col">{t("claimant")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("sources")}</th>
                <th scope="col">{t("assignee")}</th>
                <th scope="col">{t("due")}</th>
              </tr>
            </thead>
            <tbody>
              {drawn.map((row) => (
                <tr key={row.id} data-testid={`claim-row-${row.number}`}>
                  {canAssign ? (
                    <td>
                      <input
                        type="checkbox"
                        value={row.id}
                        aria-label={selectClaim(claimLabel(row))}
                        {...register("claimIds")}
                      />
                    </td>
                  ) : null}
                  <td>{claimLabel(row)}</td>
                  <td>
                    <Link href={`/claims/${row.id}`}>
                      <UserText text={row.text} lang={language} />
                    </Link>
                  </td>
                  <td>{row.claimant !== null ? <UserText text={row.claimant} /> : <span className="muted">—</span>}</td>
                  <td>
                    <StatusCue status={row.status} />
                  </td>
                  <td>{row.currentSources}</td>
                  <td>
                    {row.assignee ? (
                      <PersonName name={row.assignee.name} active={row.assignee.active} />
                    ) : (
                      <span className="muted">{t("unassigned")}</span>
                    )}
                  </td>
                  <td className={row.overdue ? "overdue" : undefined}>
                    {dueText(row.dueAt)}
                    {row.overdue ? ` ${t("overdue")}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {later ? (
            <p className="muted small" data-drawn-later="">
              {t("moreRowsOnLoad", { count: later })}
            </p>
          ) : null}
        </div>
      )}
    </form>
  );
}
