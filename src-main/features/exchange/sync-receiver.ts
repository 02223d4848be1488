import fs from 'node:fs';
import { immediate } from './exchange-tx';
import path from 'node:path';
import type { EdocPacket, ParsedPacket, StatusPacket } from '../../../src-shared/contracts/exchange-model.contract';
import type { InboxAntivirus, InboxSignature, SyncResult } from '../../../src-shared/contracts/exchange.contract';
import { toVnIso } from '../../../src-shared/domain';
import { AppError, appError, errorAround } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import { discardAttachments, parseEdxmlFile } from './edxml/edxml-parser';
import type { ExchangeFiles } from './exchange-files';
import { hubFailureOf, type HubTransport, type MessageType, type ReceivedItem } from './hub/hub-transport';
import type { InboxRepo, InboxRow, NewInboxRow } from './inbox.repo';
import type { OutboxRepo } from './outbox.repo';
import { packetCode } from './packet-code';
import { priorityRank, type OutboxService, type PreparedPacket } from './outbox.service';
import type { StatusFeedback } from './status-feedback.service';
import { runPool } from './sync-sender';
import { STATUS_RANK, type StatusLogRepo } from './status-log.repo';

/** An attachment's antivirus answer: refused (infected, or no scanner under a "block" policy) or let in, with what was checked. */
export interface AttachmentVerdict {
  refusal: AppError | string | null;
  verdict: 'clean' | 'unavailable';
  engine: string | null;
  warning: string | null;
}
/** An error (or a bare string: the simple form tests use) is a refusal reason and null a clean file. */
export type AttachmentCheck = (file: string, name: string) => Promise<AppError | string | null | AttachmentVerdict>;
/** The signature verdict of an incoming document's main PDF (the signing verifier with its trusted roots). */
export type MainPdfCheck = (bytes: Uint8Array) => Promise<InboxSignature>;

const isPdfName = (a: { AttachmentName: string; ContentType: string }) =>
  a.ContentType === 'application/pdf' || /\.pdf$/i.test(a.AttachmentName);
/** The main document of a packet: its first PDF (by type or name), else its first file. */
export const mainAttachmentIndex = (list: { AttachmentName: string; ContentType: string }[]): number => {
  const i = list.findIndex(isPdfName);
  return i >= 0 ? i : list.length > 0 ? 0 : -1;
};

export interface ReceiveCtx {
  db: Db;
  inbox: InboxRepo;
  outboxRepo: OutboxRepo;
  outbox: OutboxService;
  log: StatusLogRepo;
  feedback: StatusFeedback;
  files: ExchangeFiles;
  transport: HubTransport;
  clock: Clock;
  logger: Logger;
  events: EventBus | null;
  newId: () => string;
  result: SyncResult;
  maxItems: number;
  /** Antivirus check of a decoded attachment: a refusal reason, or null / a verdict to accept. */
  checkAttachment?: AttachmentCheck | undefined;
  /** Signature verdict of the main PDF, stored on the inbox row before the clerk decides. */
  checkMainPdf?: MainPdfCheck | undefined;
  /** Acks done in this phase, written to the inbox in one transaction (flushAcks). */
  acked: { id: string; status: string; at: string }[];
}

/** Tells the hub `done`/`fail` for a stored row; a failure leaves it for the next cycle. */
async function ack(ctx: ReceiveCtx, id: string, hubDocId: string, status: 'done' | 'fail'): Promise<void> {
  try {
    await ctx.transport.updateStatus(hubDocId, status);
  } catch (err) {
    // A hub that refuses an ack it already has (not transient) would otherwise list the item forever.
    if (hubFailureOf(err) !== 'rejected') throw err;
    ctx.logger.warn('hub refused ack, treated as done', { hubDocId, error: (err as Error).message });
  }
  ctx.acked.push({ id, status, at: toVnIso(ctx.clock.now()) });
}

/**
 * Records the acks of a phase in one transaction. Losing them (a crash first) only means the hub
 * is told again next cycle, which is harmless, so they need not cost a disk flush each.
 */
