-- AlterTable
ALTER TABLE "PublishedClaim" ADD COLUMN     "ratingValue" INTEGER;

-- Copies published before this column: the value of the label they carry (same name, same verdict), if any.
UPDATE "PublishedClaim" AS p
SET "ratingValue" = l."ratingValue"
FROM "RatingLabel" AS l
WHERE p."ratingLabel" = l."name" AND p."status"::text = l."verdict"::text AND p."ratingValue" IS NULL;
