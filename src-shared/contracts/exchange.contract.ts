/**
 * Liên thông văn bản: edXML packets through the exchange hub, the durable outbox and inbox, and
 * status feedback. Invariants the operations keep:
 * - An outgoing packet is written to the outbox in the same transaction as the change that caused
 *   it, stored as bytes once and resent byte for byte; packets about one document leave in order.
 * - An incoming packet is stored (packet, attachments, inbox row, status 01) before the hub is
 *   told `done`; a redelivered packet is recognised and never shown twice.
 * - A packet the hub keeps refusing becomes a visible `failed` item with its reason; `retryOutbox`
 *   puts it back in the queue. Transport trouble never fails an item: it waits for the network.
 * - The hub secret is stored sealed, never returned, never logged.
 */
import { z } from 'zod';
import { defineEvent, defineOperation, LOCAL_TRANSPORTS } from '../rpc/define';
import {
  AgencyCodeSchema,
  EdocBuildInputSchema,
  ParsedPacketSchema,
  StatusBuildInputSchema,
  StatusCodeSchema,
} from './exchange-model.contract';
import { IncomingInputSchema, RegisterEntrySchema, WarningSchema } from './register.contract';

export * from './exchange-model.contract';

const PathSchema = z.string({ error: 'Thiếu đường dẫn tệp.' }).min(1, { error: 'Thiếu đường dẫn tệp.' }).max(4096);
const IdSchema = z.string({ error: 'Thiếu mã (id).' }).min(1).max(200);

export const exchangeParsePacket = defineOperation({
  name: 'exchange.parsePacket',
  kind: 'query',
  input: z.object({ path: PathSchema, extractTo: PathSchema.optional() }).strict(),
  output: ParsedPacketSchema,
  transports: LOCAL_TRANSPORTS,
  summary: 'Reads an .edxml file on this machine; attachments are checked and, with extractTo, saved there.',
});

export const exchangeBuildPacket = defineOperation({
  name: 'exchange.buildPacket',
  kind: 'command',
  input: z.object({ packet: z.union([StatusBuildInputSchema, EdocBuildInputSchema]), out: PathSchema }).strict(),
  output: z.object({
    path: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    kind: z.enum(['edoc', 'status']),
    DocumentId: z.string(),
  }),
  transports: LOCAL_TRANSPORTS,
  summary: 'Writes a document or status packet in the official sample layout.',
});

export const HubInfoSchema = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  systemId: z.string().nullable(),
  secretStorage: z.string().nullable(),
  /** When and by whom the hub credentials were last set; null for credentials saved before this was kept. */
  changedAt: z.string().nullable().optional(),
  changedBy: z.string().nullable().optional(),
  /** The hub password is due for a change (three months since changedAt; seed 000). */
  rotationDue: z.boolean().optional(),
});

