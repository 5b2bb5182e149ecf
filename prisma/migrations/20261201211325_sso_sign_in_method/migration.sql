-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('PASSWORD', 'SSO');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "signInMethod" "SignInMethod" NOT NULL DEFAULT 'PASSWORD';
