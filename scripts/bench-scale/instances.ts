// Two app instances (`next start` processes) against one PostgreSQL: what must hold across them.
// Used by the scale benchmark and by tests/integration/instances.test.ts. Everything that matters
// lives in the database (Session rows, LoginAttempt rows, row locks, the claims themselves), so
// nothing here may depend on which instance answers.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { freePort } from "../../lib/system/free-port";

/** Builds the app into distDir unless its build matches the sources (as `npm start` decides). */
export async function ensureBuild(distDir: string, log: (line: string) => void = () => undefined) {
  process.env.NEXT_DIST_DIR = distDir;
  const { buildIsCurrent, markBuilt, sourceFingerprint } = await import("../build-state");
  const fingerprint = sourceFingerprint();
  if (buildIsCurrent(fingerprint)) return;
  log(`Building the app into ${distDir} (once per source change) …`);
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const code = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, [nextBin, "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir },
    }).on("exit", resolve);
  });
  if (code !== 0) throw new Error("next build failed");
  markBuilt(fingerprint);
}

export interface AppInstance {
  url: string;
  process: ChildProcess;
  stop: () => void;
}

/** `next start` on a free port over this database, once /api/health answers. */
export async function startInstance(options: {
  databaseUrl: string;
  secret: string;
  distDir: string;
  /** API requests per minute per caller (lib/auth/rate-limit.ts); by default high enough never to limit a benchmark. */
  apiRateLimit?: number;
  /**
   * The job worker as `npm start` runs it: a process of its own at a lower CPU priority
   * (`claimledger worker`), the server taking no jobs. Otherwise the server works them itself.
   */
  separateWorker?: boolean;
}): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: url,
      NODE_ENV: "production",
      NEXT_DIST_DIR: options.distDir,
      CLAIMLEDGER_API_RATE_LIMIT: String(options.apiRateLimit ?? 1_000_000),
      CLAIMLEDGER_API_ADDRESS_RATE_LIMIT: "1000000",
      ...(options.separateWorker ? { CLAIMLEDGER_WORKER: "off" } : {}),
    },
  });
  const worker = options.separateWorker
    ? spawn(process.execPath, [fileURLToPath(new URL("../../bin/claimledger.mjs", import.meta.url)), "worker"], {
        stdio: "ignore",
        env: { ...process.env, DATABASE_URL: options.databaseUrl, NODE_ENV: "production" },
      })
    : null;
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    if (worker && worker.exitCode === null) worker.kill("SIGTERM");
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      // Any answer means it listens (a 503 names a database problem, which the checks will meet).
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error("next start did not answer /api/health within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** Signs in through next-auth's own endpoints (CSRF token, then the credentials callback), as the login form does. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ cookie: string | null; ms: number }> {
  const started = performance.now();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find(
    (cookie) => cookie.startsWith("next-auth.session-token=") && cookie.length > "next-auth.session-token=".length,
  );
  return { cookie: session ?? null, ms: performance.now() - started };
}

export interface InstanceCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/**
 * Runs the cross-instance checks: a session made on A works on B (and sign-out on B ends it on
 * A), failed sign-ins on A slow the account down on B, two writers on the same claim version on
 * A and B get exactly one success, and a write on A is seen by the very next read on B.
 */