export const exchangeConfigureHub = defineOperation({
  name: 'exchange.configureHub',
  kind: 'command',
  sensitive: true,
  input: z
    .object({
      url: z
        .string({ error: 'Thiếu địa chỉ trục (url).' })
        .url({ error: 'Địa chỉ trục (url) không hợp lệ.' })
        .refine((u) => /^https?:\/\//i.test(u), { error: 'Địa chỉ trục phải bắt đầu bằng http:// hoặc https://.' }),
      systemId: z.string({ error: 'Thiếu mã hệ thống (systemId).' }).trim().min(1, { error: 'Thiếu mã hệ thống (systemId).' }).max(100),
      secret: z.string({ error: 'Thiếu khóa bí mật của trục.' }).min(1, { error: 'Khóa bí mật của trục không được để trống.' }).max(1000),
    })
    .strict(),
  output: HubInfoSchema,
  summary: 'Records the hub endpoint and credentials (secret sealed by the secret box).',
});

export const exchangeHubInfo = defineOperation({
  name: 'exchange.hubInfo',
  kind: 'query',
  input: z.object({}).strict(),
  output: HubInfoSchema,
  summary: 'Whether a hub is configured, and where (never the secret).',
});

export const SyncResultSchema = z.object({
  sent: z.number().int(),
  received: z.number().int(),
  statuses: z.number().int(),
  errors: z.array(z.object({ id: z.string().optional(), kind: z.string(), message: z.string() })),
});
export type SyncResult = z.output<typeof SyncResultSchema>;

export const exchangeSync = defineOperation({
  name: 'exchange.sync',
  kind: 'command',
  input: z
    .object({
      concurrency: z.number().int().min(1).max(32).optional(),
      /** Retry backoff (first delay and cap); defaults 5 s and 10 min. */
      retryBaseMs: z.number().int().min(10).max(3_600_000).optional(),
      retryCapMs: z.number().int().min(10).max(86_400_000).optional(),
    })
    .strict(),
  output: SyncResultSchema,
  summary: 'One sync cycle: fetch and store incoming packets (then acknowledge), then drain the outbox.',
});

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

export const exchangeSendEntry = defineOperation({
  name: 'exchange.sendEntry',
  kind: 'command',
  input: z
    .object({
      entryId: IdSchema,
      /** Mã định danh of each recipient, as in the cached hub directory (exchange.listAgencies). */
      to: z
        .array(AgencyCodeSchema, { error: 'Nơi nhận (to) phải là danh sách mã định danh cơ quan.' })
        .min(1, { error: 'Cần ít nhất một nơi nhận (to).' })
        .max(2000, { error: 'Tối đa 2000 nơi nhận.' }),
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
  input: z.object({ id: IdSchema, reason: z.string().trim().min(1, { error: 'Cần ghi lý do từ chối.' }).max(2000) }).strict(),
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
    .object({ documentId: IdSchema, reason: z.string().trim().min(1, { error: 'Cần ghi lý do lấy lại văn bản.' }).max(2000) })
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

export const AgencyEntrySchema = z.object({
  code: z.string(),
  name: z.string(),
  mail: z.string().nullable(),
  parentId: z.string().nullable(),
});

export const exchangeListAgencies = defineOperation({
  name: 'exchange.listAgencies',
  kind: 'query',
  input: z.object({ query: z.string().max(200).optional(), limit: z.number().int().min(1).max(5000).default(50) }).strict(),
  output: z.array(AgencyEntrySchema),
  summary: 'The cached hub agency directory, searched by folded name or code (works offline).',
});

export const exchangeRefreshAgencies = defineOperation({
  name: 'exchange.refreshAgencies',
  kind: 'command',
  input: z.object({}).strict(),
  output: z.object({ count: z.number().int() }),
  summary: 'Fetches the agency directory from the hub into the local cache.',
});

export const exchangeSaveSettings = defineOperation({
  name: 'exchange.saveSettings',
  kind: 'command',
  input: z.object({ revokeAnswer: z.enum(['15-16', '03-02']) }).strict(),
  output: z.object({ revokeAnswer: z.enum(['15-16', '03-02']) }),
  summary: 'Which status pair answers a revoke packet (sources disagree; default 15/16).',
});

const ReasonSchema = (what: string) =>
  z
    .string({ error: `Cần ghi lý do ${what}.` })
    .trim()
    .min(1, { error: `Cần ghi lý do ${what}.` })
    .max(2000, { error: 'Lý do tối đa 2000 ký tự.' });

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
    z.object({ sha256: z.string(), role: z.enum(['main', 'attachment']), name: z.string(), mediaType: z.string(), withheld: z.boolean() }),
  ),
  Links: z.array(z.object({ from: z.string(), to: z.string(), kind: z.enum(['replaces', 'updates', 'answers']) })),
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

export const exchangeOperations = [
  exchangeParsePacket,
  exchangeBuildPacket,
  exchangeConfigureHub,
  exchangeHubInfo,
  exchangeSync,
  exchangeSendDocument,
  exchangeSendEntry,
  exchangeRegisterIncoming,
  exchangeListOutbox,
  exchangeRetryOutbox,
  exchangeListInbox,
  exchangeRefuseIncoming,
  exchangeReportProgress,
  exchangeRequestTakeBack,
  exchangeAnswerChange,
  exchangeDeliveries,
  exchangeListAgencies,
  exchangeRefreshAgencies,
  exchangeSaveSettings,
  exchangeAnswerRequest,
  exchangeRecallEntry,
  exchangeTakeBackEntry,
  exchangeReplaceEntry,
  exchangeEntryFiles,
  exchangeEntryDeliveries,
  exchangeRecipientChannels,
] as const;

export const exchangeStatusChanged = defineEvent({
  name: 'exchange.statusChanged',
  payload: z.object({ DocumentId: z.string(), OrganId: z.string(), StatusCode: z.string(), At: z.string() }),
  summary: 'A recipient reported a status for one of our outgoing documents.',
});

export const exchangeDocumentReceived = defineEvent({
  name: 'exchange.documentReceived',
  payload: z.object({ id: z.string(), DocumentId: z.string().nullable(), Subject: z.string().nullable(), From: z.string().nullable() }),
  summary: 'An electronic document arrived and waits to be registered.',
});

export const exchangeQueueChanged = defineEvent({
  name: 'exchange.queueChanged',
  payload: z.object({ pending: z.number().int(), failed: z.number().int(), stuck: z.number().int(), online: z.boolean() }),
  summary: 'The outgoing queue changed (for the offline indicator).',
});

export const exchangeEvents = [exchangeStatusChanged, exchangeDocumentReceived, exchangeQueueChanged] as const;
