import fs from 'node:fs';
import { formatDdMmYyyy } from '../../../src-shared/domain/vn-time';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import { EdocBuildInputSchema, type EdocBuildInputRaw, type EdocPacket } from '../../../src-shared/contracts/exchange-model.contract';
import type { InboxItem, OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import {
  IncomingInputSchema,
  type IncomingInput,
  type RegisterEntry,
  type RegisterWarning,
} from '../../../src-shared/contracts/register.contract';
import {
  findDocumentKindByCode,
  findDocumentTypeByCode,
  readSoKyHieu,
  toVnIso,
  urgencyToEdxmlPriority,
  vnDate,
} from '../../../src-shared/domain';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import { canonicalDocumentId } from './edxml/edoc-builder';
import type { ExchangeFiles } from './exchange-files';
import { immediate } from './exchange-tx';
import { inboxKindOf, targetDocumentId, toInboxItem, type InboxRepo, type InboxRow } from './inbox.repo';
import type { EntryLinksRepo } from './entry-links.repo';
import { mainAttachmentIndex } from './sync-receiver';
import type { OutboxRepo } from './outbox.repo';
import { toOutboxItem, type OutboxService } from './outbox.service';
import type { PreparedPdf, RegisterPort } from './register-port';
import type { StatusFeedback } from './status-feedback.service';
import type { StatusLogRepo } from './status-log.repo';

/**
 * The packet header carries no Tên loại: the type abbreviation of the ký hiệu gives it, read by the
 * shared reader that knows both tables ("05/QĐ-UBND" → Quyết định, "19-QC/HU" → the Party Quy chế);
 * a ký hiệu without one is a công văn (Điều 8 NĐ 30).
 */
export function typeNameOf(code: string | null): string {
  const read = code ? readSoKyHieu(code) : null;
  const kind = read?.ok && read.value.typeCode ? findDocumentKindByCode(read.value.typeCode) : undefined;
  return kind?.name ?? findDocumentTypeByCode('cong-van')?.name ?? '';
}

/** The register record an electronic document gets by default: everything the packet says. */
export function incomingRecordOf(row: InboxRow): IncomingInput {
  const h = headerOf(row);
  const signer = h?.SignerInfo;
  return {
    Medium: 'dien-tu',
    ...(row.documentId ? { DocumentId: row.documentId } : {}),
    ...(row.code ? { SoKyHieu: row.code } : {}),
    OrganName: row.fromName ?? row.fromOrgan ?? '',
    TypeName: h?.DocumentType.TypeName?.trim() || typeNameOf(row.code),
    Subject: row.subject ?? '',
    ...(row.promulgationDate ? { IssuedDate: row.promulgationDate } : {}),
    ...(h ? { Priority: h.OtherInfo.Priority } : {}),
    ...(row.dueDate ? { DueDate: row.dueDate } : {}),
    ...(signer?.FullName ? { SignerInfo: { FullName: signer.FullName.slice(0, 50), Position: signer.Position?.slice(0, 100) } } : {}),
    ...(h?.ToPlaces.length ? { ToPlaces: h.ToPlaces.join('; ').slice(0, 1000) } : {}),
    ...(h?.OtherInfo.PageAmount ? { PageAmount: h.OtherInfo.PageAmount } : {}),
  };
}

/** The stored packet's header (JSON model), or null for rows stored without one. */
function headerOf(row: InboxRow): EdocPacket['MessageHeader'] | null {
  try {
    return row.packet ? ((JSON.parse(row.packet) as EdocPacket).MessageHeader ?? null) : null;
  } catch {
    return null;
  }
}

/** The edXML packet for a registered outgoing document, addressed to `to`, its PDF at `pdfPath`. */
export function packetForEntry(
  entry: RegisterEntry,
  agency: AgencyProfile,
  to: { code: string; name: string }[],
  pdfPath: string,
  today: string,
): EdocBuildInputRaw {
  const date = entry.IssuedDate ?? today;
  return {
    MessageHeader: {
      From: {
        OrganId: agency.code,
        OrganName: agency.name,
        OrganizationInCharge: agency.parentName || undefined,
        OrganAdd: agency.address || undefined,
      },
      To: to.map((a) => ({ OrganId: a.code, OrganName: a.name })),
      DocumentId: canonicalDocumentId(agency.code, date, entry.CodeNumber ?? '', entry.CodeNotation ?? ''),
      Code: { CodeNumber: entry.CodeNumber ?? '', CodeNotation: entry.CodeNotation ?? '' },
      PromulgationInfo: { Place: agency.placeName ?? '', PromulgationDate: date },
      DocumentType: { Type: 1, TypeDetail: 0, TypeName: entry.TypeName },
      Subject: entry.Subject,
      SignerInfo: { Position: entry.SignerInfo?.Position ?? undefined, FullName: entry.SignerInfo?.FullName ?? '' },
      OtherInfo: {
        Priority: urgencyToEdxmlPriority(entry.Priority),
        PageAmount: entry.PageAmount ?? undefined,
        Direction: false,
        Appendixes: [],
      },
      ToPlaces: entry.ToPlaces ? [entry.ToPlaces] : [],
    },
    Attachments: [{ path: pdfPath, AttachmentName: `${entry.SoKyHieu ?? entry.id}.pdf`.replace(/[\\/]/g, '-') }],
  };
}

const isPdf = (a: { AttachmentName: string; ContentType: string }) =>
  a.ContentType === 'application/pdf' || /\.pdf$/i.test(a.AttachmentName);

/**
 * Where the exchange meets the register: a registered outgoing document sent through the hub,
 * and an electronic document from the hub registered with its số đến. The window sends only ids;
 * packets, paths and register records are made here.
 */
/** safety/release-gate: refuses (throws) or lets an entry leave, returning the warnings the clerk must see. */
export type BeforeRelease = (entry: RegisterEntry, opts: { confirmed?: boolean | undefined }) => Promise<string[]>;

/** What the services that act on a register entry's exchange (send, recall, answer requests) are built from. */
export interface EntryServiceDeps {
  db: Db;
  inbox: InboxRepo;
  outboxRepo: OutboxRepo;
  outbox: OutboxService;
  feedback: StatusFeedback;
  log: StatusLogRepo;
  files: ExchangeFiles;
  links: EntryLinksRepo;
  agency: { getProfile(): AgencyProfile | null };
  register: RegisterPort | undefined;
  clock: Clock;
  logger: Logger;
}

export function createEntryExchange(deps: EntryServiceDeps & { beforeRelease?: BeforeRelease; events: EventBus | null }) {
  const { inbox, outboxRepo } = deps;
  const holding = <T>(fn: () => T): T => (deps.events ? deps.events.holding(fn) : fn());

  function register(): RegisterPort {
    if (!deps.register) throw appError('exchange.registerNotWired');
    return deps.register;
  }

  function profile(): AgencyProfile {
    const p = deps.agency.getProfile();
    if (!p) throw appError('exchange.noAgencyProfile', undefined);
    return p;
  }

  /** The recipients already queued for this document, by mã định danh, with the outbox row that carries them. */
  function queuedFor(documentId: string): Map<string, string | null> {
    return new Map(outboxRepo.deliveries(documentId).map((d) => [d.organId, d.outboxId]));
  }

  const inboxItem = (id: string): InboxItem => toInboxItem(inbox.byId(id)!, (h) => deps.files.pathOf(h), inbox.concernsOf);

  return {
    async sendEntry(
      entryId: string,
      to: string[],
      opts: { confirmRestricted?: boolean | undefined } = {},
    ): Promise<OutboxItem & { alreadyQueued: boolean; releaseWarnings?: string[] }> {
      const reg = register();
      const entry = reg.entry(entryId);
      if (!entry) throw appError('register.entryNotFound', { id: entryId }, { entryId });
      const releaseWarnings = (await deps.beforeRelease?.(entry, { confirmed: opts.confirmRestricted })) ?? [];
      if (entry.Direction !== 'di') throw appError('exchange.onlyOutgoing', undefined, { field: 'entryId' });
      if (entry.Status !== 'registered') throw appError('exchange.entryCancelled', { number: entry.SoKyHieu ?? entryId }, { entryId });
      const recall = deps.links.recallOf(entryId);
      if (recall)
        throw appError(
          'exchange.entryRecalled',
          {
            number: entry.SoKyHieu ?? entryId,
            date: formatDdMmYyyy(recall.at.slice(0, 10)),
            reason: recall.reason,
          },
          { entryId, recalled: true },
        );
      if (!entry.CodeNumber || !entry.CodeNotation) throw appError('exchange.noNumber', undefined, { field: 'entryId' });
      if (!entry.File)
        throw appError(
          'exchange.noFile',
          { number: entry.SoKyHieu ?? entryId },
          {
            field: 'entryId',
          },
        );
      const me = profile();
      const codes = [...new Set(to)];
      if (codes.includes(me.code)) throw appError('exchange.sendToSelf', { code: me.code }, { field: 'to' });
      const known = new Map(deps.log.agenciesByCode(codes).map((a) => [a.code, a.name]));
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length > 0) {
        throw appError('exchange.unknownRecipients', { codes: unknown.join(', ') }, { field: 'to', unknown });
      }

      const today = vnDate(deps.clock.now());
      const documentId = canonicalDocumentId(me.code, entry.IssuedDate ?? today, entry.CodeNumber, entry.CodeNotation);
      const existing = (): (OutboxItem & { alreadyQueued: boolean }) | null => {
        const queued = queuedFor(documentId);
        if (!codes.every((c) => queued.has(c))) return null;
        const row =
          outboxRepo.byId(queued.get(codes[0]!) ?? '') ?? outboxRepo.list({ documentId, limit: 1000 }).find((o) => o.kind === 'edoc');
        return row ? { ...toOutboxItem(row), alreadyQueued: true } : null;
      };
      const before = existing();
      if (before) return before;

      const already = queuedFor(documentId);
      const recipients = codes.filter((c) => !already.has(c)).map((code) => ({ code, name: known.get(code)! }));
      const input = EdocBuildInputSchema.parse(packetForEntry(entry, me, recipients, reg.storedFilePath(entry.File.sha256), today));
      const prepared = await deps.outbox.prepareDocument(input);
      // Checked again under the write lock: a double click or a second window may have queued it meanwhile.
      const result = immediate(deps.db, () => existing() ?? { ...toOutboxItem(deps.outbox.enqueue(prepared)), alreadyQueued: false });
      if (!result.alreadyQueued)
        deps.logger.info('register entry queued for the hub', { entryId, documentId, recipients: recipients.length });
      return releaseWarnings.length > 0 ? { ...result, releaseWarnings } : result;
    },

    async registerIncoming(inboxId: string, overrides: Partial<IncomingInput>, actor: string, confirmBrokenSignature = false) {
      const reg = register();
      const row = inbox.byId(inboxId);
      if (!row) throw appError('exchange.inboxNotFound', { id: inboxId }, { inboxId });
      if (row.kind !== 'edoc') throw appError('exchange.inboxIsStatus', undefined, { inboxId });
      const already = (r: InboxRow) => {
        const entry = r.documentId ? reg.incomingByDocumentId(r.documentId) : undefined;
        if (!entry) throw appError('exchange.registeredButMissing', { number: r.arrivalNumber ?? '?' }, { inboxId });
        return { entry, warnings: [] as RegisterWarning[], inbox: inboxItem(r.id), alreadyRegistered: true };
      };
      if (row.state === 'registered') return already(row);
      if (row.state !== 'new') throw appError('exchange.inboxState', { state: row.state }, { inboxId, state: row.state });

      // A broken signature (ND30 Điều 21.2.a) is registered only on the clerk's explicit word, audited.
      const signature = row.signature ? (JSON.parse(row.signature) as { state: string; text: string }) : null;
      const broken = signature && (signature.state === 'invalid' || signature.state === 'damaged') ? signature : null;
      if (broken && !confirmBrokenSignature)
        throw appError(
          'exchange.signatureBroken',
          { reason: broken.text },
          { inboxId, signature: broken.state, field: 'confirmBrokenSignature' },
        );

      // The record is checked before anything is stored; the clerk's corrections win over the packet.
      const record = IncomingInputSchema.parse({
        ...incomingRecordOf(row),
        ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
      });

      // Slow work next, outside the transaction: the main PDF is checked, every file's bytes stored.
      const warnings: RegisterWarning[] = [];
      const attachments = row.attachments
        ? (JSON.parse(row.attachments) as { AttachmentName: string; ContentType: string; sha256: string }[])
        : [];
      const mainAt = mainAttachmentIndex(attachments);
      const prepared: { file: PreparedPdf; role: 'main' | 'attachment'; name: string; mediaType: string; ord: number }[] = [];
      for (const [ord, a] of attachments.entries()) {
        const main = ord === mainAt;
        try {
          const bytes = await fs.promises.readFile(deps.files.pathOf(a.sha256));
          const file =
            main && isPdf(a)
              ? await reg.preparePdf(bytes, a.AttachmentName)
              : await reg.prepareAttachment(bytes, a.AttachmentName, a.ContentType);
          prepared.push({
            file,
            role: main ? 'main' : 'attachment',
            name: a.AttachmentName,
            mediaType: main && isPdf(a) ? 'application/pdf' : a.ContentType,
            ord,
          });
        } catch (err) {
          const why = err instanceof AppError ? err.message : ((err as NodeJS.ErrnoException).code ?? String(err));
          warnings.push({
            field: main ? 'FileSha256' : 'Attachments',
            message: `Không nhận được tệp đính kèm "${a.AttachmentName}": ${why}${main ? ' Văn bản được vào sổ không kèm tệp chính.' : ''}`,
          });
        }
      }
      const mainFile = prepared.find((p) => p.role === 'main');
      if (mainFile) record.FileSha256 = mainFile.file.sha256;
      const replaced = inboxKindOf(row) === 'replace' ? targetDocumentId(row) : null;
      const answers = (headerOf(row)?.ResponseFor ?? []).filter(
        (r) => r.Code && (!r.OrganId || r.OrganId === deps.agency.getProfile()?.code),
      );

      // One transaction: the file rows, the entry with its số đến and its files and links, status 03
      // and the inbox state. The register's event goes out only after the commit.
      const outcome = holding(() =>
        immediate(deps.db, () => {
          const fresh = inbox.byId(inboxId)!;
          if (fresh.state === 'registered') return already(fresh);
          if (fresh.state !== 'new') throw appError('exchange.inboxStateChanged', { state: fresh.state }, { inboxId, state: fresh.state });
          for (const p of prepared) p.file.record(actor);
          const added = reg.addIncoming(record, actor);
          const id = added.entry.id;
          deps.links.addFiles(
            prepared.map((p) => ({ entryId: id, sha256: p.file.sha256, role: p.role, name: p.name, mediaType: p.mediaType, ord: p.ord })),
          );
          const at = toVnIso(deps.clock.now());
          const old = replaced ? reg.incomingByDocumentId(replaced) : undefined;
          if (old) deps.links.link({ fromEntryId: id, toEntryId: old.id, kind: 'replaces', createdAt: at });
          for (const rf of answers) {
            const ours = deps.links.outgoingBySoKyHieu(rf.Code!, rf.PromulgationDate ?? null);
            if (ours) deps.links.link({ fromEntryId: id, toEntryId: ours, kind: 'answers', createdAt: at });
          }
          if (broken)
            reg.audit(actor, 'exchange.registeredWithBrokenSignature', id, { inboxId, signature: broken.state, reason: broken.text });
          deps.feedback.markRegistered(fresh, added.entry.ArrivalNumber!);
          return { entry: added.entry, warnings: [...warnings, ...added.warnings], inbox: inboxItem(inboxId), alreadyRegistered: false };
        }),
      );
      if (!outcome.alreadyRegistered)
        deps.logger.info('hub document registered', { inboxId, documentId: row.documentId, arrivalNumber: outcome.entry.ArrivalNumber });
      return outcome;
    },
  };
}
