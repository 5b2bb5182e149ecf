-- CreateEnum
CREATE TYPE "ClaimMatchState" AS ENUM ('SUGGESTED', 'CONFIRMED', 'DISMISSED');

-- Issue 18, similar claims (lib/similar, docs/similar-claims.md): each claim's statement is indexed
-- twice for finding earlier claims that say the same: its full-text reading (the search's own
-- claimledger_search_document: Arabic normalised, English and Arabic stemming) and its normalised
-- text under a trigram index (pg_trgm, on the embedded server and on PostgreSQL 15 alike).
-- Generated columns, so no writer (import, curation, revisions, restore) can leave them stale;
-- schema.prisma repeats their expressions as dbgenerated defaults so later migrations keep them.
-- The extension lives in the public schema (once per database), where a deployment in a schema of
-- its own (DATABASE_URL ?schema=…) and every schema of the tests find it: its operator class and
-- functions are named public.… here and in lib/similar/data.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The text trigrams are taken from: the search normalisation (diacritics, tatweel, letter
-- variants, Arabic-Indic digits), lower-cased.
CREATE OR REPLACE FUNCTION claimledger_similar_text(document text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(claimledger_search_normalise(coalesce(document, ''))) $$;

ALTER TABLE "Claim" ADD COLUMN "similarText" text
  GENERATED ALWAYS AS (claimledger_similar_text("statement")) STORED;
ALTER TABLE "Claim" ADD COLUMN "similarVector" tsvector
  GENERATED ALWAYS AS (claimledger_search_document("statement")) STORED;

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "earlierClaimId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "state" "ClaimMatchState" NOT NULL DEFAULT 'SUGGESTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimMatch_earlierClaimId_state_idx" ON "ClaimMatch"("earlierClaimId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_earlierClaimId_key" ON "ClaimMatch"("claimId", "earlierClaimId");

-- CreateIndex
CREATE INDEX "Claim_similarVector_idx" ON "Claim" USING GIN ("similarVector");

-- CreateIndex
CREATE INDEX "Claim_similarText_idx" ON "Claim" USING GIN ("similarText" public.gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_earlierClaimId_fkey" FOREIGN KEY ("earlierClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
