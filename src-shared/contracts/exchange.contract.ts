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
import { EdocBuildInputSchema, ParsedPacketSchema, StatusBuildInputSchema } from './exchange-model.contract';

import {
  exchangeAnswerRequest,
  exchangeEntryDeliveries,
  exchangeEntryFiles,
  exchangeRecallEntry,
  exchangeRecipientChannels,
  exchangeReplaceEntry,
  exchangeSendEntry,
  exchangeTakeBackEntry,
} from './exchange-entry.contract';
import {
  exchangeAnswerChange,
  exchangeDeliveries,
  exchangeListInbox,
  exchangeListOutbox,
  exchangeRefuseIncoming,
  exchangeRegisterIncoming,
  exchangeReportProgress,
  exchangeRequestTakeBack,
  exchangeRetryOutbox,
  exchangeSendDocument,
} from './exchange-queue.contract';
import { inputText } from './input-text';

export * from './exchange-model.contract';
export * from './exchange-queue.contract';
export * from './exchange-entry.contract';

const PathSchema = z
  .string({ error: inputText('input.pathMissing') })
  .min(1, { error: inputText('input.pathMissing') })
  .max(4096);

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
        .string({ error: inputText('input.hubUrlMissing') })
        .url({ error: inputText('input.hubUrlInvalid') })
        .refine((u) => /^https?:\/\//i.test(u), { error: inputText('input.hubUrlScheme') }),
      systemId: z
        .string({ error: inputText('input.systemIdMissing') })
        .trim()
        .min(1, { error: inputText('input.systemIdMissing') })
        .max(100),
      secret: z
        .string({ error: inputText('input.hubSecretMissing') })
        .min(1, { error: inputText('input.hubSecretBlank') })
        .max(1000),
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
