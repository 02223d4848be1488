import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { EdocBuildInput, ParsedPacket, StatusBuildInput } from '../../../src-shared/contracts/exchange-model.contract';
import type { InboxItem, OutboxItem, SyncResult } from '../../../src-shared/contracts/exchange.contract';
import { foldVietnamese, toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import { buildEdocPacket, canonicalDocumentId } from './edxml/edoc-builder';
import { discardAttachments, parseEdxmlFile } from './edxml/edxml-parser';
import { buildStatusPacket } from './edxml/status-builder';
import { ExchangeFiles } from './exchange-files';
import { createExchangeSettingsRepo, type RevokeAnswer } from './exchange-settings.repo';
import type { HubTransport } from './hub/hub-transport';
import { VdxpAdapter } from './hub/vdxp-adapter';
import { createInboxRepo, toInboxItem } from './inbox.repo';
import { createOutboxRepo } from './outbox.repo';
import { createOutboxService, toOutboxItem, type PreparedPacket } from './outbox.service';
import { createEntryExchange, type BeforeRelease } from './entry-exchange.service';
import { createEntryLinksRepo } from './entry-links.repo';
import { createEntryRequests } from './entry-requests.service';
import type { RegisterPort } from './register-port';
import { immediate } from './exchange-tx';
import type { SecretBox } from './secret-box';
import { createStatusFeedback } from './status-feedback.service';
import { createStatusLogRepo } from './status-log.repo';
import type { AttachmentCheck, MainPdfCheck } from './sync-receiver';
import { createSyncEngine, type SyncOptions } from './sync.engine';

export interface HubCredentials {
  url: string;
  systemId: string;
  secret: string;
}

export type HubTransportFactory = (creds: HubCredentials, clock: Clock) => HubTransport;

export const vdxpTransportFactory: HubTransportFactory = (c, clock) =>
  new VdxpAdapter({ endpoint: c.url, systemId: c.systemId, secret: c.secret }, clock);

export interface ExchangeDeps {
  db: Db;
  dataDir: string;
  clock: Clock;
  logger: Logger;
  events: EventBus | null;
  secretBox: SecretBox;
  agency: { getProfile(): AgencyProfile | null };
  transportFactory?: HubTransportFactory;
  /** Antivirus check of incoming attachments, wired when that capability exists. */
  checkAttachment?: AttachmentCheck;
  /** Signature verdict of an incoming document's main PDF (the signing verifier). */
  checkMainPdf?: MainPdfCheck;
  /** Tells the workflow an incoming entry was recalled (its thu hồi step). */
  onRecalled?: (entryId: string, reason: string) => void;
  /** The register and its file store (exchange.sendEntry / registerIncoming); absent in exchange-only setups. */
  register?: RegisterPort;
  /** Checks before an entry leaves (safety/release-gate: no mật, confirmation, antivirus); returns warnings. */
  beforeRelease?: BeforeRelease;
  random?: () => number;
  newId?: () => string;
}

/**
 * The exchange capability (liên thông): edXML codec, hub transport, outbox, inbox, status feedback
 * and sync, behind one object. The register calls `prepareDocument` + `enqueue` (inside its own
 * transaction) when it issues an electronic document, and `onIncomingRegistered` when it gives an
 * electronic document its số đến.
 */
/** Days after which the hub password is due for a change (seed 000: every three months). */
const HUB_ROTATION_DAYS = 90;

export function createExchange(deps: ExchangeDeps) {
  const newId = deps.newId ?? randomUUID;
  const random = deps.random ?? Math.random;
  const logger = deps.logger;
  const files = new ExchangeFiles(deps.dataDir);
  const settings = createExchangeSettingsRepo(deps.db, logger);
  const outboxRepo = createOutboxRepo(deps.db);
  const inbox = createInboxRepo(deps.db);
  const log = createStatusLogRepo(deps.db);
  const outbox = createOutboxService({ db: deps.db, repo: outboxRepo, log, files, clock: deps.clock, logger, newId });
  const feedback = createStatusFeedback({ db: deps.db, inbox, outbox, settings, agency: deps.agency, clock: deps.clock, logger });
  const factory = deps.transportFactory ?? vdxpTransportFactory;
  const links = createEntryLinksRepo(deps.db);
  const entries = createEntryExchange({
    db: deps.db,
    links,
    inbox,
    outboxRepo,
    outbox,
    feedback,
    log,
    files,
    agency: deps.agency,
    register: deps.register,
    ...(deps.beforeRelease ? { beforeRelease: deps.beforeRelease } : {}),
    events: deps.events,
    clock: deps.clock,
    logger,
  });

  const requests = createEntryRequests({
    db: deps.db,
    inbox,
    outboxRepo,
    outbox,
    feedback,
    log,
    links,
    files,
    agency: deps.agency,
    register: deps.register,
    clock: deps.clock,
    logger,
    onRecalled: deps.onRecalled,
  });

  function credentials(): HubCredentials {
    const cfg = settings.hub();
    if (!cfg) throw appError('exchange.hubNotConfigured');
    return { url: cfg.url, systemId: cfg.systemId, secret: deps.secretBox.open(cfg.secretSealed) };
  }

  const engine = createSyncEngine({
    dataDir: deps.dataDir,
    clock: deps.clock,
    logger,
    events: deps.events,
    outboxRepo,
    openTransport: () => factory(credentials(), deps.clock),
    receiveCtx: (transport, result, maxItems) => ({
      db: deps.db,
      inbox,
      outboxRepo,
      outbox,
      log,
      feedback,
      files,
      transport,
      clock: deps.clock,
      logger,
      events: deps.events,
      newId,
      result,
      maxItems,
      acked: [],
      checkAttachment: deps.checkAttachment,
      checkMainPdf: deps.checkMainPdf,
    }),
    sendCtx: { db: deps.db, repo: outboxRepo, files, clock: deps.clock, logger, random },
    sweep: () => files.sweepTmp(deps.clock.now().getTime()),
  });

  const hubInfo = () => {
    const cfg = settings.hub();
    const changedAt = cfg?.changedAt ?? null;
    // Seed 000: the hub password is changed every three months; the reminder shows from then on.
    const rotationDue = changedAt !== null && deps.clock.now().getTime() - Date.parse(changedAt) >= HUB_ROTATION_DAYS * 86_400_000;
    return {
      configured: cfg !== null,
      url: cfg?.url ?? null,
      systemId: cfg?.systemId ?? null,
      secretStorage: cfg?.box ?? null,
      changedAt,
      changedBy: cfg?.changedBy ?? null,
      rotationDue,
    };
  };

  return {
    files,
    prepareDocument: outbox.prepareDocument,
    enqueue: outbox.enqueue,
    /** Queues several prepared packets in one transaction (a document to many recipients, imports). */
    enqueueMany: (packets: PreparedPacket[]) => immediate(deps.db, () => packets.map((p) => outbox.enqueue(p))),
    onIncomingRegistered: feedback.onIncomingRegistered,

    async parsePacket(file: string, extractTo?: string): Promise<ParsedPacket> {
      const parsed = await parseEdxmlFile(file, { tempDir: files.tmp, newId });
      if (parsed.kind === 'edoc') {
        if (extractTo) fs.mkdirSync(extractTo, { recursive: true });
        for (const a of parsed.Attachments) {
          if (extractTo && a.path) {
            const dest = path.join(extractTo, path.basename(a.AttachmentName.replace(/[\\/:*?"<>|]/g, '_')) || a.sha256);
            fs.copyFileSync(a.path, dest);
            fs.rmSync(a.path, { force: true });
            a.path = dest;
          }
        }
        if (!extractTo) {
          await discardAttachments(parsed);
          for (const a of parsed.Attachments) a.path = undefined;
        }
      }
      return parsed;
    },

    async buildPacket(packet: EdocBuildInput | StatusBuildInput, out: string) {
      if ('StatusCode' in packet) {
        const xml = buildStatusPacket(packet, deps.clock.now());
        fs.writeFileSync(out, xml);
        return {
          path: out,
          size: Buffer.byteLength(xml),
          sha256: createHash('sha256').update(xml).digest('hex'),
          kind: 'status' as const,
          DocumentId: packet.ResponseFor.DocumentId ?? '',
        };
      }
      const built = await buildEdocPacket(packet, out, { now: deps.clock.now(), tempDir: files.tmp, newId });
      return { path: out, size: built.size, sha256: built.sha256, kind: 'edoc' as const, DocumentId: built.header.DocumentId };
    },

    configureHub(input: HubCredentials, actor?: string) {
      const at = toVnIso(deps.clock.now());
      settings.saveHub(
        {
          url: input.url,
          systemId: input.systemId,
          secretSealed: deps.secretBox.seal(input.secret),
          box: deps.secretBox.kind,
          changedAt: at,
          ...(actor ? { changedBy: actor } : {}),
        },
        at,
      );
      logger.info('hub configured', { url: input.url, systemId: input.systemId });
      return hubInfo();
    },
    hubInfo,

    async sync(opts: SyncOptions = {}): Promise<SyncResult> {
      const result = await engine.syncOnce(opts);
      // The outage indicator shows the last cycle that reached the hub (CLI and background alike).
      if (!result.errors.some((e) => e.kind === 'Offline')) settings.saveLastSync(toVnIso(deps.clock.now()));
      return result;
    },
    /** When a sync cycle last reached the hub (ISO, Vietnam time), or null. */
    lastSync: (): string | null => settings.lastSync(),

    sendDocument: outbox.sendDocument,
    sendEntry: entries.sendEntry,
    registerIncoming: entries.registerIncoming,
    entryFiles: requests.entryFiles,
    recallEntry: requests.recallEntry,
    takeBackEntry: requests.takeBackEntry,
    replaceEntry: requests.replaceEntry,
    answerRequest: requests.answerRequest,
    recipientChannels: requests.recipientChannels,
    entryDeliveries(entryId: string) {
      const entry = deps.register?.entry(entryId);
      if (!entry) throw appError('register.entryNotFound', { id: entryId }, { entryId });
      return this.deliveries(requests.documentIdOf(entry));
    },
    /** Inbox documents still "new" whose DocumentId the register already holds (start-up repair). */
    newButRegistered: () => inbox.newButRegistered(),

    listOutbox(f: { state?: OutboxItem['State']; documentId?: string; limit: number }): OutboxItem[] {
      return outboxRepo.list(f).map(toOutboxItem);
    },

    retryOutbox(id: string): OutboxItem {
      const row = outboxRepo.byId(id);
      if (!row) throw appError('exchange.outboxNotFound', { id }, { id });
      if (row.state === 'sent') throw appError('exchange.alreadySent', undefined, { id });
      outboxRepo.retry(id, deps.clock.now().getTime());
      return toOutboxItem(outboxRepo.byId(id)!);
    },

    listInbox(f: { kind?: 'edoc' | 'status'; states?: string[]; limit: number }): InboxItem[] {
      return inbox.list(f).map((r) => toInboxItem(r, (h) => files.pathOf(h), inbox.concernsOf));
    },

    refuseIncoming(id: string, reason: string): InboxItem {
      return toInboxItem(feedback.refuse(id, reason), (h) => files.pathOf(h), inbox.concernsOf);
    },
    reportProgress: feedback.reportProgress,
    /** The inbox state of an incoming hub document ('registered' once it has its số đến); null when it did not come through the hub. */
    incomingState: (documentId: string): string | null => inbox.incomingDocument(documentId)?.state ?? null,
    requestTakeBack(documentId: string, reason: string): OutboxItem {
      const recipients = outboxRepo.deliveries(documentId).map((d) => ({ OrganId: d.organId, OrganName: d.organName }));
      const doc = outboxRepo.list({ documentId, limit: 1000 }).find((o) => o.kind === 'edoc');
      return feedback.requestTakeBack(documentId, reason, recipients, doc?.notation ?? null);
    },
    answerChange(id: string, accept: boolean, reason?: string): InboxItem {
      return toInboxItem(feedback.answerChange(id, accept, reason), (h) => files.pathOf(h), inbox.concernsOf);
    },

    deliveries(documentId: string) {
      const recipients = outboxRepo.deliveries(documentId);
      if (recipients.length === 0) throw appError('exchange.outgoingNotFound', { documentId }, { documentId });
      return {
        DocumentId: documentId,
        Recipients: recipients.map((r) => ({
          OrganId: r.organId,
          OrganName: r.organName,
          LatestCode: r.latestCode as never,
          LatestAt: r.latestAt,
        })),
        History: log.history(documentId).map((h) => ({
          direction: h.direction,
          OrganId: h.organId,
          StatusCode: h.statusCode,
          Description: h.description,
          At: h.statusAt,
        })),
      };
    },

    /**
     * Read-only, for the post book: the hub deliveries of a registered outgoing entry (which of its
     * Nơi nhận were served electronically), found by the DocumentId `sendEntry` gives it. A delivery
     * whose last status is 02 (returned / refused by the recipient) did not serve it: that recipient
     * goes to the paper list.
     */
    hubDeliveriesOf(entry: { IssuedDate: string | null; CodeNumber: string | null; CodeNotation: string | null }) {
      const me = deps.agency.getProfile();
      if (!me || !entry.IssuedDate || !entry.CodeNumber || !entry.CodeNotation) return [];
      return outboxRepo
        .deliveries(canonicalDocumentId(me.code, entry.IssuedDate, entry.CodeNumber, entry.CodeNotation))
        .filter((d) => d.latestCode !== '02')
        .map((d) => ({ organId: d.organId, organName: d.organName }));
    },

    listAgencies(query: string | undefined, limit: number) {
      return log
        .searchAgencies(foldVietnamese(query ?? ''), limit)
        .map((a) => ({ code: a.code, name: a.name, mail: a.mail, parentId: a.parentId }));
    },

    async refreshAgencies(): Promise<{ count: number }> {
      const transport = factory(credentials(), deps.clock);
      try {
        const list = await transport.getAgenciesList();
        const at = toVnIso(deps.clock.now());
        log.replaceAgencies(
          list.map((a) => ({
            code: a.code,
            name: a.name,
            searchKey: foldVietnamese(`${a.name} ${a.code}`),
            mail: a.mail,
            parentId: a.pid,
            oldCode: a.oldCode,
            updatedAt: at,
          })),
        );
        return { count: list.length };
      } finally {
        transport.close();
      }
    },

    saveSettings(revokeAnswer: RevokeAnswer) {
      settings.saveRevokeAnswer(revokeAnswer, toVnIso(deps.clock.now()));
      return { revokeAnswer };
    },
  };
}

export type Exchange = ReturnType<typeof createExchange>;
