import type { StepRecord } from '../../../src-shared/contracts/workflow.contract';
import { WORKFLOW_STEP_LABELS } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { EntryScope } from '../accounts/permission.service';
import type { WorkflowRepo } from './workflow.repo';

/**
 * The steps an assignee without the workflow area (chuyên viên) may record, and the assignments that
 * allow each: tiến độ when chủ trì, phối hợp, handed the document or given it by the unit leader (box 2 of
 * the phiếu); hoàn thành when chủ trì, handed it or given it by the unit leader. Trình, chỉ đạo, chuyển, gia hạn, mở lại, thu hồi stay with văn thư and lãnh đạo (issue 14).
 */
const ASSIGNEE_STEPS = {
  'tien-do': ['chu-tri', 'phoi-hop', 'chuyen', 'giao'],
  'hoan-thanh': ['chu-tri', 'chuyen', 'giao'],
} as const;

/** Whether `scope` may record `kind` on the entry: the steps offered to an assignee in the entry's view. */
export function assigneeMay(repo: WorkflowRepo, e: { seq: number }, kind: StepRecord['kind'], scope: EntryScope): boolean {
  const allowed = ASSIGNEE_STEPS[kind as keyof typeof ASSIGNEE_STEPS] as readonly string[] | undefined;
  return allowed !== undefined && repo.assignedRoles(e.seq, scope).some((r) => allowed.includes(r));
}

/** Throws Forbidden unless `scope` may record `kind` on the entry; read inside the step's transaction. */
export function checkAssigned(repo: WorkflowRepo, e: { seq: number; id: string }, kind: StepRecord['kind'], scope: EntryScope): void {
  if (assigneeMay(repo, e, kind, scope)) return;
  if (!(kind in ASSIGNEE_STEPS)) throw appError('workflow.assigneeStepNotAllowed', { step: WORKFLOW_STEP_LABELS[kind] }, { kind });
  throw kind === 'hoan-thanh'
    ? appError('workflow.completeNotLead', undefined, { kind, entryId: e.id })
    : appError('workflow.progressNotAssigned', undefined, { kind, entryId: e.id });
}
