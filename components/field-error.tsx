import { useLocale } from "next-intl";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** A field's message (from the shared zod schema or the server), in the reader's language. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const locale = useLocale();
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {translateServerMessage(message, locale)}
    </p>
  );
}
