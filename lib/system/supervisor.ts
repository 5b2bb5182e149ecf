// Keeps a process that `npm start` started running: when it exits without being asked to, it is
// started again after a back-off that doubles with each consecutive failure, up to a cap, and
// resets once the process has stayed up for a while. Framework-free, so tests can supervise a
// tiny child script or the real embedded PostgreSQL. scripts/start.ts supervises the embedded
// database and the Next.js server with it.

export interface ExitInfo {
  code: number | null;
  signal: string | null;
  /** Anything the process said about why, e.g. its last FATAL log line. */
  detail?: string;
}

export interface Running {
  pid?: number;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<ExitInfo>;
  /** Asks the process to stop and resolves once it has exited. */
  stop(): Promise<void>;
}

export interface Service {
  /** As it reads inside a sentence: "the Next.js server". */
  name: string;
  /** Starts the process; resolves once it is ready to serve, rejects if it cannot start. */
  start(): Promise<Running>;
}

export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
  /** A process that ran this long before exiting starts again from the initial delay. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  factor: 2,
  stableAfterMs: 60_000,
};

export type ServiceStatus =
  | { state: "running"; since: string; restarts: number }
  | { state: "restarting"; since: string; restarts: number; reason: string; attempt: number; nextAttemptAt: string }
  | { state: "stopped"; since: string; restarts: number };

/** The wait before restart attempt `attempt` (1 for the first attempt after an exit). */
export function restartDelay(attempt: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number {
  const delay = policy.initialDelayMs * policy.factor ** Math.max(0, attempt - 1);
  return Math.min(policy.maxDelayMs, delay);
}

export function describeExit(exit: ExitInfo): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
  return exit.detail ? `${how} (${exit.detail})` : how;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface SupervisorOptions {
  policy?: RestartPolicy;
  log?: (line: string) => void;
  onStatus?: (status: ServiceStatus) => void;
}

export class Supervisor {
  private readonly policy: RestartPolicy;
  private readonly log: (line: string) => void;
  private current: Running | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private restartCount = 0;
  private statusValue: ServiceStatus;

  constructor(
    private readonly service: Service,
    private readonly options: SupervisorOptions = {},
  ) {
    this.policy = options.policy ?? DEFAULT_RESTART_POLICY;
    this.log = options.log ?? (() => undefined);
    this.statusValue = { state: "stopped", since: new Date().toISOString(), restarts: 0 };
  }

  get status(): ServiceStatus {
    return this.statusValue;
  }

  get restarts(): number {
    return this.restartCount;
  }

  /** Supervises a process already started (its first start is the caller's, so a bad setup fails fast). */
  watch(running: Running): void {
    if (this.loop) throw new Error(`${this.service.name} is already supervised.`);
    this.current = running;
    this.loop = this.run(running);
  }

  /** Stops supervising and stops the process. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.current?.stop();
    this.current = undefined;
    this.setStatus({ state: "stopped", since: new Date().toISOString(), restarts: this.restartCount });
  }

  private setStatus(status: ServiceStatus) {
    this.statusValue = status;
    this.options.onStatus?.(status);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(first: Running): Promise<void> {
    let running = first;
    let attempt = 0;
    for (;;) {
      const upSince = Date.now();
      this.setStatus({ state: "running", since: new Date(upSince).toISOString(), restarts: this.restartCount });
      const stopped = new Promise<null>((resolve) => (this.wake = () => resolve(null)));
      const exit = await Promise.race([running.exited, stopped]);
      if (this.stopping || !exit) return;
      this.current = undefined;
      if (Date.now() - upSince >= this.policy.stableAfterMs) attempt = 0;
      let reason = describeExit(exit);
      const seconds = ((Date.now() - upSince) / 1000).toFixed(1);
      this.log(`${sentence(this.service.name)} stopped after ${seconds} s: ${reason}.`);
      for (;;) {
        if (this.stopping) return;
        attempt += 1;
        const delay = restartDelay(attempt, this.policy);
        this.setStatus({
          state: "restarting",
          since: new Date().toISOString(),
          restarts: this.restartCount,
          reason,
          attempt,
          nextAttemptAt: new Date(Date.now() + delay).toISOString(),
        });
        this.log(`Restarting ${this.service.name} in ${(delay / 1000).toFixed(1)} s (attempt ${attempt}) …`);
        await this.sleep(delay);
        if (this.stopping) return;
        const startedAt = Date.now();
        try {
          running = await this.service.start();
        } catch (error) {
          reason = `did not start: ${error instanceof Error ? error.message : String(error)}`;
          this.log(`${sentence(this.service.name)} ${reason}`);
          continue;
        }
        this.current = running;
        this.restartCount += 1;
        const pid = running.pid ? `pid ${running.pid}, ` : "";
        this.log(
          `${sentence(this.service.name)} is back (${pid}started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s).`,
        );
        if (this.stopping) return;
        break;
      }
    }
  }
}
