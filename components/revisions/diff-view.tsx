// What changed between two revisions, in the text's own language and direction: inserted text
// underlined (<ins>), deleted text struck through (<del>), each also named for screen readers.
import { useTranslations } from "next-intl";
import { InertControls } from "@/components/user-text";
import { directionOfLanguage } from "@/lib/i18n/direction";
import type { DiffPart } from "@/lib/revisions/diff";

/** Long unchanged stretches keep this many characters at each end. */
const CONTEXT = 160;

function shorten(text: string): string {
  return text.length > CONTEXT * 2 + 20 ? `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}` : text;
}

/** A label never carries a directional control: it would re-order what a screen reader reads. */
const labelText = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069]/gu, "");

export function DiffView({ parts, language }: { parts: DiffPart[]; language: string }) {
  const t = useTranslations("revisions");
  return (
    <div className="card revision-diff" lang={language} dir={directionOfLanguage(language)} data-testid="revision-diff">
      {parts.map((part, index) => {
        const key = `${part.kind}-${index}`;
        if (part.kind === "inserted")
          return (
            <ins key={key} aria-label={t("inserted", { text: labelText(part.text) })}>
              <InertControls text={part.text} />
            </ins>
          );
        if (part.kind === "deleted")
          return (
            <del key={key} aria-label={t("deleted", { text: labelText(part.text) })}>
              <InertControls text={part.text} />
            </del>
          );
        return <span key={key}><InertControls text={shorten(part.text)} /></span>;
      })}
    </div>
  );
}
