// Two app instances (two `next start` processes of the production build, each with its own
// connection pool and memory) against the one test database: sessions, sign-in throttling, row
// locks and writes must hold across them. Builds the app into NEXT_DIST_DIR (default .next) first
// if that build does not match the sources, as `npm start` would; the e2e tests then reuse it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/tokens/mutations";
import { checkInstances, ensureBuild, startInstance, type AppInstance } from "../../scripts/bench-scale/instances";
import { makeArticle, makeUser, TEST_PASSWORD } from "./factories";

// The instances run the app's job worker. A queue of this file's own (their environment inherits
// it): on the default one they took the jobs other files queue on the same database (an import's
// similar-claim check, which removed another file's hand-made suggestion mid-test).
process.env.CLAIMLEDGER_JOBS_SCHEMA = `test_jobs_instances_${process.pid}`;

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const SECRET = "integration-two-instances-secret";
const instances: AppInstance[] = [];
/** Per caller and minute on both instances: above what the other checks use per token. */
const RATE_LIMIT = 8;

beforeAll(async () => {
  await ensureBuild(DIST_DIR);
  for (let i = 0; i < 2; i++) {
    instances.push(
      await startInstance({
        databaseUrl: process.env.DATABASE_URL ?? "",
        secret: SECRET,
        distDir: DIST_DIR,
        apiRateLimit: RATE_LIMIT,
      }),
    );
  }
}, 900_000);

afterAll(() => {
  for (const instance of instances) instance.stop();
});

describe("two app instances on one database", () => {
  it("share sessions, sign-in throttling, locks and writes", async () => {
    const editor = await makeUser("EDITOR");
    const throttled = await makeUser("REVIEWER");
    const { token } = await createApiToken(editor, { name: "two instances" }, { via: "cli" });
    const { claims } = await makeArticle(editor);
    const checks = await checkInstances({
      a: instances[0].url,
      b: instances[1].url,
      user: { email: editor.email, password: TEST_PASSWORD, id: editor.id },
      throttled: { email: throttled.email },
      token,
      claim: { id: claims[0].id, version: 1 },
      rateLimit: {
        token: (await createApiToken(editor, { name: "rate limited" }, { via: "cli" })).token,
        perMinute: RATE_LIMIT,
      },
    });
    for (const check of checks) expect(check, check.detail).toMatchObject({ ok: true });
    expect(checks.map((check) => check.name)).toEqual([
      "signed in on A → signed in on B",
      "failed sign-ins on A slow the account on B",
      "a write on A is seen at once on B",
      "one of two writers on the same version wins, across instances",
      "the API rate limit counts requests on A and B together",
      "signed out on B → signed out on A",
    ]);
  }, 120_000);
});
