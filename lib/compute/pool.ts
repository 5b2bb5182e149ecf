// A small pool of worker threads for CPU-heavy pure work, so that a large import never stalls the
// requests of others. Each job has a deadline (its time budget, counted from submission): a job
// still queued at its deadline is dropped, a job still running has its thread terminated (the
// only way to stop a synchronous computation). Threads start on demand, one job at a time each,
// and end after a while idle; an idle thread never keeps the process alive.
import type { Worker } from "node:worker_threads";
import type { TaskName } from "./tasks";
import type { TaskReply, TaskRequest } from "./serve";

export class ComputeTimeoutError extends Error {
  constructor(
    /** "queued": no thread became free in time; "running": the work itself took too long. */
    readonly phase: "queued" | "running",
    readonly budgetMs: number,
  ) {
    super(`The job was still ${phase} after its ${budgetMs} ms budget.`);
    this.name = "ComputeTimeoutError";
  }
}

/** A job that failed inside its worker (an exception, or the thread died). */
export class ComputeFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ComputeFailedError";
  }
}

interface Job {
  id: number;
  name: TaskName;
  input: unknown;
  budgetMs: number;
  timer: NodeJS.Timeout;
  worker?: Worker;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface PoolOptions {
  /** Most threads alive at once. */
  size: number;
  /** Starts a thread that runs lib/compute/worker.ts. */
  spawn: () => Worker;
  /** An idle thread ends after this long; Infinity keeps idle threads until close(). */
  idleMs?: number;
}

export class WorkerPool {
  private readonly size: number;
  private readonly spawn: () => Worker;
  private readonly idleMs: number;
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly idleTimers = new Map<Worker, NodeJS.Timeout>();
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor({ size, spawn, idleMs = 30_000 }: PoolOptions) {
    this.size = Math.max(1, size);
    this.spawn = spawn;
    this.idleMs = idleMs;
  }

  /** Runs a task on a thread; rejects with ComputeTimeoutError once budgetMs has passed. */
  run(name: TaskName, input: unknown, budgetMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        name,
        input,
        budgetMs,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(job), budgetMs),
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Starts a thread ahead of work when none is alive (it waits idle, as after a job). */
  warm() {
    if (this.idle.length + this.running.size > 0) return;
    this.park(this.start());
  }

  stats() {
    return { threads: this.idle.length + this.running.size, running: this.running.size, queued: this.queue.length };
  }

  /** Ends every thread and fails what is queued or running (tests, shutdown). */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    for (const job of [...this.queue, ...this.running.values()])
      this.settle(job, new ComputeFailedError("The worker pool was closed."));
    this.queue.length = 0;
    this.idle.length = 0;
    this.running.clear();
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.running.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const timer = this.idleTimers.get(worker);
      if (timer) clearTimeout(timer);
      this.idleTimers.delete(worker);
      const job = this.queue.shift() as Job;
      job.worker = worker;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, name: job.name, input: job.input } satisfies TaskRequest);
      // The worker has its own copy now; a large input (a report's data) need not stay here too.
      job.input = undefined;
    }
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.on("message", (reply: TaskReply) => {
      const job = this.running.get(worker);
      if (!job || job.id !== reply.id) return;
      this.running.delete(worker);
      this.park(worker);
      if (reply.ok) this.settle(job, undefined, reply.value);
      else this.settle(job, new ComputeFailedError(reply.message));
      this.dispatch();
    });
    // An uncaught error (the entry failed to load, say) ends the thread; "exit" cleans up.
    worker.on("error", (error) => {
      const job = this.running.get(worker);
      this.forget(worker);
      if (job) this.settle(job, new ComputeFailedError(`The compute worker failed: ${error.message}`));
    });
    worker.on("exit", (code) => {
      const job = this.running.get(worker);
      this.forget(worker);
      if (job) this.settle(job, new ComputeFailedError(`The compute worker stopped unexpectedly (exit code ${code}).`));
      this.dispatch();
    });
    return worker;
  }

  /** An idle thread waits for work without holding the process open, and ends after idleMs. */
  private park(worker: Worker) {
    worker.unref();
    this.idle.push(worker);
    // A pool told to keep its threads (idleMs: Infinity) never ends an idle one.
    if (!Number.isFinite(this.idleMs)) return;
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, this.idleMs);
    timer.unref();
    this.idleTimers.set(worker, timer);
  }

  private forget(worker: Worker) {
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    const timer = this.idleTimers.get(worker);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(worker);
  }

  private expire(job: Job) {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new ComputeTimeoutError("queued", job.budgetMs));
      return;
    }
    const worker = job.worker;
    if (!worker || this.running.get(worker) !== job) return;
    this.forget(worker);
    this.settle(job, new ComputeTimeoutError("running", job.budgetMs));
    void worker.terminate();
    this.dispatch();
  }

  private settle(job: Job, error?: Error, value?: unknown) {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}
