"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { SIGN_IN_ERRORS, signInErrorMessage, signInSchema, type SignInInput } from "@/lib/users/schema";
import { FieldError } from "./field-error";

const SECOND_STEP = new Set<string>([
  SIGN_IN_ERRORS["second-factor-required"],
  SIGN_IN_ERRORS["second-factor-invalid"],
]);

/**
 * Email and password; for an account with two-factor sign-in on, a second step asks for a code
 * and sends all three again (the server never signs in on the password alone: lib/auth/identity.ts).
 * The password is kept only in this component's memory between the two steps.
 */
export function LoginForm({ next = "/articles" }: { next?: string }) {
  const t = useTranslations("login");
  const tf = useTranslations("twoFactorLogin");
  const tForgot = useTranslations("forgot");
  const locale = useLocale();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState(false);
  const { register, handleSubmit, formState, setFocus, resetField } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", {
      ...values,
      code: secondStep ? (values.code ?? "") : "",
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    const code = result?.error ?? "";
    if (SECOND_STEP.has(code)) {
      // The first time, the step itself is the message; afterwards, say the code was wrong.
      if (secondStep) setFormError(translateServerMessage(signInErrorMessage(code), locale));
      setSecondStep(true);
      resetField("code");
      setTimeout(() => setFocus("code"), 0);
      return;
    }
    setFormError(translateServerMessage(signInErrorMessage(code), locale));
  });

  const { errors, isSubmitting } = formState;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field" hidden={secondStep}>
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          aria-invalid={Boolean(errors.email)}
          {...register("email")}
        />
        <FieldError id="email-error" message={errors.email?.message} />
      </div>
      <div className="field" hidden={secondStep}>
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.password)}
          {...register("password")}
        />
        <FieldError id="password-error" message={errors.password?.message} />
      </div>
      {secondStep ? (
        <>
          <p role="status">{tf("intro")}</p>
          <div className="field">
            <label htmlFor="code">{tf("code")}</label>
            <input
              id="code"
              dir="ltr"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-invalid={Boolean(errors.code)}
              {...register("code")}
            />
            <FieldError id="code-error" message={errors.code?.message} />
          </div>
        </>
      ) : null}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("signingIn") : secondStep ? tf("verify") : t("signIn")}
      </button>
      {secondStep ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSecondStep(false);
            setFormError(null);
          }}
        >
          {tf("back")}
        </button>
      ) : (
        <Link href="/login/forgot">{tForgot("link")}</Link>
      )}
    </form>
  );
}
