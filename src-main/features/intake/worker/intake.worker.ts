/**
 * Worker-thread entry for intake tasks (assembly, deskew), served by the one task runner
 * (core/worker/task-runner.ts). Bundled as dist/main/intake-worker.cjs by scripts/build-node.mjs.
 */
import { serveTasks } from '../../../core/worker/task-runner';
import { TASKS } from './intake-tasks';

serveTasks(TASKS);
