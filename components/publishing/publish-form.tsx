"use client";
// Publish: the public URL, and which not-yet-published claims to leave out. Claims that are not
// approved block publishing unless excluded; the server decides (lib/publishing) and says which.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { publishFieldsSchema } from "@/lib/publishing/schema";
import { publishArticleAction } from "./actions";

type Input = z.input<typeof publishFieldsSchema>;
type Output = z.output<typeof publishFieldsSchema>;

interface Candidate {
  number: number;
  label: string;
  ready: boolean;
  excluded: boolean;
  badge: ReactNode;
}

export function PublishForm(props: { articleId: string; defaultUrl: string; published: boolean; claims: Candidate[] }) {
  const t = useTranslations("publishing");
  const router = useRouter();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [excluded, setExcluded] = useState(() => new Set(props.claims.filter((claim) => claim.excluded).map((claim) => claim.number)));
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(publishFieldsSchema), defaultValues: { url: props.defaultUrl } });
  const { register, handleSubmit, formState, setError } = form;
  const blocking = props.claims.filter((claim) => !claim.ready && !excluded.has(claim.number));

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await publishArticleAction(props.articleId, { url: values.url, exclude: [...excluded] });
    if (result.ok) {
      setMessage({ kind: "success", text: t("published", { count: result.data.published }) });
      router.refresh();
    } else {
      if (result.fields) applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const toggle = (number: number) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(number)) next.delete(number);
      else next.add(number);
      return next;
    });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="publish-heading">
      <FormMessage message={message} />
      {props.claims.length ? (
        <fieldset className="publish-claims">
          <legend>{t("exclude")}</legend>
          <ul>
            {props.claims.map((claim) => (
              <li key={claim.number}>
                <label>
                  <input
                    type="checkbox"
                    checked={excluded.has(claim.number)}
                    onChange={() => toggle(claim.number)}
                    data-testid={`exclude-c${claim.number}`}
                  />{" "}
                  {claim.label} {claim.badge}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {blocking.length ? (
        <p className="muted" data-testid="publish-blocking">
          {t("blocking", { claims: blocking.map((claim) => claim.label).join(", ") })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="publish-url">{t("url")}</label>
        <input
          id="publish-url"
          type="url"
          dir="ltr"
          aria-invalid={Boolean(formState.errors.url)}
          aria-describedby={["publish-url-hint", formState.errors.url ? "publish-url-error" : null].filter(Boolean).join(" ")}
          {...register("url")}
        />
        <span id="publish-url-hint" className="hint">
          {t("urlHint")}
        </span>
        <FieldError id="publish-url-error" message={formState.errors.url?.message} />
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting} data-testid="publish-button">
          {props.published ? t("republish") : t("publish")}
        </button>
      </div>
    </form>
  );
}
