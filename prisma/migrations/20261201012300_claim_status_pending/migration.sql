-- A claim now starts as PENDING ("not yet reviewed"); UNVERIFIED becomes a verdict.
-- On its own: PostgreSQL cannot use an enum value in the transaction that adds it.
ALTER TYPE "ClaimStatus" ADD VALUE 'PENDING';
