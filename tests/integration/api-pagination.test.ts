// Cursor pagination (issue 16): walking a list page by page while rows are added gives every row
// that existed at the start exactly once, in the list's order.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listTokens } from "@/app/api/v1/tokens/route";
import { GET as listUsers } from "@/app/api/v1/users/route";
import type { CurrentUser } from "@/lib/auth/identity";
import { createApiToken } from "@/lib/tokens/mutations";
import { walk } from "./api-walk";
import { makeUser } from "./factories";

describe("GET /api/v1/tokens pages", () => {
  let owner: CurrentUser;
  let token: string;
  beforeAll(async () => {
    owner = await makeUser("REVIEWER");
    token = (await createApiToken(owner, { name: "walker" })).token;
    for (let i = 0; i < 6; i += 1) await createApiToken(owner, { name: `t${i}` });
  });

  it("walks newest first without gaps or repeats while tokens are created", async () => {
    const { seen, pages } = await walk<{ id: string; name: string; createdAt: string }>(
      listTokens,
      "/api/v1/tokens",
      "tokens",
      token,
      2,
      () => createApiToken(owner, { name: `during-${Date.now()}` }),
    );
    const names = seen.map((t) => t.name);
    for (const name of ["walker", "t0", "t1", "t2", "t3", "t4", "t5"])
      expect(
        names.filter((n) => n === name),
        name,
      ).toHaveLength(1);
    expect(new Set(seen.map((t) => t.id)).size).toBe(seen.length);
    const times = seen.map((t) => Date.parse(t.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(pages).toBeGreaterThanOrEqual(4);
  });
});

describe("GET /api/v1/users pages", () => {
  it("walks the admin order (active first, then by name) without gaps or repeats while users are added", async () => {
    const admin = await makeUser("ADMIN");
    const token = (await createApiToken(admin, { name: "walker" })).token;
    const existing = await Promise.all(
      ["Zed", "Amy", "Mo"].map((name) => makeUser("REVIEWER", { name: `${name} ${Date.now()}` })),
    );
    const { seen } = await walk<{ id: string; name: string; active: boolean }>(
      listUsers,
      "/api/v1/users",
      "users",
      token,
      7,
      () => makeUser("EDITOR", { name: `Added ${Date.now()}` }),
    );
    const ids = seen.map((user) => user.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const user of [admin, ...existing]) expect(ids).toContain(user.id);
    // Ordered as the database orders it: active users first.
    const firstInactive = seen.findIndex((user) => !user.active);
    if (firstInactive >= 0) expect(seen.slice(firstInactive).every((user) => !user.active)).toBe(true);
  });
});
