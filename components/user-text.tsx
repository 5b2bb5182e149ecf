import { useTranslations } from "next-intl";
import type { ElementType } from "react";
import { splitBidiControls, type BidiControl } from "@/lib/i18n/bidi-controls";
import { directionOfLanguage } from "@/lib/i18n/direction";

interface Props {
  text: string;
  /** The text's language when known (an article's, for its claims); otherwise the browser finds its direction. */
  lang?: string | null;
  as?: ElementType;
  className?: string;
  id?: string;
}

/**
 * Text a person wrote (a claim, a comment, a source title, a name), shown in its own direction and
 * isolated from the interface around it: an Arabic claim reads right to left inside an English
 * page, and the reverse. Directional controls inside it (U+202A–U+202E, U+2066–U+2069) are shown as
 * visible markers instead of being applied, so they cannot re-order the claim or the page.
 */
export function UserText({ text, lang, as: Tag = "bdi", className, id }: Props) {
  return (
    <Tag id={id} className={className} lang={lang ?? undefined} dir={lang ? directionOfLanguage(lang) : "auto"}>
      <InertControls text={text} />
    </Tag>
  );
}

/**
 * The text with its directional controls shown as inert markers, without an element of its own:
 * for text whose element the caller already gives a direction (a comment paragraph with links in it).
 */
export function InertControls({ text }: { text: string }) {
  return splitBidiControls(text).map((piece, index) =>
    piece.kind === "text" ? piece.text : <BidiControlMarker key={index} control={piece.control} />,
  );
}

/**
 * The visible marker of one directional control ("RLO", its name on hover). `label`: the marker
 * is not text of its own (the article body's selection tool skips [data-label] elements).
 */
export function BidiControlMarker({ control, label = false }: { control: BidiControl; label?: boolean }) {
  const t = useTranslations("bidi");
  return (
    <abbr
      className="bidi-control"
      data-label={label ? "" : undefined}
      data-bidi-control={control.abbreviation}
      title={t("marker", { name: control.name, code: control.char.codePointAt(0)!.toString(16).toUpperCase() })}
    >
      {control.abbreviation}
    </abbr>
  );
}
