// The entry of the general compute worker thread: every task of lib/compute/tasks.ts.
import { serveTasks } from "./serve";
import { tasks } from "./tasks";

export type { TaskReply, TaskRequest } from "./serve";

serveTasks(tasks);
