-- Issue 11 (writes p95): the per-article summary's recount ran as a SQL-language function, which
-- PostgreSQL plans again on every call: planning its three-way lateral join cost several times
-- the recount itself (15 ms against 2 ms for a 250-claim article, auto_explain), and a verdict
-- recounts twice (the claim's status, its assignment's state). The same statement in PL/pgSQL is
-- prepared once per connection and its plan reused; the whole-table refresh (NULL) is a statement
-- of its own, so the cached plan for a list of articles stays an index lookup. Same rows, same
-- result: nothing else changes (docs/performance.md).
CREATE OR REPLACE FUNCTION claimledger_refresh_article_summary(article_ids text[]) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF article_ids IS NULL THEN
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
      ON CONFLICT ("articleId") DO UPDATE SET
        "claims" = EXCLUDED."claims", "pending" = EXCLUDED."pending", "unverified" = EXCLUDED."unverified",
        "corroborated" = EXCLUDED."corroborated", "disputed" = EXCLUDED."disputed",
        "openAssignments" = EXCLUDED."openAssignments", "earliestOpenDueAt" = EXCLUDED."earliestOpenDueAt",
        "lastActivityAt" = EXCLUDED."lastActivityAt";
    ELSE
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
      WHERE a.id = ANY (article_ids)
      ON CONFLICT ("articleId") DO UPDATE SET
        "claims" = EXCLUDED."claims", "pending" = EXCLUDED."pending", "unverified" = EXCLUDED."unverified",
        "corroborated" = EXCLUDED."corroborated", "disputed" = EXCLUDED."disputed",
        "openAssignments" = EXCLUDED."openAssignments", "earliestOpenDueAt" = EXCLUDED."earliestOpenDueAt",
        "lastActivityAt" = EXCLUDED."lastActivityAt";
    END IF;
  END
  $$;
