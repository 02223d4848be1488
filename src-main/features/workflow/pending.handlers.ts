import { AppError } from '../../../src-shared/rpc/errors';
import { directoryOperations } from '../../../src-shared/contracts/directory.contract';
import { workflowOperations } from '../../../src-shared/contracts/workflow.contract';
import type { PartialHandlers } from '../../rpc/router';

/** Temporary: the directory and workflow operations answer "not ready" until their services land. */
export function pendingWorkflowHandlers(): PartialHandlers {
  const out: Record<string, () => never> = {};
  for (const op of [...directoryOperations, ...workflowOperations]) {
    out[op.name] = () => {
      throw new AppError('Internal', 'Chức năng này đang được xây dựng.');
    };
  }
  return out as PartialHandlers;
}
