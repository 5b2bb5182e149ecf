-- Issue 14: search finds Arabic titles, claims and sources by Arabic words, whatever their
-- diacritics, tatweel and letter variants, and English search keeps its stemming.
-- The columns, their expressions and their GIN indexes are unchanged (schema.prisma still names
-- claimledger_search_document(...)): only the two functions they call are replaced, then every row
-- is rewritten once so that the stored generated columns are computed again by the new function.

-- The one normalisation, applied to documents and queries alike (lib/dashboard/search-normalise.ts mirrors it
-- for tests and callers): drop the Arabic diacritics (tashkeel U+064B-U+065F, the superscript alef
-- U+0670, Quranic marks U+06D6-U+06ED) and tatweel U+0640; fold the alef forms أ إ آ ٱ to ا, alef
-- maqsura ى to ya ي, ta marbuta ة to ha ه; read Arabic-Indic and Persian digits as 0-9.
CREATE OR REPLACE FUNCTION claimledger_search_normalise(document text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(
    regexp_replace(document, '[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g'),
    'أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
    'اااايه01234567890123456789') $$;

-- Two readings of the normalised text: 'english' (stems English words, and keeps Arabic words
-- whole, as written) and 'arabic' (Snowball's Arabic stemmer: strips the attached و ال ب ل and
-- suffixes, so "أنباء" finds "الأنباء" and "وكالة" finds "والوكالة"). A query matches when either
-- reading of it matches the same reading of the document.
CREATE OR REPLACE FUNCTION claimledger_search_document(document text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('english'::regconfig, claimledger_search_normalise(coalesce(document, '')))
            || to_tsvector('arabic'::regconfig, claimledger_search_normalise(coalesce(document, ''))) $$;

CREATE OR REPLACE FUNCTION claimledger_search_query(query text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('english'::regconfig, claimledger_search_normalise(coalesce(query, '')))
            || websearch_to_tsquery('arabic'::regconfig, claimledger_search_normalise(coalesce(query, ''))) $$;

-- PostgreSQL does not recompute stored generated columns when the function they call changes.
-- Assigning a column the expression reads recomputes them on PostgreSQL 15 to 18 alike (no trigger
-- on these tables reacts: the claim summary trigger only follows status, deletion and article).
UPDATE "Article" SET "title" = "title";
UPDATE "Claim" SET "text" = "text";
UPDATE "Evidence" SET "title" = "title";
