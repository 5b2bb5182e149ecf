// API rate limits counted in PostgreSQL (lib/auth/rate-limit.ts): exact under concurrency (the
// property that makes them hold across app instances, which share nothing but the database),
// per window, and per key.
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { consumeRequest, WINDOW_MS } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

describe("consumeRequest", () => {
  it("counts 40 concurrent requests exactly once each, from separate connections", async () => {
    const key = `token:${uniqueSuffix()}`;
    const now = Date.parse("2026-12-01T10:00:30Z");
    const checks = await Promise.all(Array.from({ length: 40 }, () => consumeRequest([[key, 30]], now)));
    expect(checks.filter((check) => check.allowed)).toHaveLength(30);
    expect(checks.filter((check) => !check.allowed)).toHaveLength(10);
    const row = await db.apiRateWindow.findFirstOrThrow({ where: { key } });
    expect(row.count).toBe(40);
    expect(checks[0].resetSeconds).toBe(30);
  });

  it("starts each minute afresh, and a request within every limit is allowed", async () => {
    const key = `token:${uniqueSuffix()}`;
    const start = Date.parse("2026-12-01T11:00:00Z");
    expect((await consumeRequest([[key, 1]], start)).allowed).toBe(true);
    expect((await consumeRequest([[key, 1]], start + 1_000)).allowed).toBe(false);
    expect((await consumeRequest([[key, 1]], start + WINDOW_MS)).allowed).toBe(true);
  });

  it("refuses when any one key is over, reporting the tightest limit", async () => {
    const [a, b] = [`address:${uniqueSuffix()}`, `token:${uniqueSuffix()}`];
    const now = Date.parse("2026-12-01T12:00:00Z");
    const first = await consumeRequest(
      [
        [a, 100],
        [b, 1],
      ],
      now,
    );
    expect(first).toMatchObject({ allowed: true, limit: 1, remaining: 0 });
    expect(
      await consumeRequest(
        [
          [a, 100],
          [b, 1],
        ],
        now,
      ),
    ).toMatchObject({ allowed: false, limit: 1 });
  });
});

describe("the API over the limit", () => {
  it("answers 429 with Retry-After per token, while another token of the same user still works", async () => {
    const user = await makeUser("REVIEWER");
    const [one, two] = [
      (await createApiToken(user, { name: "one" })).token,
      (await createApiToken(user, { name: "two" })).token,
    ];
    const limit = process.env.CLAIMLEDGER_API_RATE_LIMIT;
    process.env.CLAIMLEDGER_API_RATE_LIMIT = "3";
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await callRoute(me, { method: "GET", url: "/api/v1/me", token: one })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await callRoute(me, { method: "GET", url: "/api/v1/me", token: two })).status).toBe(200);
    } finally {
      process.env.CLAIMLEDGER_API_RATE_LIMIT = limit;
    }
  });
});
