import { createHash } from 'node:crypto';
import { immediate } from './exchange-tx';
import fs from 'node:fs';
import path from 'node:path';
import { writeDurable } from '../../core/durable-file';
import {
  STATUS_DESCRIPTIONS,
  type EdocBuildInput,
  type StatusBuildInput,
  type StatusCode,
} from '../../../src-shared/contracts/exchange-model.contract';
import type { OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import { toVnIso } from '../../../src-shared/domain';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import { buildEdocPacket } from './edxml/edoc-builder';
import { buildStatusPacket } from './edxml/status-builder';
import type { ExchangeFiles } from './exchange-files';
import type { OutboxRepo, OutboxRow } from './outbox.repo';
import type { StatusLogRepo } from './status-log.repo';

/** A packet already durable in the file store, ready to be queued inside a transaction. */
export interface PreparedPacket {
  id: string;
  kind: 'edoc' | 'status';
  documentId: string;
  statusCode: StatusCode | null;
  businessType: number | null;
  fromOrgan: string;
  recipients: { OrganId: string; OrganName: string }[];
  title: string;
  notation: string | null;
  sha256: string;
  size: number;
  /** For statuses: what goes into our own status history. */
  statusAt: string | null;
  description: string | null;
  /** Urgency rank (see priorityRank); a status takes its document's when absent. */
  priority?: number;
}

/** edXML OtherInfo.Priority (0 Thường … 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ) → queue rank 0…3. */
export const priorityRank = (edxmlPriority: number | null | undefined): number => Math.max(0, Math.min(3, edxmlPriority ?? 0));

export const STUCK_AFTER_ATTEMPTS = 8;

export function toOutboxItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    kind: r.kind,
    DocumentId: r.documentId,
    StatusCode: r.statusCode,
    BussinessDocType: r.businessType,
    Title: r.title,
    Notation: r.notation,
    Recipients: JSON.parse(r.recipients) as string[],
    State: r.state,
    Attempts: r.attempts,
    Stuck: (r.state === 'pending' || r.state === 'sending') && r.attempts >= STUCK_AFTER_ATTEMPTS,
    LastError: r.lastError,
    NextAttemptAt: r.state === 'sent' || r.state === 'failed' ? null : toVnIso(r.nextAttemptAt),
    HubDocId: r.hubDocId,
    CreatedAt: r.createdAt,
    SentAt: r.sentAt,
  };
}

/**
 * The writing side of the outbox. Packets are built into the file store first (slow, async,
 * outside any transaction); `enqueue` then writes the outbox row, the delivery rows and our own
 * status history synchronously, so a caller (the register issuing a document, the inbox storing an
 * arrival) can do it inside its own `db.transaction` together with its business change.
 */
