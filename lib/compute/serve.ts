// The message loop of a compute worker thread: runs one task at a time from its table and posts
// back the result. The pool (pool.ts) enforces the time budget by terminating the thread.
import { parentPort } from "node:worker_threads";

export interface TaskRequest {
  id: number;
  name: string;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

export interface ServeOptions {
  /** Runs after each reply is posted, before the next task is taken (the result is already away). */
  afterEach?: () => void;
}

export function serveTasks(tasks: Record<string, (input: never) => unknown>, { afterEach }: ServeOptions = {}) {
  const port = parentPort;
  if (!port) throw new Error("A compute worker entry runs only as a worker thread.");
  port.on("message", async ({ id, name, input }: TaskRequest) => {
    let reply: TaskReply;
    try {
      const run = tasks[name] as ((input: unknown) => unknown) | undefined;
      if (!run) throw new Error(`This worker has no task "${name}".`);
      reply = { id, ok: true, value: await run(input) };
    } catch (error) {
      // Only the message crosses over; the main thread logs it as an unexpected error.
      reply = { id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    // Bytes (a PDF) move to the main thread instead of being copied.
    const transfer = reply.ok && reply.value instanceof Uint8Array ? [reply.value.buffer as ArrayBuffer] : [];
    port.postMessage(reply, transfer);
    if (afterEach) setImmediate(afterEach);
  });
}
