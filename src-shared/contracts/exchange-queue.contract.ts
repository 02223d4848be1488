/**
 * Liên thông, the queues: the outbox items and the inbox a clerk works through (documents,
 * requests, statuses), registering or returning an arrival, delivery history. Part of
 * exchange.contract.ts (which re-exports it); the invariants are listed there.
 */
import { z } from 'zod';
import { defineOperation, LOCAL_TRANSPORTS } from '../rpc/define';
import { EdocBuildInputSchema, StatusCodeSchema } from './exchange-model.contract';
import { IncomingInputSchema, RegisterEntrySchema, WarningSchema } from './register.contract';
import { inputText } from './input-text';

const IdSchema = z
  .string({ error: inputText('input.idMissing') })
  .min(1)
  .max(200);

export const OutboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['edoc', 'status']),
  DocumentId: z.string(),
  StatusCode: z.string().nullable(),
  BussinessDocType: z.number().int().nullable(),
  Title: z.string(),
  Notation: z.string().nullable(),
  Recipients: z.array(z.string()),
  State: z.enum(['pending', 'sending', 'sent', 'failed']),
  Attempts: z.number().int(),
  /** Still queued after many attempts: shown as an error with its reason and a retry action. */
  Stuck: z.boolean(),
  LastError: z.string().nullable(),
  NextAttemptAt: z.string().nullable(),
  HubDocId: z.string().nullable(),
  CreatedAt: z.string(),
  SentAt: z.string().nullable(),
});
export type OutboxItem = z.output<typeof OutboxItemSchema>;

/** What an incoming packet asks of the clerk: a document to register, or a request about one already sent. */
export const InboxKindSchema = z.enum(['document', 'recall', 'update', 'replace', 'take-back', 'status']);
export type InboxKind = z.output<typeof InboxKindSchema>;

/** The verifier's verdict on the main PDF of an incoming document, computed when it arrived. */
export const InboxSignatureSchema = z.object({
  state: z.enum(['valid', 'invalid', 'unsigned', 'damaged', 'not-checked']),
  text: z.string(),
  signers: z.array(z.string()),
});
export type InboxSignature = z.output<typeof InboxSignatureSchema>;

export const InboxAntivirusSchema = z.object({
  verdict: z.enum(['clean', 'unavailable', 'not-checked']),
  engine: z.string().nullable(),
  warning: z.string().nullable(),
});
export type InboxAntivirus = z.output<typeof InboxAntivirusSchema>;

export const InboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['edoc', 'status']),
  Kind: InboxKindSchema,
  /** 3 Hỏa tốc, 2 Thượng khẩn, 1 Khẩn, 0 Thường. */
  Priority: z.number().int(),
  DueDate: z.string().nullable(),
  Signer: z.string().nullable(),
  Signature: InboxSignatureSchema.nullable(),
  Antivirus: InboxAntivirusSchema.nullable(),
  /** For a request (recall, update, replace, take-back): the document it concerns, as received here. */
  Concerns: z
    .object({
      inboxId: z.string(),
      Subject: z.string().nullable(),
      Code: z.string().nullable(),
      State: z.string(),
      ArrivalNumber: z.number().int().nullable(),
    })
    .nullable(),
  /** The sender's reason (BussinessDocReason, or a 13's description), or the clerk's decision. */
  Reason: z.string().nullable(),
  State: z.string(),
  HubDocId: z.string(),
  DocumentId: z.string().nullable(),
  From: z.object({ OrganId: z.string().nullable(), OrganName: z.string().nullable() }),
  BussinessDocType: z.number().int().nullable(),
  StatusCode: z.string().nullable(),
  Subject: z.string().nullable(),
  Code: z.string().nullable(),
  PromulgationDate: z.string().nullable(),
  Attachments: z.array(
    z.object({ AttachmentName: z.string(), ContentType: z.string(), size: z.number().int(), sha256: z.string(), path: z.string() }),
  ),
  Error: z.string().nullable(),
  ArrivalNumber: z.number().int().nullable(),
  DuplicateOf: z.string().nullable(),
  ReceivedAt: z.string(),
  Acked: z.boolean(),
});
export type InboxItem = z.output<typeof InboxItemSchema>;

export const exchangeSendDocument = defineOperation({
  name: 'exchange.sendDocument',
  kind: 'command',
  input: z.object({ packet: EdocBuildInputSchema }).strict(),
  output: OutboxItemSchema,
  /** The packet's attachments are paths on this machine; a window uses exchange.sendEntry. */
  transports: LOCAL_TRANSPORTS,
  summary: 'Builds a document packet and queues it for the hub (outbox + delivery rows, one transaction).',
});