export function createOutboxService(deps: {
  db: Db;
  repo: OutboxRepo;
  log: StatusLogRepo;
  files: ExchangeFiles;
  clock: Clock;
  logger: Logger;
  newId: () => string;
}) {
  const { repo, files, clock } = deps;

  async function prepareDocument(input: EdocBuildInput): Promise<PreparedPacket> {
    const id = deps.newId();
    const tmp = path.join(files.tmp, `${id}.edxml`);
    const built = await buildEdocPacket(input, tmp, { now: clock.now(), tempDir: files.tmp, newId: deps.newId });
    await files.put(tmp, built.sha256);
    const h = built.header;
    return {
      id,
      kind: 'edoc',
      documentId: h.DocumentId,
      statusCode: null,
      businessType: built.bussiness.BussinessDocType,
      fromOrgan: h.From.OrganId,
      recipients: h.To.map((t) => ({ OrganId: t.OrganId, OrganName: t.OrganName })),
      title: h.Subject,
      notation: `${h.Code.CodeNumber}/${h.Code.CodeNotation}`,
      sha256: built.sha256,
      size: built.size,
      statusAt: null,
      description: null,
      priority: priorityRank(h.OtherInfo.Priority),
    };
  }

  function statusPacket(input: StatusBuildInput): {
    xml: string;
    sha256: string;
    finish: (sha256: string, size: number) => PreparedPacket;
  } {
    const now = clock.now();
    const timestamp = input.Timestamp ?? toVnIso(now);
    const xml = buildStatusPacket({ ...input, Timestamp: timestamp }, now);
    const sha256 = createHash('sha256').update(xml).digest('hex');
    const rf = input.ResponseFor;
    const description = input.Description ?? STATUS_DESCRIPTIONS[input.StatusCode];
    return {
      xml,
      sha256,
      finish: (hash, size) => ({
        id: deps.newId(),
        kind: 'status',
        documentId: rf.DocumentId ?? '',
        statusCode: input.StatusCode,
        businessType: null,
        fromOrgan: input.From.OrganId,
        recipients: [{ OrganId: rf.OrganId ?? '', OrganName: '' }],
        title: description,
        notation: rf.Code ?? null,
        sha256: hash,
        size,
        statusAt: toVnIso(timestamp),
        description,
      }),
    };
  }

  /**
   * Builds a status packet into the store synchronously, so a caller can do it right before its own
   * synchronous transaction (the register's onIncomingRegistered).
   */
  function prepareStatus(input: StatusBuildInput): PreparedPacket {
    const { xml, sha256, finish } = statusPacket(input);
    const dest = files.pathOf(sha256);
    if (!fs.existsSync(dest)) {
      const tmp = path.join(files.tmp, `${deps.newId()}.edxml`);
      writeDurable(tmp, xml);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.renameSync(tmp, dest);
    }
    return finish(sha256, Buffer.byteLength(xml));
  }

  /** The same, with the fsync off the main thread (the receiver stores several packets at once). */
  async function prepareStatusAsync(input: StatusBuildInput): Promise<PreparedPacket> {
    const { xml, sha256, finish } = statusPacket(input);
    if (!files.has(sha256)) {
      const tmp = path.join(files.tmp, `${deps.newId()}.edxml`);
      await fs.promises.writeFile(tmp, xml);
      await files.put(tmp, sha256);
    }
    return finish(sha256, Buffer.byteLength(xml));
  }

  /** Writes the queue rows for a prepared packet. Synchronous; run it inside the business transaction. */
  function enqueue(p: PreparedPacket): OutboxRow {
    const now = clock.now();
    repo.insert({
      id: p.id,
      kind: p.kind,
      documentId: p.documentId,
      orderKey: p.documentId || p.id,
      statusCode: p.statusCode,
      businessType: p.businessType,
      fromOrgan: p.fromOrgan,
      recipients: JSON.stringify(p.recipients.map((r) => r.OrganId)),
      title: p.title,
      notation: p.notation,
      packetSha256: p.sha256,
      packetSize: p.size,
      // A status moves with its document: Hỏa tốc's 01/03/15 go ahead of a Thường backlog too.
      priority: p.priority ?? repo.chainPriority(p.documentId),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now.getTime(),
      createdAt: toVnIso(now),
    });
    // A replacement (3) is a document of its own: its recipients get delivery rows and statuses too.
    if (p.kind === 'edoc' && (p.businessType === 0 || p.businessType === 3)) {
      repo.insertDeliveries(
        p.recipients.map((r) => ({
          documentId: p.documentId,
          organId: r.OrganId,
          organName: r.OrganName,
          outboxId: p.id,
          updatedAt: toVnIso(now),
        })),
      );
    }
    if (p.kind === 'status' && p.statusCode) {
      // A 13 goes to every recipient of our document; other statuses to the document's issuer.
      for (const r of p.recipients)
        deps.log.record({
          direction: 'out',
          documentId: p.documentId,
          organId: r.OrganId,
          statusCode: p.statusCode,
          description: p.description ?? '',
          statusAt: p.statusAt ?? toVnIso(now),
          recordedAt: toVnIso(now),
          sourceId: p.id,
        });
    }
    return repo.byId(p.id)!;
  }

  return {
    prepareDocument,
    prepareStatus,
    prepareStatusAsync,
    enqueue,
    /** Builds and queues a document packet in one go (its own transaction). */
    async sendDocument(input: EdocBuildInput): Promise<OutboxItem> {
      const prepared = await prepareDocument(input);
      const row = immediate(deps.db, () => enqueue(prepared));
      deps.logger.info('document queued', { id: row.id, documentId: row.documentId, recipients: prepared.recipients.length });
      return toOutboxItem(row);
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