function flushAcks(ctx: ReceiveCtx): void {
  const done = ctx.acked.splice(0);
  if (done.length) immediate(ctx.db, () => done.forEach((a) => ctx.inbox.markAcked(a.id, a.status, a.at)));
}

/**
 * Receives one message type: list, then for each packet fetch, parse, store, and only then
 * acknowledge. Rows stored by a run that died before its ack are acknowledged first. A packet that
 * cannot be read is kept as a `rejected` row with its reason (and, when the sender is known, a 02),
 * then acknowledged `fail`, so a bad packet never blocks the queue.
 */
export async function receivePhase(ctx: ReceiveCtx, messageType: MessageType, concurrency = 4): Promise<void> {
  // One flaky call must not stop the phase; several in a row mean the hub is unreachable.
  let consecutive = 0;
  let fatal: unknown = null;
  const guarded = async (work: () => Promise<void>) => {
    if (fatal) return;
    try {
      await work();
      consecutive = 0;
    } catch (err) {
      if (hubFailureOf(err) !== 'transient' || ++consecutive >= 8) fatal ??= err;
    }
  };
  try {
    for (const row of ctx.inbox.unacked(200)) {
      if (row.kind === messageType) await guarded(() => ack(ctx, row.id, row.hubDocId, row.ackStatus === 'fail' ? 'fail' : 'done'));
    }
    if (fatal) throw fatal;
    const list = (await ctx.transport.getReceivedEdocList(messageType)).sort(
      (a, b) => (a.createdTime ?? '').localeCompare(b.createdTime ?? '') || a.docId.localeCompare(b.docId),
    );
    // Packets are fetched and parsed concurrently; each store is one synchronous transaction.
    await runPool(list.slice(0, ctx.maxItems), concurrency, (item) => {
      const existing = ctx.inbox.byHubDocId(item.docId);
      return guarded(() =>
        existing
          ? ack(ctx, existing.id, existing.hubDocId, existing.ackStatus === 'fail' ? 'fail' : 'done')
          : fetchAndStore(ctx, item, messageType),
      );
    });
    if (fatal) throw fatal;
  } finally {
    flushAcks(ctx);
  }
}

async function fetchAndStore(ctx: ReceiveCtx, item: ReceivedItem, messageType: MessageType): Promise<void> {
  const tmp = path.join(ctx.files.tmp, `${ctx.newId()}.edxml`);
  const now = toVnIso(ctx.clock.now());
  const base: NewInboxRow = {
    id: ctx.newId(),
    hubDocId: item.docId,
    kind: messageType,
    state: 'rejected',
    receivedAt: now,
    fromOrgan: item.from,
  };
  let downloaded: { sha256: string } | null = null;
  try {
    downloaded = await ctx.transport.getEdoc(item.docId, tmp);
  } catch (err) {
    if (hubFailureOf(err) !== 'rejected') throw err;
    ctx.inbox.insert({ ...base, error: (err as Error).message, ackStatus: 'fail' });
    ctx.result.errors.push({ id: base.id, kind: 'Validation', message: (err as Error).message });
    await ack(ctx, base.id, item.docId, 'fail');
    return;
  }
  let parsed: ParsedPacket | null = null;
  try {
    const stored = await ctx.files.put(tmp, downloaded.sha256);
    base.packetSha256 = stored.sha256;
    try {
      parsed = await parseEdxmlFile(stored.path, { tempDir: ctx.files.tmp, newId: ctx.newId });
    } catch (err) {
      if (!(err instanceof AppError) || err.kind !== 'Validation') throw err;
      rejectPacket(ctx, base, err);
      await ack(ctx, base.id, item.docId, 'fail');
      return;
    }
    if (parsed.kind === 'edoc') {
      const checked = await checkAttachments(ctx, parsed);
      const refusal = checked instanceof AppError ? checked : await checkMain(ctx, parsed, base);
      if (refusal) {
        rejectPacket(ctx, base, refusal);
        await ack(ctx, base.id, item.docId, 'fail');
        return;
      }
      if (!(checked instanceof AppError)) base.antivirus = JSON.stringify(checked);
      await storeEdoc(ctx, base, parsed);
    } else storeStatus(ctx, base, parsed);
  } finally {
    fs.rmSync(tmp, { force: true });
    if (parsed) await discardAttachments(parsed);
  }
  await ack(ctx, base.id, item.docId, base.ackStatus === 'fail' ? 'fail' : 'done');
}

