import { InertControls } from "@/components/user-text";
import { directionOfLanguage } from "@/lib/i18n/direction";

// The claim's paragraph of the article, with the claim itself highlighted, in the article's
// language and direction (one paragraph: the highlight is not isolated from the words around it).
export function ClaimContext({
  paragraph,
  language,
}: {
  paragraph: { text: string; start: number; end: number };
  language: string;
}) {
  const { text, start, end } = paragraph;
  return (
    <blockquote className="article-body claim-context" lang={language} dir={directionOfLanguage(language)}>
      <InertControls text={text.slice(0, start)} />
      <mark className="claim" data-testid="claim-highlight">
        <InertControls text={text.slice(start, end)} />
      </mark>
      <InertControls text={text.slice(end)} />
    </blockquote>
  );
}
