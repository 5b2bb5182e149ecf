"use client";
// The sign-off queue, one verdict on screen at a time: a approves, s opens the send-back comment,
// j / k move to the next / previous verdict (the keys are shown on screen). The server decides
// everything (lib/signoff); this only keeps the reader's place in the list.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { approveClaimAction, sendBackClaimAction } from "@/app/signoff/actions";
import { useShortcuts } from "@/components/claims/shortcuts";
import { FieldError } from "@/components/field-error";
import { applyServerErrors } from "@/components/form-errors";
import { FormMessage, type FormOutcome } from "@/components/form-message";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import type { SignoffItem } from "@/lib/signoff/data";
import { sendBackFieldsSchema } from "@/lib/signoff/schema";
import { formatDateTime } from "@/lib/time/format";
import { claimLabel } from "@/lib/workflow/states";

type Input = z.input<typeof sendBackFieldsSchema>;
type Output = z.output<typeof sendBackFieldsSchema>;

export function SignoffQueue({ items: initial, viewerId, timeZone }: { items: SignoffItem[]; viewerId: string; timeZone: string }) {
  const t = useTranslations("signoff");
  const locale = useLocale();
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [index, setIndex] = useState(0);
  const [sendingBack, setSendingBack] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const commentRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(sendBackFieldsSchema), defaultValues: { comment: "" } });
  const { register, handleSubmit, formState, reset, setError } = form;
  const current = items[Math.min(index, items.length - 1)];
  const own = current?.verdict.setById === viewerId;

  const done = useCallback(
    (claimId: string, text: string) => {
      setItems((list) => list.filter((item) => item.claimId !== claimId));
      setIndex((at) => Math.max(0, Math.min(at, items.length - 2)));
      setSendingBack(false);
      reset();
      setMessage({ kind: "success", text });
      router.refresh();
    },
    [items.length, reset, router],
  );

  const approve = useCallback(async () => {
    if (!current || own || busy) return;
    setBusy(true);
    const result = await approveClaimAction(current.claimId);
    setBusy(false);
    if (result.ok) done(current.claimId, t("approvedNotice", { claim: claimLabel(current) }));
    else setMessage({ kind: "error", text: result.message });
  }, [busy, current, done, own, t]);

  const openSendBack = useCallback(() => {
    if (!current) return;
    setSendingBack(true);
    setMessage(null);
    // After the box renders.
    setTimeout(() => commentRef.current?.focus(), 0);
  }, [current]);

  const submitSendBack = handleSubmit(async (values) => {
    if (!current) return;
    const result = await sendBackClaimAction(current.claimId, values);
    if (result.ok) done(current.claimId, t("sentBackNotice", { claim: claimLabel(current) }));
    else {
      if (result.fields) applyServerErrors(result, setError);
      setMessage({ kind: "error", text: result.message });
    }
  });

  const move = useCallback(
    (step: number) => {
      setSendingBack(false);
      setMessage(null);
      setIndex((at) => Math.max(0, Math.min(items.length - 1, at + step)));
    },
    [items.length],
  );

  const handlers = useMemo(
    () => ({ a: () => void approve(), s: openSendBack, j: () => move(1), k: () => move(-1) }),
    [approve, openSendBack, move],
  );
  useShortcuts(handlers);

  const { ref: registerRef, ...commentField } = register("comment");
  if (!current) {
    return (
      <>
        <FormMessage message={message} />
        <p className="empty" data-testid="signoff-empty">
          {t("empty")}
        </p>
      </>
    );
  }
  return (
    <section className="card signoff-item" aria-labelledby="signoff-claim" data-testid="signoff-item" data-claim-id={current.claimId}>
      <FormMessage message={message} />
      <p className="muted small signoff-shortcuts" data-testid="signoff-shortcuts">
        {t.rich("shortcuts", {
          approve: (chunks) => <kbd>{chunks}</kbd>,
          sendBack: (chunks) => <kbd>{chunks}</kbd>,
          next: (chunks) => <kbd>{chunks}</kbd>,
          previous: (chunks) => <kbd>{chunks}</kbd>,
        })}
      </p>
      <p className="muted small" data-testid="signoff-position">
        {t("position", { index: Math.min(index, items.length - 1) + 1, count: items.length })}
      </p>
      <h2 id="signoff-claim" className="signoff-heading">
        {claimLabel(current)}{" "}
        <UserText text={current.statement} lang={current.article.language} />
      </h2>
      <dl className="signoff-facts">
        <dt>{t("article")}</dt>
        <dd>
          <Link href={`/articles/${current.article.id}`}>
            <UserText text={current.article.title} lang={current.article.language} />
          </Link>
        </dd>
        <dt>{t("verdict")}</dt>
        <dd>
          <StatusBadge status={current.status} />
          {current.ratingLabel ? (
            <>
              {" "}
              <UserText text={current.ratingLabel} />
            </>
          ) : null}{" "}
          <span className="muted small">
            {t("setBy", { name: current.verdict.setByName })} · {formatDateTime(current.verdict.at, timeZone, locale)}
          </span>
        </dd>
        <dt>{t("rationale")}</dt>
        <dd>
          <UserText as="p" text={current.verdict.rationale} className="signoff-rationale" />
        </dd>
        <dt>{t("sources")}</dt>
        <dd>
          {current.sources.length ? (
            <ul className="signoff-sources">
              {current.sources.map((source) => (
                <li key={source.id}>
                  <span className={`stance stance-${source.stance}`}>{t(`stances.${source.stance}`)}</span>{" "}
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    <UserText text={source.title || source.url} />
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noSources")}</p>
          )}
        </dd>
      </dl>
      <p>
        <Link href={`/claims/${current.claimId}`}>{t("openClaim")}</Link>
      </p>
      {own ? (
        <p className="muted" data-testid="signoff-own">
          {t("ownVerdict")}
        </p>
      ) : null}
      <div className="actions signoff-actions">
        <button type="button" onClick={() => void approve()} disabled={own || busy} data-testid="signoff-approve">
          {t("approve")} <kbd>a</kbd>
        </button>
        <button type="button" className="secondary" onClick={openSendBack} data-testid="signoff-send-back">
          {t("sendBack")} <kbd>s</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => move(-1)} disabled={index === 0}>
          {t("previous")} <kbd>k</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => move(1)} disabled={index >= items.length - 1}>
          {t("next")} <kbd>j</kbd>
        </button>
      </div>
      {sendingBack ? (
        <form className="stack" onSubmit={submitSendBack} noValidate aria-label={t("sendBack")}>
          <div className="field">
            <label htmlFor="signoff-comment">{t("comment")}</label>
            <textarea
              id="signoff-comment"
              dir="auto"
              rows={3}
              aria-invalid={Boolean(formState.errors.comment)}
              aria-describedby={formState.errors.comment ? "signoff-comment-error" : undefined}
              {...commentField}
              ref={(element) => {
                registerRef(element);
                commentRef.current = element;
              }}
            />
            <FieldError id="signoff-comment-error" message={formState.errors.comment?.message} />
          </div>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting} data-testid="signoff-submit-send-back">
              {t("submitSendBack")}
            </button>
            <button type="button" className="secondary" onClick={() => setSendingBack(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
