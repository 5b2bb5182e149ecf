"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addCommentAction } from "@/app/claims/[id]/actions";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { commentSchema } from "@/lib/comments/schema";

type Input = z.input<typeof commentSchema>;
type Output = z.output<typeof commentSchema>;

export function CommentForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [error, setErrorMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(commentSchema), defaultValues: { body: "" } });
  const { register, handleSubmit, formState, reset, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    setErrorMessage(null);
    const result = await addCommentAction(claimId, values);
    if (result.ok) {
      reset();
      router.refresh();
    } else {
      if ("fields" in result) applyServerErrors(result, setError);
      setErrorMessage(result.message);
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Add a comment">
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="comment-body">Comment</label>
        <textarea
          id="comment-body"
          rows={3}
          aria-invalid={Boolean(formState.errors.body)}
          aria-describedby="comment-hint"
          {...register("body")}
        />
        <span id="comment-hint" className="hint">
          Mention someone with @ and their email, or the part before the @ (e.g. @reviewer2).
        </span>
        <FieldError id="comment-body-error" message={formState.errors.body?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Posting…" : "Post comment"}
      </button>
    </form>
  );
}
