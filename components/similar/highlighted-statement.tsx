// An earlier claim's statement with the words and figures it shares with this claim marked:
// user text in its article's language and direction, directional controls inert (as UserText).
import { InertControls } from "@/components/user-text";
import { directionOfLanguage } from "@/lib/i18n/direction";
import type { TextRun } from "@/lib/similar/highlight";

export function HighlightedStatement({ runs, lang, className }: { runs: TextRun[]; lang: string; className?: string }) {
  return (
    <bdi lang={lang} dir={directionOfLanguage(lang)} className={className}>
      {runs.map((run, index) =>
        run.shared ? (
          <mark key={index} className="similar-shared">
            <InertControls text={run.text} />
          </mark>
        ) : (
          <InertControls key={index} text={run.text} />
        ),
      )}
    </bdi>
  );
}
