import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
// The suites call the API thousands of times a minute from one (unknown) address; the rate-limit
// tests lower these themselves.
process.env.CLAIMLEDGER_API_RATE_LIMIT ??= "1000000";
process.env.CLAIMLEDGER_API_ADDRESS_RATE_LIMIT ??= "1000000";

afterAll(async () => {
  await disconnectDb();
});