const whoSent = (p: EdocPacket) => {
  const h = p.MessageHeader;
  return {
    packet: {
      fromOrgan: h.From.OrganId,
      documentId: h.DocumentId,
      code: packetCode(h.Code),
      promulgationDate: h.PromulgationInfo.PromulgationDate,
    },
  };
};

/** Runs the injected antivirus check on every attachment before anything is stored. */
async function checkAttachments(ctx: ReceiveCtx, p: EdocPacket): Promise<AppError | InboxAntivirus> {
  if (!ctx.checkAttachment) return { verdict: 'not-checked', engine: null, warning: 'Chưa nối phần mềm diệt virus cho liên thông.' };
  const warnings: string[] = [];
  let engine: string | null = null;
  let unavailable = false;
  for (const a of p.Attachments) {
    const answer = await ctx.checkAttachment(a.path!, a.AttachmentName);
    const v: AttachmentVerdict =
      answer === null || typeof answer === 'string' || answer instanceof AppError
        ? { refusal: answer, verdict: 'clean', engine: null, warning: null }
        : answer;
    if (v.refusal instanceof AppError)
      return errorAround('safety.attachmentRefused', v.refusal, { name: a.AttachmentName }, whoSent(p), 'Infected');
    if (v.refusal) return appError('safety.attachmentRefused', { name: a.AttachmentName, inner: v.refusal }, whoSent(p));
    engine ??= v.engine;
    if (v.verdict === 'unavailable') unavailable = true;
    if (v.warning) warnings.push(v.warning);
  }
  return { verdict: unavailable ? 'unavailable' : 'clean', engine, warning: warnings.length ? warnings.join(' ') : null };
}

/**
 * The main document: a file that calls itself a PDF must be one (else the packet is refused with a
 * 02 naming the file); its signatures are verified now so the clerk sees the verdict before deciding.
 */
async function checkMain(ctx: ReceiveCtx, p: EdocPacket, base: NewInboxRow): Promise<AppError | null> {
  const i = mainAttachmentIndex(p.Attachments);
  const main = i >= 0 ? p.Attachments[i]! : undefined;
  if (!main || !isPdfName(main)) {
    base.signature = JSON.stringify({ state: 'not-checked', text: 'Gói tin không có tệp PDF chính để kiểm tra chữ ký.', signers: [] });
    return null;
  }
  const bytes = await fs.promises.readFile(main.path!);
  if (!/%PDF-\d\.\d/.test(bytes.subarray(0, 1024).toString('latin1')))
    return appError('exchange.mainNotPdf', { name: main.AttachmentName }, whoSent(p));
  let verdict: InboxSignature = { state: 'not-checked', text: 'Chưa nối bộ kiểm tra chữ ký số cho liên thông.', signers: [] };
  if (ctx.checkMainPdf) {
    try {
      verdict = await ctx.checkMainPdf(bytes);
    } catch (err) {
      verdict = { state: 'damaged', text: `Không kiểm tra được chữ ký: ${(err as Error).message}`, signers: [] };
    }
  }
  base.signature = JSON.stringify(verdict);
  return null;
}

