"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setTimeZoneAction } from "@/app/settings/time-zone/actions";
import { timeZoneSettingSchema } from "@/lib/time/schema";
import { FieldError } from "../field-error";
import { applyServerErrors } from "../form-errors";

type Input = z.input<typeof timeZoneSettingSchema>;
type Output = z.output<typeof timeZoneSettingSchema>;

interface Props {
  zones: string[];
  chosen: string | null;
  /** The zone the browser reported, if any: what "not chosen" means. */
  browser: string | null;
}

export function TimeZoneForm({ zones, chosen, browser }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Input, unknown, Output>({
    resolver: zodResolver(timeZoneSettingSchema),
    // The browser's zone is the default choice while none is saved.
    defaultValues: { timeZone: chosen ?? browser ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    setFormError(null);
    const result = await setTimeZoneAction(values);
    if (result.ok) {
      setMessage(
        result.data.timeZone
          ? `Saved: times are shown in ${result.data.timeZone}.`
          : "Saved: times follow your browser's zone.",
      );
      router.refresh();
    } else {
      applyServerErrors(result, setError);
      setFormError(result.message);
    }
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {message ? (
        <p className="form-success" role="status">
          {message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="time-zone">Time zone</label>
        <input
          id="time-zone"
          list="time-zone-names"
          autoComplete="off"
          placeholder={browser ?? "e.g. Europe/Berlin"}
          aria-invalid={Boolean(formState.errors.timeZone)}
          aria-describedby="time-zone-hint"
          {...register("timeZone")}
        />
        <datalist id="time-zone-names">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id="time-zone-hint" className="muted small">
          An IANA name such as Europe/Berlin or Asia/Tokyo. Leave it empty to follow your browser
          {browser ? ` (${browser})` : ""}.
        </p>
        <FieldError id="time-zone-error" message={formState.errors.timeZone?.message} />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Saving…" : "Save time zone"}
      </button>
    </form>
  );
}
