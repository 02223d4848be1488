/**
 * Answering incoming documents: the outgoing reply is registered and every incoming document it
 * answers is completed "có văn bản trả lời" in one transaction — all or nothing. A document that
 * cannot be completed (already completed, recalled, not yet handed over…) refuses the whole
 * operation with its reason, and no số đi is used.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { OutgoingInputSchema, RegistrationResultSchema } from './register.contract';
import { inputText } from './input-text';

export const workflowRegisterReply = defineOperation({
  name: 'workflow.registerReply',
  kind: 'command',
  input: z
    .object({
      Record: OutgoingInputSchema,
      Answers: z
        .array(z.string().min(1).max(64), { error: inputText('input.answersList') })
        .min(1, { error: inputText('input.answersNone') })
        .max(50, { error: inputText('input.answersMax') }),
    })
    .strict(),
  output: RegistrationResultSchema.extend({ Completed: z.array(z.string()) }),
  summary:
    'Registers an outgoing reply and completes the incoming documents it answers (hoàn thành, có văn bản trả lời) in one transaction.',
});

export const workflowReplyOperations = [workflowRegisterReply] as const;