/** Keeps a refused packet's reason; sends 02 when the codec could still tell who sent which document. */
function rejectPacket(ctx: ReceiveCtx, base: NewInboxRow, err: AppError): void {
  const who = err.details?.packet as
    { fromOrgan?: string; documentId?: string; code?: string; promulgationDate?: string | null } | undefined;
  let reply: PreparedPacket | null = null;
  if (who?.fromOrgan && who.documentId) {
    try {
      reply = ctx.feedback.prepare(
        { fromOrgan: who.fromOrgan, documentId: who.documentId, code: who.code ?? null, promulgationDate: who.promulgationDate ?? null },
        '02',
        `Gói tin bị từ chối: ${err.message}`,
      );
    } catch {
      reply = null;
    }
  }
  immediate(ctx.db, () => {
    ctx.inbox.insert({
      ...base,
      state: 'rejected',
      error: err.message,
      ackStatus: 'fail',
      fromOrgan: who?.fromOrgan ?? base.fromOrgan,
      documentId: who?.documentId ?? null,
    });
    if (reply) ctx.outbox.enqueue(reply);
  });
  base.ackStatus = 'fail';
  ctx.result.errors.push({ id: base.id, kind: err.kind, message: err.message });
  ctx.logger.warn('incoming packet rejected', { id: base.id, hubDocId: base.hubDocId, error: err.message });
}

async function storeEdoc(ctx: ReceiveCtx, base: NewInboxRow, p: EdocPacket): Promise<void> {
  const h = p.MessageHeader;
  const attachments = [];
  for (const a of p.Attachments) {
    const stored = await ctx.files.put(a.path!, a.sha256);
    a.path = undefined;
    attachments.push({
      AttachmentName: a.AttachmentName,
      ContentType: a.ContentType,
      Description: a.Description,
      size: stored.size,
      sha256: stored.sha256,
    });
  }
  const type = p.Bussiness.BussinessDocType;
  const dedupeKey = `edoc|${h.From.OrganId}|${h.DocumentId}|${type}|${p.TraceHeaderList[0]?.Timestamp ?? ''}`;
  const code = packetCode(h.Code);
  const target = { fromOrgan: h.From.OrganId, code, promulgationDate: h.PromulgationInfo.PromulgationDate, documentId: h.DocumentId };
  // A new document and a replacement are documents to register (01 on arrival); a recall or an
  // update is a request about a document received earlier: the row carries that document's id.
  const registrable = type === 0 || type === 3;
  const concerned = type === 2 ? (p.Bussiness.DocumentId ?? h.DocumentId) : h.DocumentId;
  const earlier = registrable ? undefined : ctx.inbox.incomingDocument(concerned, h.From.OrganId);
  // An update for a document already recalled cannot apply: answered 16 with the reason at once.
  const refusedUpdate =
    type === 2 && earlier?.state === 'recalled' && !ctx.inbox.original(dedupeKey)
      ? ctx.feedback.prepare(
          { ...target, documentId: concerned },
          '16',
          `Văn bản ${earlier.code ?? concerned} đã bị thu hồi tại nơi nhận; không cập nhật được.`,
        )
      : null;
  // Prepared before the transaction (it writes a file); dropped if this turns out to be a redelivery.
  const arrival = registrable && !ctx.inbox.original(dedupeKey) ? await ctx.feedback.prepareArrival(target) : null;
  const row: NewInboxRow = {
    ...base,
    kind: 'edoc',
    state: registrable ? 'new' : refusedUpdate ? 'answered' : earlier ? 'change-requested' : 'waiting',
    ...(refusedUpdate ? { decisionReason: `từ chối tự động: ${refusedUpdate.description ?? ''}`, decidedAt: base.receivedAt } : {}),
    dedupeKey,
    documentId: registrable ? h.DocumentId : concerned,
    fromOrgan: h.From.OrganId,
    fromName: h.From.OrganName,
    businessType: type,
    subject: h.Subject,
    code,
    promulgationDate: h.PromulgationInfo.PromulgationDate,
    priority: priorityRank(h.OtherInfo.Priority),
    dueDate: h.DueDate ?? null,
    signer: [h.SignerInfo.Position, h.SignerInfo.FullName].filter(Boolean).join(' ') || null,
    packet: JSON.stringify({ ...p, Attachments: attachments }),
    attachments: JSON.stringify(attachments),
    ackStatus: 'done',
  };
  let original: InboxRow | undefined;
  immediate(ctx.db, () => {
    // The duplicate check and the insert are one transaction: two copies can never both be "new".
    original = ctx.inbox.original(dedupeKey);
    ctx.inbox.insert(original ? { ...row, state: 'duplicate', duplicateOf: original.id } : row);
    if (original) return;
    if (arrival) ctx.outbox.enqueue(arrival);
    if (refusedUpdate) ctx.outbox.enqueue(refusedUpdate);
    // A take-back (13), recall or update that overtook its document is now actionable.
    if (registrable) for (const w of ctx.inbox.waitingStatuses(h.DocumentId)) ctx.inbox.setState(w.id, 'change-requested');
  });
  base.ackStatus = 'done';
  if (!original) {
    ctx.result.received++;
    ctx.events?.emit('exchange.documentReceived', { id: row.id, DocumentId: h.DocumentId, Subject: h.Subject, From: h.From.OrganId });
  }
}

