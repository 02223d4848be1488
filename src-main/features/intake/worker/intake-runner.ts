/**
 * Intake's tasks on the one task runner (core/worker/task-runner.ts): PDF assembly and deskew run
 * in a worker thread (`intake-worker.cjs` beside the bundle, or the TypeScript entry through tsx
 * from sources), so they never stall the main process; without either, in this thread.
 */
import path from 'node:path';
import type { Logger } from '../../../core/logger';
import { createTaskRunner, type TaskRunner } from '../../../core/worker/task-runner';
import { TASKS } from './intake-tasks';

export type IntakeRunner = TaskRunner<typeof TASKS>;

export function createIntakeRunner(deps: { logger: Logger; inline?: boolean }): IntakeRunner {
  return createTaskRunner({
    tasks: TASKS,
    bundled: path.join(__dirname, 'intake-worker.cjs'),
    source: path.join(__dirname, 'intake.worker.ts'),
    logger: deps.logger,
    ...(deps.inline ? { inline: true } : {}),
  });
}
