-- The statement a reviewer reads (issue 12). Existing claims read as their current wording, which
-- is what every page showed until now.
ALTER TABLE "Claim" ADD COLUMN "statement" TEXT;
UPDATE "Claim" SET "statement" = "text";
ALTER TABLE "Claim" ALTER COLUMN "statement" SET NOT NULL;
