/**
 * workflow.registerReply: the outgoing reply and the completion of the incoming documents it answers
 * in one SQLite transaction (the register's and the workflow's own transactions nest as savepoints),
 * with their events held until it commits. Composed here because it spans two features.
 */
import type { OutgoingRecord, RegisterEntry, RegisterWarning } from '../../src-shared/contracts/register.contract';
import { StepInputSchema } from '../../src-shared/contracts/workflow.contract';
import { AppError, errorAround } from '../../src-shared/rpc/errors';
import type { Sqlite } from '../db/open';
import type { EventBus } from '../rpc/events';
import type { RegisterService } from '../features/register/register.service';
import type { WorkflowService } from '../features/workflow/workflow.service';

export function createReplyRegistration(deps: { sqlite: Sqlite; events: EventBus; register: RegisterService; workflow: WorkflowService }) {
  return (
    input: { Record: OutgoingRecord; Answers: string[] },
    actor: string,
    drafterId: string | null = null,
  ): { entry: RegisterEntry; warnings: RegisterWarning[]; Completed: string[] } => {
    const answers = [...new Set(input.Answers)];
    return deps.events.holding(() =>
      deps.sqlite
        .transaction(() => {
          const r = deps.register.addOutgoing(input.Record, actor, drafterId);
          for (const entryId of answers) {
            const step = StepInputSchema.parse({ kind: 'hoan-thanh', how: 'tra-loi', replyEntryId: r.entry.id });
            try {
              deps.workflow.record({ entryId, step }, actor);
            } catch (err) {
              if (!(err instanceof AppError)) throw err;
              throw errorAround('register.replyNotCompleted', err, { entryId }, { ...err.details, entryId });
            }
          }
          return { ...r, Completed: answers };
        })
        .immediate(),
    );
  };
}
