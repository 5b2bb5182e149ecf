import { useLocale } from "next-intl";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** The outcome of a form submission: an error is announced at once, a success politely. */
export interface FormOutcome {
  kind: "error" | "success";
  text: string;
}

/** Server messages in the outcome are shown in the reader's language (the API keeps English). */
export function FormMessage({ message }: { message: FormOutcome | null }) {
  const locale = useLocale();
  if (!message) return null;
  const isError = message.kind === "error";
  return (
    <p className={isError ? "form-error" : "form-success"} role={isError ? "alert" : "status"}>
      {translateServerMessage(message.text, locale)}
    </p>
  );
}
