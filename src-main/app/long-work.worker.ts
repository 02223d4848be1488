/** Worker-thread entry of the long-work tasks; bundled as dist/main/long-work-worker.cjs by scripts/build-node.mjs. */
import { serveTasks } from '../core/worker/task-runner';
import { LONG_WORK_TASKS } from './long-work.tasks';

serveTasks(LONG_WORK_TASKS);
