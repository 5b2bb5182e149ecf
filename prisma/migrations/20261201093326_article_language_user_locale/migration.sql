-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- Articles imported before languages were recorded: Arabic where Arabic letters outnumber Latin
-- ones (new imports are detected by lib/i18n/detect-language.ts).
UPDATE "Article"
SET "language" = 'ar'
WHERE length(regexp_replace("body", '[^ء-ي]', '', 'g')) > length(regexp_replace("body", '[^A-Za-z]', '', 'g'));