export const IncomingOverridesSchema = IncomingInputSchema.omit({ Medium: true, DocumentId: true, FileSha256: true }).partial().strict();

export const exchangeRegisterIncoming = defineOperation({
  name: 'exchange.registerIncoming',
  kind: 'command',
  input: z
    .object({
      inboxId: IdSchema,
      overrides: IncomingOverridesSchema.default({}),
      /** The clerk registers a document whose signature is broken after seeing the verdict (audited). */
      confirmBrokenSignature: z.boolean().optional(),
    })
    .strict(),
  output: z.object({
    entry: RegisterEntrySchema,
    warnings: z.array(WarningSchema),
    inbox: InboxItemSchema,
    /** True when the document was already registered (a retry): nothing was written. */
    alreadyRegistered: z.boolean(),
  }),
  summary:
    'Registers a document from the hub in the incoming register: its PDF stored, the entry with its số đến and status 03 queued, in one transaction — all or nothing; a retry returns the same entry.',
});

export const exchangeListOutbox = defineOperation({
  name: 'exchange.listOutbox',
  kind: 'query',
  input: z
    .object({
      state: z.enum(['pending', 'sending', 'sent', 'failed']).optional(),
      documentId: z.string().optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    })
    .strict(),
  output: z.array(OutboxItemSchema),
  summary: 'Outgoing packets, newest first.',
});

export const exchangeRetryOutbox = defineOperation({
  name: 'exchange.retryOutbox',
  kind: 'command',
  input: z.object({ id: IdSchema }).strict(),
  output: OutboxItemSchema,
  summary: 'Puts a failed or stuck outgoing packet back at the head of the queue.',
});

export const exchangeListInbox = defineOperation({
  name: 'exchange.listInbox',
  kind: 'query',
  input: z
    .object({
      kind: z.enum(['edoc', 'status']).optional(),
      states: z.array(z.string().max(30)).max(10).optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    })
    .strict(),
  output: z.array(InboxItemSchema),
  summary:
    'Incoming packets, most urgent first then newest; state "new" = documents waiting to be registered, "change-requested" = recall/update/take-back requests waiting for an answer.',
});

export const exchangeRefuseIncoming = defineOperation({
  name: 'exchange.refuseIncoming',
  kind: 'command',
  input: z
    .object({
      id: IdSchema,
      reason: z
        .string()
        .trim()
        .min(1, { error: inputText('input.refuseReasonMissing') })
        .max(2000),
    })
    .strict(),
  output: InboxItemSchema,
  summary: 'Refuses an incoming document (status 02 with the reason to the sender).',
});

export const exchangeReportProgress = defineOperation({
  name: 'exchange.reportProgress',
  kind: 'command',
  input: z.object({ documentId: IdSchema, code: z.enum(['04', '05', '06']), description: z.string().max(2000).optional() }).strict(),
  output: OutboxItemSchema,
  summary: 'Reports handling progress of a registered incoming document: 04 assigned, 05 in progress, 06 finished.',
});

export const exchangeRequestTakeBack = defineOperation({
  name: 'exchange.requestTakeBack',
  kind: 'command',
  input: z
    .object({
      documentId: IdSchema,
      reason: z
        .string()
        .trim()
        .min(1, { error: inputText('input.takeBackReasonMissing') })
        .max(2000),
    })
    .strict(),
  output: OutboxItemSchema,
  summary: 'Asks the recipients of an outgoing document to give it back (status 13 with the reason).',
});

export const exchangeAnswerChange = defineOperation({
  name: 'exchange.answerChange',
  kind: 'command',
  input: z.object({ id: IdSchema, accept: z.boolean(), reason: z.string().max(2000).optional() }).strict(),
  output: InboxItemSchema,
  summary: 'Answers a revoke/update/replace packet or a take-back (13) request: 15/16 (or 03/02 for revoke, per setting).',
});

export const DeliverySchema = z.object({
  DocumentId: z.string(),
  Recipients: z.array(
    z.object({ OrganId: z.string(), OrganName: z.string(), LatestCode: StatusCodeSchema.nullable(), LatestAt: z.string().nullable() }),
  ),
  History: z.array(
    z.object({ direction: z.enum(['in', 'out']), OrganId: z.string(), StatusCode: z.string(), Description: z.string(), At: z.string() }),
  ),
});

export const exchangeDeliveries = defineOperation({
  name: 'exchange.deliveries',
  kind: 'query',
  input: z.object({ documentId: IdSchema }).strict(),
  output: DeliverySchema,
  summary: 'Delivery view of an outgoing document: each recipient with its latest status, and the full history.',
});