function storeStatus(ctx: ReceiveCtx, base: NewInboxRow, s: StatusPacket): void {
  const rf = s.ResponseFor;
  const at = s.Timestamp ?? base.receivedAt;
  const dedupeKey = `status|${s.From.OrganId}|${rf.DocumentId ?? rf.Code ?? ''}|${s.StatusCode}|${at}`;
  const row: NewInboxRow = {
    ...base,
    kind: 'status',
    dedupeKey,
    documentId: rf.DocumentId ?? null,
    fromOrgan: s.From.OrganId,
    fromName: s.From.OrganName,
    statusCode: s.StatusCode,
    subject: s.Description,
    code: rf.Code ?? null,
    promulgationDate: rf.PromulgationDate ?? null,
    packet: JSON.stringify(s),
    ackStatus: 'done',
  };
  const record = (documentId: string, direction: 'in') =>
    ctx.log.record({
      direction,
      documentId,
      organId: s.From.OrganId,
      statusCode: s.StatusCode,
      description: s.Description,
      statusAt: at,
      recordedAt: base.receivedAt,
      sourceId: row.id,
    });
  if (s.StatusCode === '13') {
    // The sender asks to take back a document it sent us.
    const doc = rf.DocumentId ? ctx.inbox.incomingDocument(rf.DocumentId, s.From.OrganId) : undefined;
    const dup = ctx.inbox.original(dedupeKey);
    immediate(ctx.db, () => {
      ctx.inbox.insert({ ...row, state: dup ? 'duplicate' : doc ? 'change-requested' : 'waiting', duplicateOf: dup?.id ?? null });
      if (doc && !dup) record(doc.documentId!, 'in');
    });
    if (!dup) ctx.result.statuses++;
    return;
  }
  const documentId = ctx.outboxRepo.findOutgoing(rf.DocumentId, rf.Code, rf.PromulgationDate);
  if (!documentId) {
    const reason = `Trạng thái ${s.StatusCode} từ ${s.From.OrganId} cho văn bản không có trong danh sách văn bản đã gửi (DocumentId "${rf.DocumentId ?? ''}", số ký hiệu "${rf.Code ?? ''}").`;
    ctx.inbox.insert({ ...row, state: 'rejected', error: reason, ackStatus: 'fail' });
    base.ackStatus = 'fail';
    ctx.result.errors.push({ id: row.id, kind: 'NotFound', message: reason });
    return;
  }
  let fresh = false;
  immediate(ctx.db, () => {
    fresh = record(documentId, 'in');
    ctx.inbox.insert({ ...row, documentId, state: fresh ? 'applied' : 'duplicate' });
    if (!fresh) return;
    const current = ctx.outboxRepo.deliveries(documentId).find((d) => d.organId === s.From.OrganId);
    const newer =
      !current?.latestAt ||
      at > current.latestAt ||
      (at === current.latestAt && (STATUS_RANK[s.StatusCode] ?? 0) > (STATUS_RANK[current.latestCode ?? ''] ?? 0));
    if (current && newer) ctx.outboxRepo.updateDeliveryLatest(documentId, s.From.OrganId, s.StatusCode, at, base.receivedAt);
  });
  if (fresh) {
    ctx.result.statuses++;
    ctx.events?.emit('exchange.statusChanged', { DocumentId: documentId, OrganId: s.From.OrganId, StatusCode: s.StatusCode, At: at });
  }
}
