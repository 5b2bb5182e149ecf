// The language an article is written in, detected at import (editors can change it). franc
// (trigram statistics over 82 languages) answers ISO 639-3 codes; the runtime's locale data
// turns them into the BCP 47 tags the rest of the app uses ("arb" → "ar", "eng" → "en"). Pure.
import { franc } from "franc-min";
import { primaryLanguage } from "./direction";

/** Below this many letters a guess is noise: the caller's default stands. */
const MIN_LENGTH = 40;

/** The body's language as a BCP 47 tag, or `fallback` when the text is too short or unclear. */
export function detectLanguage(text: string, fallback = "en"): string {
  // franc reads at most ~2,000 characters well; the opening of a long body is enough and fast.
  const sample = text.slice(0, 4000);
  const code = franc(sample, { minLength: MIN_LENGTH });
  if (code === "und") return fallback;
  return primaryLanguage(code) ?? fallback;
}
