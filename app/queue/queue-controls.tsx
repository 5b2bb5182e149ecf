"use client";
// My queue's sort and filters. Applying saves them on the user (remembered across sessions and
// devices) and shows the first page in the new view; an "Apply" button rather than acting on
// each change, so choosing in a list never moves the page under the reader (WCAG 3.2.2).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { revealBidiControls } from "@/lib/i18n/bidi-controls";
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_DUE_FILTERS,
  QUEUE_SORTS,
  queueViewSchema,
  type QueueView,
} from "@/lib/review/queue-view";
import { CLAIM_STATUSES } from "@/lib/workflow/states";
import { saveQueueViewAction } from "./actions";

type Input = z.input<typeof queueViewSchema>;

export function QueueControls({
  view,
  articles,
}: {
  view: QueueView;
  /** The articles the queue holds work in (and the one filtered on, should it have left the queue). */
  articles: { id: string; title: string }[];
}) {
  const t = useTranslations("queue");
  const tStatus = useTranslations("statuses");
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const form = useForm<Input, unknown, QueueView>({ resolver: zodResolver(queueViewSchema), defaultValues: view });
  const { register, handleSubmit, formState, setError, reset } = form;

  async function save(values: QueueView) {
    setMessage(null);
    const result = await saveQueueViewAction(values);
    if (!result.ok) {
      if (result.fields) applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
      return;
    }
    reset(result.data);
    // The first page of the new view (the page number belonged to the old one).
    router.push("/queue");
  }

  const { errors, isSubmitting } = formState;
  const select = (name: keyof Input) => ({
    id: `queue-${name}`,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": errors[name] ? `queue-${name}-error` : undefined,
    ...register(name),
  });
  return (
    <form className="card queue-controls" onSubmit={handleSubmit(save)} noValidate aria-label={t("viewLabel")}>
      <FormMessage message={message} />
      <div className="queue-controls-fields">
        <div className="field">
          <label htmlFor="queue-sort">{t("sort")}</label>
          <select {...select("sort")}>
            {QUEUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
          <FieldError id="queue-sort-error" message={errors.sort?.message} />
        </div>
        <div className="field">
          <label htmlFor="queue-status">{t("statusFilter")}</label>
          <select {...select("status")}>
            <option value="all">{t("allStatuses")}</option>
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
          <FieldError id="queue-status-error" message={errors.status?.message} />
        </div>
        <div className="field">
          <label htmlFor="queue-articleId">{t("articleFilter")}</label>
          <select {...select("articleId")}>
            <option value="">{t("allArticles")}</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {revealBidiControls(article.title)}
              </option>
            ))}
          </select>
          <FieldError id="queue-articleId-error" message={errors.articleId?.message} />
        </div>
        <div className="field">
          <label htmlFor="queue-due">{t("dueFilter")}</label>
          <select {...select("due")}>
            {QUEUE_DUE_FILTERS.map((due) => (
              <option key={due} value={due}>
                {t(`dueFilters.${due}`)}
              </option>
            ))}
          </select>
          <FieldError id="queue-due-error" message={errors.due?.message} />
        </div>
      </div>
      <div className="inline-form">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("applying") : t("apply")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={isSubmitting}
          onClick={() => {
            reset(DEFAULT_QUEUE_VIEW);
            void save(DEFAULT_QUEUE_VIEW);
          }}
        >
          {t("resetView")}
        </button>
        <span className="muted small">{t("remembered")}</span>
      </div>
    </form>
  );
}
