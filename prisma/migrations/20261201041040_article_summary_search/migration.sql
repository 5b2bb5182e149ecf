-- Issue 11: the articles list, search and article pages stay fast at 50,000 claims.
-- 1. Search: one definition of the search document and of how a query is read, generated
--    tsvector columns over it, and GIN indexes. Prisma knows the columns (Unsupported("tsvector")
--    in schema.prisma) and the indexes, so later generated migrations keep them.
-- 2. AuditEvent."articleId": which article an event is about, set on insert by a trigger.
-- 3. ArticleSummary: per-article counts and last activity, kept by triggers in the same
--    transaction as each change. See docs/performance.md.

-- Search --------------------------------------------------------------------------------------
-- The one place that says how text becomes a search document and a query (language, and later
-- normalisation): change these two functions (and regenerate the columns) to change search.
CREATE FUNCTION claimledger_search_document(document text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('english'::regconfig, coalesce(document, '')) $$;

CREATE FUNCTION claimledger_search_query(query text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('english'::regconfig, query) $$;

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (claimledger_search_document("title")) STORED;

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (claimledger_search_document("text")) STORED;

ALTER TABLE "Evidence" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (claimledger_search_document(
    coalesce("title", '') || ' ' || coalesce("publisher", '') || ' ' || coalesce("excerpt", '') || ' ' || coalesce("note", ''))) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Evidence_searchVector_idx" ON "Evidence" USING GIN ("searchVector");

-- Which article an audit event is about -----------------------------------------------------
ALTER TABLE "AuditEvent" ADD COLUMN "articleId" TEXT;

CREATE FUNCTION claimledger_audit_article(entity_type text, entity_id text) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE entity_type
      WHEN 'Article' THEN entity_id
      WHEN 'Claim' THEN (SELECT c."articleId" FROM "Claim" c WHERE c.id = entity_id)
      WHEN 'Evidence' THEN (SELECT c."articleId" FROM "Evidence" x JOIN "Claim" c ON c.id = x."claimId" WHERE x.id = entity_id)
      WHEN 'Assignment' THEN (SELECT c."articleId" FROM "Assignment" x JOIN "Claim" c ON c.id = x."claimId" WHERE x.id = entity_id)
      WHEN 'Comment' THEN (SELECT c."articleId" FROM "Comment" x JOIN "Claim" c ON c.id = x."claimId" WHERE x.id = entity_id)
      WHEN 'Consultation' THEN (SELECT c."articleId" FROM "Consultation" x JOIN "Claim" c ON c.id = x."claimId" WHERE x.id = entity_id)
    END
  $$;

CREATE FUNCTION claimledger_audit_event_article() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF NEW."articleId" IS NULL THEN
      NEW."articleId" := claimledger_audit_article(NEW."entityType", NEW."entityId");
    END IF;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "AuditEvent_articleId" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION claimledger_audit_event_article();

UPDATE "AuditEvent" SET "articleId" = claimledger_audit_article("entityType", "entityId");

CREATE INDEX "AuditEvent_articleId_createdAt_idx" ON "AuditEvent"("articleId", "createdAt");

-- Per-article summary ---------------------------------------------------------------------------
CREATE TABLE "ArticleSummary" (
    "articleId" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "unverified" INTEGER NOT NULL DEFAULT 0,
    "corroborated" INTEGER NOT NULL DEFAULT 0,
    "disputed" INTEGER NOT NULL DEFAULT 0,
    "openAssignments" INTEGER NOT NULL DEFAULT 0,
    "earliestOpenDueAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3),

    CONSTRAINT "ArticleSummary_pkey" PRIMARY KEY ("articleId")
);

CREATE INDEX "ArticleSummary_lastActivityAt_idx" ON "ArticleSummary"("lastActivityAt");
CREATE INDEX "ArticleSummary_earliestOpenDueAt_idx" ON "ArticleSummary"("earliestOpenDueAt");

ALTER TABLE "ArticleSummary" ADD CONSTRAINT "ArticleSummary_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the summary of these articles (all of them for NULL) from their rows: a full
-- recount per touched article, never an increment, so it cannot drift.
CREATE FUNCTION claimledger_refresh_article_summary(article_ids text[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO "ArticleSummary" AS s ("articleId", "claims", "pending", "unverified", "corroborated", "disputed",
      "openAssignments", "earliestOpenDueAt", "lastActivityAt")
    SELECT a.id, coalesce(c.claims, 0), coalesce(c.pending, 0), coalesce(c.unverified, 0), coalesce(c.corroborated, 0),
      coalesce(c.disputed, 0), coalesce(o.open, 0), o.earliest, act.at
    FROM "Article" a
    LEFT JOIN LATERAL (
      SELECT count(*) AS claims,
        count(*) FILTER (WHERE x.status = 'PENDING') AS pending,
        count(*) FILTER (WHERE x.status = 'UNVERIFIED') AS unverified,
        count(*) FILTER (WHERE x.status = 'CORROBORATED') AS corroborated,
        count(*) FILTER (WHERE x.status = 'DISPUTED') AS disputed
      FROM "Claim" x WHERE x."articleId" = a.id AND x."deletedAt" IS NULL
    ) c ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS open, min(y."dueAt") AS earliest
      FROM "Assignment" y JOIN "Claim" x ON x.id = y."claimId"
      WHERE x."articleId" = a.id AND x."deletedAt" IS NULL AND y.state = 'OPEN'
    ) o ON true
    LEFT JOIN LATERAL (
      SELECT max(e."createdAt") AS at FROM "AuditEvent" e
      WHERE e."articleId" = a.id AND e.action <> 'article.exported'
    ) act ON true
    WHERE article_ids IS NULL OR a.id = ANY (article_ids)
    ON CONFLICT ("articleId") DO UPDATE SET
      "claims" = EXCLUDED."claims", "pending" = EXCLUDED."pending", "unverified" = EXCLUDED."unverified",
      "corroborated" = EXCLUDED."corroborated", "disputed" = EXCLUDED."disputed",
      "openAssignments" = EXCLUDED."openAssignments", "earliestOpenDueAt" = EXCLUDED."earliestOpenDueAt",
      "lastActivityAt" = EXCLUDED."lastActivityAt"
  $$;

-- Claims: inserted, deleted, or their status, deletion or article changed.
CREATE FUNCTION claimledger_claims_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    touched text[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT n."articleId") INTO touched FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT o."articleId") INTO touched FROM old_rows o;
    ELSE
      SELECT array_agg(DISTINCT t.id) INTO touched FROM (
        SELECT n."articleId" AS id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.status IS DISTINCT FROM o.status OR n."deletedAt" IS DISTINCT FROM o."deletedAt" OR n."articleId" IS DISTINCT FROM o."articleId"
        UNION SELECT o."articleId" FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n."articleId" IS DISTINCT FROM o."articleId"
      ) t;
    END IF;
    IF touched IS NOT NULL THEN
      PERFORM claimledger_refresh_article_summary(touched);
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Claim_summary_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_claims_changed();
CREATE TRIGGER "Claim_summary_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_claims_changed();
CREATE TRIGGER "Claim_summary_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_claims_changed();

-- Assignments: inserted, deleted, or their state, due date or claim changed.
CREATE FUNCTION claimledger_assignments_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    touched text[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT c."articleId") INTO touched FROM new_rows n JOIN "Claim" c ON c.id = n."claimId";
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT c."articleId") INTO touched FROM old_rows o JOIN "Claim" c ON c.id = o."claimId";
    ELSE
      SELECT array_agg(DISTINCT c."articleId") INTO touched
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Claim" c ON c.id IN (n."claimId", o."claimId")
      WHERE n.state IS DISTINCT FROM o.state OR n."dueAt" IS DISTINCT FROM o."dueAt" OR n."claimId" IS DISTINCT FROM o."claimId";
    END IF;
    IF touched IS NOT NULL THEN
      PERFORM claimledger_refresh_article_summary(touched);
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Assignment_summary_insert" AFTER INSERT ON "Assignment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_assignments_changed();
CREATE TRIGGER "Assignment_summary_update" AFTER UPDATE ON "Assignment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_assignments_changed();
CREATE TRIGGER "Assignment_summary_delete" AFTER DELETE ON "Assignment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_assignments_changed();

-- Audit events: the newest one about an article is its last activity (exports excluded).
CREATE FUNCTION claimledger_audit_events_added() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO "ArticleSummary" AS s ("articleId", "lastActivityAt")
    SELECT n."articleId", max(n."createdAt") FROM new_rows n
    WHERE n."articleId" IS NOT NULL AND n.action <> 'article.exported'
      AND EXISTS (SELECT 1 FROM "Article" a WHERE a.id = n."articleId")
    GROUP BY n."articleId"
    ON CONFLICT ("articleId") DO UPDATE SET "lastActivityAt" = greatest(s."lastActivityAt", EXCLUDED."lastActivityAt");
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "AuditEvent_summary_insert" AFTER INSERT ON "AuditEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimledger_audit_events_added();

SELECT claimledger_refresh_article_summary(NULL);
