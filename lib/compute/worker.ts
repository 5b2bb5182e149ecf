// The worker thread's entry: runs one task at a time from lib/compute/tasks.ts and posts back its
// result. The pool (pool.ts) enforces the time budget by terminating the thread.
import { parentPort } from "node:worker_threads";
import { tasks, type TaskName } from "./tasks";

export interface TaskRequest {
  id: number;
  name: TaskName;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("lib/compute/worker.ts runs only as a worker thread.");

port.on("message", async ({ id, name, input }: TaskRequest) => {
  let reply: TaskReply;
  try {
    const run = tasks[name] as (input: unknown) => unknown;
    reply = { id, ok: true, value: await run(input) };
  } catch (error) {
    // Only the message crosses over; the main thread logs it as an unexpected error.
    reply = { id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  // Bytes (a PDF) move to the main thread instead of being copied.
  const transfer = reply.ok && reply.value instanceof Uint8Array ? [reply.value.buffer as ArrayBuffer] : [];
  port.postMessage(reply, transfer);
});
