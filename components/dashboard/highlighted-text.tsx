// The article body with each claim marked in its status colour, pattern and symbol, plus its
// permanent number (C4). The body keeps the article's own language and direction (an Arabic
// article reads right to left inside an English dashboard), isolated from the page around it.
// The words are found here, once per status; highlight-marks.tsx draws the marks.
import { useLocale, useTranslations } from "next-intl";
import { directionOfLanguage } from "@/lib/i18n/direction";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/workflow/states";
import { TEMPLATE_SLOT } from "../articles/message-template";
import { HighlightMarks, type MarkedSpan } from "./highlight-marks";

export function HighlightedText({
  body,
  claims,
  language,
}: {
  body: string;
  claims: MarkedSpan[];
  /** The article's language (BCP 47); without it the browser finds the direction from the text. */
  language?: string | null;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const labels = Object.fromEntries(
    CLAIM_STATUSES.map((status) => [
      status,
      t("highlight.claim", { label: TEMPLATE_SLOT, status: t(`statuses.${status}`) }),
    ]),
  ) as Record<ClaimStatus, string>;
  // Only what the marks need crosses to the browser (a dashboard's claims carry more).
  const spans = claims.map(({ id, start, end, number, status }) => ({ id, start, end, number, status }));
  return (
    <HighlightMarks
      body={body}
      claims={spans}
      labels={labels}
      locale={locale}
      lang={language ?? undefined}
      dir={language ? directionOfLanguage(language) : "auto"}
    />
  );
}