export async function checkInstances(options: {
  a: string;
  b: string;
  user: { email: string; password: string; id: string };
  /** A throwaway account for the throttling check (its sign-ins fail on purpose). */
  throttled: { email: string };
  token: string;
  claim: { id: string; version: number };
  /** With the instances' per-caller API limit: a token of its own, used only by the rate-limit check. */
  rateLimit?: { token: string; perMinute: number };
}): Promise<InstanceCheck[]> {
  const { a, b, user, token, claim } = options;
  const checks: InstanceCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  // Sessions.
  const { cookie } = await signIn(a, user.email, user.password);
  const me = cookie ? await fetch(`${b}/api/v1/me`, { headers: { cookie } }) : null;
  const meBody = me?.ok ? ((await me.json()) as { user?: { id?: string }; id?: string }) : null;
  const meId = meBody?.user?.id ?? meBody?.id;
  check(
    "signed in on A → signed in on B",
    meId === user.id,
    `A set a session cookie: ${cookie !== null}; B /api/v1/me → ${me?.status ?? "-"} ${meId ?? ""}`,
  );

  // Throttling: 7 failures on A put the account 4 s behind (250 ms doubling after 3 free ones,
  // lib/auth/throttle.ts); B's next attempt waits for it, far longer than an unthrottled failure.
  const fresh = await signIn(b, `unknown-${Date.now()}@bench.local`, "wrong password");
  for (let i = 0; i < 7; i++) await signIn(a, options.throttled.email, "wrong password");
  const throttledOnB = await signIn(b, options.throttled.email, "wrong password");
  check(
    "failed sign-ins on A slow the account on B",
    throttledOnB.cookie === null && throttledOnB.ms >= 3_500 && fresh.ms < 3_500,
    `a first failure took ${fresh.ms.toFixed(0)} ms; after 7 failures on A, B took ${throttledOnB.ms.toFixed(0)} ms`,
  );

  // Writes: a source added on A is in B's very next answer.
  const url = `https://instances.example/${Date.now()}`;
  const added = await fetch(`${a}/api/v1/claims/${claim.id}/evidence`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ url, title: "Added on instance A", stance: "SUPPORTS", version: claim.version }),
  });
  const readOnB = await fetch(`${b}/api/v1/claims/${claim.id}`, { headers: { authorization: `Bearer ${token}` } });
  const detail = (await readOnB.json()) as { version?: number; evidence?: { url: string }[] };
  check(
    "a write on A is seen at once on B",
    added.status === 201 &&
      (detail.evidence ?? []).some((source) => source.url === url) &&
      detail.version === claim.version + 1,
    `A POST evidence → ${added.status}; B GET claim → ${readOnB.status}, version ${detail.version}`,
  );

  // Locks: the same claim version written on A and B at once: one wins, the other is told.
  const verdict = (base: string) =>
    fetch(`${base}/api/v1/claims/${claim.id}/verdict`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        status: "CORROBORATED",
        rationale: "Confirmed by the source added on A.",
        version: claim.version + 1,
      }),
    }).then((response) => response.status);
  const statuses = (await Promise.all([verdict(a), verdict(b)])).sort();
  check(
    "one of two writers on the same version wins, across instances",
    JSON.stringify(statuses) === "[200,409]",
    `statuses ${statuses.join(", ")}`,
  );

  // Rate limits: requests on A and on B count against one limit (the count is in PostgreSQL).
  if (options.rateLimit) {
    const { token: limitedToken, perMinute } = options.rateLimit;
    // All in one fixed one-minute window: start afresh if this one is about to end.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const call = (base: string) =>
      fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${limitedToken}` } }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    const statuses: number[] = [];
    for (let i = 0; i < perMinute; i++) statuses.push(await call(i % 2 === 0 ? a : b));
    const over = await call(b);
    check(
      "the API rate limit counts requests on A and B together",
      statuses.every((status) => status === 200) && over === 429,
      `${perMinute} requests alternating A and B → ${[...new Set(statuses)].join(", ")}; the next on B → ${over}`,
    );
  }

  // Sign-out on B ends the session on A.
  if (cookie) {
    const csrf = await fetch(`${b}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await fetch(`${b}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: [cookie, ...cookiesOf(csrf)].join("; "),
        origin: b,
      },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    }).then((response) => response.arrayBuffer());
    const after = await fetch(`${a}/api/v1/me`, { headers: { cookie } });
    check(
      "signed out on B → signed out on A",
      after.status === 401,
      `A /api/v1/me after sign-out on B → ${after.status}`,
    );
  }
  return checks;
}
