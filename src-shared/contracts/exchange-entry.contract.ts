/**
 * Liên thông, actions on register entries: send a registered outgoing entry, recall / take back /
 * replace it, answer a request about an incoming one, and what an entry shows (files, deliveries,
 * recipient channels). Part of exchange.contract.ts (which re-exports it).
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { AgencyCodeSchema } from './exchange-model.contract';

import { DeliverySchema, InboxItemSchema, OutboxItemSchema } from './exchange-queue.contract';
import { inputText, wordCode } from './input-text';

const IdSchema = z
  .string({ error: inputText('input.idMissing') })
  .min(1)
  .max(200);

export const exchangeSendEntry = defineOperation({
  name: 'exchange.sendEntry',
  kind: 'command',
  input: z
    .object({
      entryId: IdSchema,
      /** Mã định danh of each recipient, as in the cached hub directory (exchange.listAgencies). */
      to: z
        .array(AgencyCodeSchema, { error: inputText('input.hubRecipientsList') })
        .min(1, { error: inputText('input.hubRecipientsNone') })
        .max(2000, { error: inputText('input.hubRecipientsMax') }),
      /** The clerk confirms sending a category the agency keeps off the electronic channel (ChannelRestriction). */
      confirmRestricted: z.boolean().optional(),
    })
    .strict(),
  output: OutboxItemSchema.extend({
    alreadyQueued: z.boolean(),
    /** Files sent without a virus verdict (no scanner, agency setting 'warn'): shown to the clerk. */
    releaseWarnings: z.array(z.string()).optional(),
  }),
  summary:
    'Sends a registered outgoing document with its stored PDF: the packet is built in main from the register entry and queued with its delivery rows in one transaction; a retry queues nothing twice.',
});

/** What the clerk may correct before an electronic document gets its số đến (the rest comes from the packet). */
const ReasonSchema = (what: string) =>
  z
    .string({ error: inputText('input.exchangeReason', { action: wordCode(what, 'exchangeAction') }) })
    .trim()
    .min(1, { error: inputText('input.exchangeReason', { action: wordCode(what, 'exchangeAction') }) })
    .max(2000, { error: inputText('input.reasonLong') });

const QueuedSchema = OutboxItemSchema.extend({ alreadyQueued: z.boolean() });

export const exchangeAnswerRequest = defineOperation({
  name: 'exchange.answerRequest',
  kind: 'command',
  input: z.object({ id: IdSchema, accept: z.boolean(), reason: z.string().trim().max(2000).optional() }).strict(),
  output: InboxItemSchema,
  summary:
    'Answers a recall / update / take-back request from the inbox: accept (15; a recall marks the incoming entry thu hồi, files withheld, workflow told) or refuse (16 with the reason), one transaction with the answer; a retry changes nothing.',
});

export const exchangeRecallEntry = defineOperation({
  name: 'exchange.recallEntry',
  kind: 'command',
  input: z.object({ entryId: IdSchema, reason: ReasonSchema('thu hồi') }).strict(),
  output: QueuedSchema,
  summary:
    'Recalls a sent outgoing entry (edXML revoke): the entry is frozen and marked thu hồi with the packet queued, one transaction; idempotent.',
});

export const exchangeTakeBackEntry = defineOperation({
  name: 'exchange.takeBackEntry',
  kind: 'command',
  input: z.object({ entryId: IdSchema, reason: ReasonSchema('lấy lại') }).strict(),
  output: QueuedSchema,
  summary: 'Asks the recipients of a sent outgoing entry to give it back (status 13); idempotent.',
});

export const exchangeReplaceEntry = defineOperation({
  name: 'exchange.replaceEntry',
  kind: 'command',
  input: z.object({ entryId: IdSchema, byEntryId: IdSchema, mode: z.enum(['replace', 'update']).default('replace') }).strict(),
  output: QueuedSchema,
  summary:
    'Sends a newer registered outgoing entry as the replacement (BussinessDocType 3) or update (2) of a sent one, to the same recipients; the entries are linked; idempotent.',
});

export const EntryFilesSchema = z.object({
  entryId: z.string(),
  Recalled: z.object({ reason: z.string(), at: z.string() }).nullable(),
  Files: z.array(
    z.object({
      sha256: z.string(),
      role: z.enum(['main', 'attachment']),
      name: z.string(),
      mediaType: z.string(),
      /** Bytes; null when the file is no longer in the store. */
      size: z.number().int().nullable(),
      withheld: z.boolean(),
    }),
  ),
  Links: z.array(z.object({ from: z.string(), to: z.string(), kind: z.enum(['replaces', 'updates', 'answers']) })),
  /** The entries at the other end of Links, as the register shows them (a secret one without its trích yếu). */
  LinkedEntries: z.array(
    z.object({
      id: z.string(),
      Direction: z.enum(['den', 'di']),
      SoKyHieu: z.string().nullable(),
      ArrivalNumber: z.number().int().nullable(),
      Subject: z.string().nullable(),
    }),
  ),
});

export const exchangeEntryFiles = defineOperation({
  name: 'exchange.entryFiles',
  kind: 'query',
  input: z.object({ entryId: IdSchema }).strict(),
  output: EntryFilesSchema,
  summary: 'Every file of a register entry (main + attachments), its thu hồi mark and its links to other entries.',
});

export const exchangeEntryDeliveries = defineOperation({
  name: 'exchange.entryDeliveries',
  kind: 'query',
  input: z.object({ entryId: IdSchema }).strict(),
  output: DeliverySchema,
  summary: 'Per-recipient status history (01–06, 13, 15, 16) of a sent outgoing entry.',
});

export const RecipientChannelSchema = z.object({
  organName: z.string(),
  organId: z.string().nullable(),
  channel: z.enum(['hub', 'paper']),
});

export const exchangeRecipientChannels = defineOperation({
  name: 'exchange.recipientChannels',
  kind: 'query',
  input: z.object({ entryId: IdSchema }).strict(),
  output: z.array(RecipientChannelSchema),
  summary: "An outgoing entry's Nơi nhận matched against the hub directory: which are served electronically (hub) and which need paper.",
});
