// The articles list's similar-claims search as the page needs it: the query as typed, the hits,
// or why the query was refused (in the reader's language). Nothing when no search was asked for.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { searchSimilarClaims, type SimilarSearchHit } from "./data";

export interface SimilarSearchState {
  query: string;
  hits: SimilarSearchHit[] | null;
  error: string | null;
}

export async function similarSearchFor(
  actor: Actor,
  query: string | undefined,
  locale: Locale,
): Promise<SimilarSearchState> {
  const typed = query ?? "";
  if (!typed.trim()) return { query: typed, hits: null, error: null };
  try {
    return { query: typed, hits: await searchSimilarClaims(actor, { q: typed }), error: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION_FAILED") throw error;
    const message = error.details.fields?.q?.[0] ?? error.message;
    return { query: typed, hits: null, error: translateServerMessage(message, locale) };
  }
}
