// npm start's supervisor with a small stand-in for the Next.js server: a child HTTP server started
// through the same code (lib/system/services.ts). Killing it brings up a new one; a process that
// keeps dying is restarted with growing, capped delays; stop() ends it for good. (A full
// `npm start` needs a production build, minutes on CI; supervision-database.test.ts supervises the
// real embedded PostgreSQL.) Also the listening rules of scripts/listen.ts.
import { afterEach, describe, expect, it } from "vitest";
import { httpProcessService, processService, startHttpProcess, startProcess, type HttpProcessOptions } from "@/lib/system/services";
import { restartDelay, Supervisor, type RestartPolicy } from "@/lib/system/supervisor";
import { isLoopbackHost, listenHost, probeUrl } from "@/scripts/listen";
import { freePort } from "@/lib/system/free-port";

const FAST: RestartPolicy = { initialDelayMs: 100, maxDelayMs: 400, factor: 2, stableAfterMs: 60_000 };


/** A tiny server that answers with its pid, like the app answering /api/health. */
function tinyServer(port: number): HttpProcessOptions {
  const script = `require("node:http").createServer((q, s) => s.end(String(process.pid))).listen(${port}, "127.0.0.1")`;
  return {
    name: "the test server",
    command: process.execPath,
    args: ["-e", script],
    readyUrl: `http://127.0.0.1:${port}/api/health`,
    readyTimeoutMs: 10_000,
    stdio: "ignore",
  };
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const supervisors: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((supervisor) => supervisor.stop()));
});

describe("restart back-off", () => {
  it("doubles from the initial delay and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => restartDelay(attempt))).toEqual([
      500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect([1, 2, 3, 4].map((attempt) => restartDelay(attempt, FAST))).toEqual([100, 200, 400, 400]);
  });
});

describe("supervising the app process", () => {
  it("starts a new app process after the old one is killed, and says why", async () => {
    const port = await freePort();
    const options = tinyServer(port);
    const lines: string[] = [];
    const first = await startHttpProcess(options);
    const supervisor = new Supervisor(httpProcessService(options), { policy: FAST, log: (line) => lines.push(line) });
    supervisors.push(supervisor);
    supervisor.watch(first);
    const pidBefore = await (await fetch(options.readyUrl)).text();
    expect(pidBefore).toBe(String(first.pid));

    const killedAt = Date.now();
    process.kill(first.pid, "SIGKILL");
    const pidAfter = await waitFor(async () => {
      const pid = await (await fetch(options.readyUrl)).text();
      return pid !== pidBefore ? pid : undefined;
    }, 10_000);
    const recoveryMs = Date.now() - killedAt;
    console.log(`app stand-in answered again ${recoveryMs} ms after SIGKILL`);
    expect(recoveryMs).toBeLessThan(5_000);
    // The new process answers a moment before the supervisor's own readiness probe sees it.
    await waitFor(async () => (supervisor.restarts === 1 ? true : undefined), 2_000);
    expect(supervisor.status.state).toBe("running");
    expect(lines.join("\n")).toMatch(/The test server stopped after [\d.]+ s: killed by SIGKILL\./);
    expect(lines.join("\n")).toMatch(/Restarting the test server in 0\.1 s \(attempt 1\)/);
    expect(lines.join("\n")).toMatch(new RegExp(`The test server is back \\(pid ${pidAfter}, started in`));
  });

  it("restarts a process that keeps failing with growing, capped delays, and stop() ends it", async () => {
    const port = await freePort();
    const options = tinyServer(port);
    const first = await startHttpProcess(options);
    // From now on every start fails: the process exits before it answers.
    const failing: HttpProcessOptions = { ...options, args: ["-e", "process.exit(3)"] };
    const attempts: number[] = [];
    const supervisor = new Supervisor(
      {
        name: "the failing server",
        start: () => {
          attempts.push(Date.now());
          return httpProcessService(failing).start();
        },
      },
      { policy: FAST },
    );
    supervisors.push(supervisor);
    supervisor.watch(first);
    process.kill(first.pid, "SIGKILL");
    await waitFor(async () => (attempts.length >= 5 ? true : undefined), 15_000);
    const status = supervisor.status;
    expect(status.state).toBe("restarting");
    expect(status.state === "restarting" && status.reason).toMatch(
      /did not start: it stopped before it answered \(code 3\)/,
    );
    const gaps = attempts.slice(1).map((at, index) => at - attempts[index]);
    // Each gap is the delay (200, 400, 400, …) plus the time a failing start takes.
    expect(gaps[0]).toBeGreaterThanOrEqual(190);
    expect(gaps[1]).toBeGreaterThanOrEqual(390);
    expect(gaps[2]).toBeGreaterThanOrEqual(390);
    expect(Math.max(...gaps)).toBeLessThan(400 + 2_000);

    await supervisor.stop();
    const count = attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(attempts.length).toBe(count);
    expect(supervisor.status.state).toBe("stopped");
  });
});

describe("where npm start listens", () => {
  it("keeps the embedded demo on loopback unless HOST says otherwise; production keeps Next.js's default", () => {
    expect(listenHost("embedded", undefined)).toBe("127.0.0.1");
    expect(listenHost("embedded", "  ")).toBe("127.0.0.1");
    expect(listenHost("embedded", "0.0.0.0")).toBe("0.0.0.0");
    expect(listenHost("external", undefined)).toBeUndefined();
    expect(listenHost("external", "10.0.0.5")).toBe("10.0.0.5");
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("::1")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
    expect(probeUrl(undefined, 3000)).toBe("http://127.0.0.1:3000/api/health");
    expect(probeUrl("::", 3000)).toBe("http://[::1]:3000/api/health");
    expect(probeUrl("fd00::5", 3000)).toBe("http://[fd00::5]:3000/api/health");
  });

  it("supervises a process that answers nothing (the job worker): running once spawned, restarted when killed", async () => {
    const options = { name: "the test worker", command: process.execPath, args: ["-e", "setInterval(() => {}, 1000)"], stdio: "ignore" as const };
    const first = await startProcess(options);
    expect(first.pid).toBeGreaterThan(0);
    const lines: string[] = [];
    const supervisor = new Supervisor(processService(options), { policy: FAST, log: (line) => lines.push(line) });
    supervisors.push(supervisor);
    supervisor.watch(first);
    process.kill(first.pid, "SIGKILL");
    await waitFor(async () => (supervisor.restarts === 1 && supervisor.status.state === "running" ? true : undefined), 5_000);
    expect(lines.join("\n")).toMatch(/The test worker stopped after [\d.]+ s: killed by SIGKILL\./);
    await supervisor.stop();
    expect(supervisor.status.state).toBe("stopped");
  });

  it("refuses a command that cannot be started", async () => {
    await expect(startProcess({ name: "nothing", command: "/no/such/program", args: [], stdio: "ignore" })).rejects.toThrow(/ENOENT/);
  });
});
