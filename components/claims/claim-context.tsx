import { useTranslations } from "next-intl";
import { InertControls } from "@/components/user-text";
import { directionOfLanguage } from "@/lib/i18n/direction";

/** A text with the span [start, end) highlighted as the claim, in the article's language and direction. */
function Highlighted({
  text,
  start,
  end,
  language,
  className,
  testId,
}: {
  text: string;
  start: number;
  end: number;
  language: string;
  className: string;
  testId: string;
}) {
  return (
    <blockquote className={`article-body ${className}`} lang={language} dir={directionOfLanguage(language)}>
      <InertControls text={text.slice(0, start)} />
      <mark className="claim" data-testid={testId}>
        <InertControls text={text.slice(start, end)} />
      </mark>
      <InertControls text={text.slice(end)} />
    </blockquote>
  );
}

// The claim's paragraph of the article, with the claim itself highlighted, and the whole article
// one click away (a native disclosure: no script, keyboard and screen readers know it). Both read
// in the article's language and direction, whatever the interface's (one block each: the
// highlight is not isolated from the words around it).
export function ClaimContext({
  paragraph,
  article,
  language,
}: {
  paragraph: { text: string; start: number; end: number };
  /** The whole article body and the claim's offsets in it. */
  article: { text: string; start: number; end: number };
  language: string;
}) {
  const t = useTranslations("claimPage");
  const { text } = paragraph;
  const wholeIsParagraph = text.length === article.text.length;
  return (
    <>
      <Highlighted {...paragraph} language={language} className="claim-context" testId="claim-highlight" />
      {wholeIsParagraph ? null : (
        <details className="whole-article" data-testid="whole-article">
          <summary>{t("wholeArticle")}</summary>
          <Highlighted
            {...article}
            language={language}
            className="claim-context whole-article-text"
            testId="claim-highlight-in-article"
          />
        </details>
      )}
    </>
  );
}
