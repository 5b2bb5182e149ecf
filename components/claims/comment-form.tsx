"use client";
// Comments take no claim version (they never conflict). An @name that matches nobody is refused
// with a warning next to the field; "Post anyway" sends the same comment with allowUnknownMentions.
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addCommentAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { commentSchema } from "@/lib/comments/schema";
import { translateServerMessage } from "@/lib/i18n/server-messages";

type Input = z.input<typeof commentSchema>;
type Output = z.output<typeof commentSchema>;

export function CommentForm({ claimId }: { claimId: string }) {
  const t = useTranslations("comments");
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  /** The server's warning about @names that match nobody, until the comment is posted or changed. */
  const [unknownWarning, setUnknownWarning] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(commentSchema), defaultValues: { body: "" } });
  const { register, handleSubmit, formState, reset, setError } = form;

  const post = (allowUnknownMentions: boolean) =>
    handleSubmit(async (values) => {
      setMessage(null);
      const result = await addCommentAction(claimId, { body: values.body, allowUnknownMentions });
      if (result.ok) {
        setUnknownWarning(null);
        reset();
        const consulted = result.data.consultedUserIds.length;
        setMessage({
          kind: "success",
          text: consulted ? `${t("posted")} ${t("consulted", { count: consulted })}` : t("posted"),
        });
        router.refresh();
      } else if ("unknownMentions" in result) {
        setUnknownWarning(result.message);
      } else {
        setUnknownWarning(null);
        if (result.fields) applyServerErrors(result, setError);
        setMessage({ kind: "error", text: result.message });
      }
    });

  const { errors, isSubmitting } = formState;
  const describedBy = ["comment-hint", errors.body ? "comment-body-error" : null, unknownWarning ? "comment-unknown" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <form className="stack" onSubmit={post(false)} noValidate aria-label={t("formLabel")}>
      <FormMessage message={message} />
      <div className="field">
        <label htmlFor="comment-body">{t("label")}</label>
        <textarea
          id="comment-body"
          dir="auto"
          rows={3}
          aria-invalid={Boolean(errors.body)}
          aria-describedby={describedBy}
          {...register("body", { onChange: () => setUnknownWarning(null) })}
        />
        <span id="comment-hint" className="hint">
          {t("hint")}
        </span>
        <FieldError id="comment-body-error" message={errors.body?.message} />
        {unknownWarning ? (
          <div id="comment-unknown" className="mention-warning" role="alert" data-testid="unknown-mentions">
            <p>{translateServerMessage(unknownWarning, locale)}</p>
            <button type="button" className="secondary" disabled={isSubmitting} onClick={post(true)}>
              {t("postAnyway")}
            </button>
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("posting") : t("post")}
      </button>
    </form>
  );
}
