import fs from 'node:fs';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import { EdocBuildInputSchema } from '../../../src-shared/contracts/exchange-model.contract';
import type { InboxItem, OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { foldVietnamese, toVnIso, vnDate } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import { canonicalDocumentId } from './edxml/edoc-builder';
import { packetForEntry, type EntryServiceDeps } from './entry-exchange.service';
import { immediate } from './exchange-tx';
import { inboxKindOf, toInboxItem } from './inbox.repo';
import { toOutboxItem } from './outbox.service';
import type { EntryScope } from '../accounts/permission.service';
import type { RegisterPort } from './register-port';

type Queued = OutboxItem & { alreadyQueued: boolean };

const KIND_LABEL = { recall: 'thu hồi', update: 'cập nhật', replace: 'thay thế', 'take-back': 'lấy lại' } as const;
type ExchangeAction = keyof typeof KIND_LABEL | 'channels';

/**
 * The clerk's exchange actions around register entries, each one operation in main and one
 * transaction with its outbox row, idempotent on retry: recall / take back / replace an outgoing
 * entry, answer a recall / update / take-back request about an incoming one, and the views
 * (files of an entry, delivery history, which recipients the hub serves).
 */
export function createEntryRequests(
  deps: EntryServiceDeps & {
    /** The workflow's thu hồi step for a recalled incoming entry (after the commit; failures only logged). */
    onRecalled?: ((entryId: string, reason: string) => void) | undefined;
  },
) {
  const { inbox, outboxRepo, links } = deps;
  const reg = (): RegisterPort => {
    if (!deps.register) throw appError('exchange.registerNotWired');
    return deps.register;
  };
  const me = (): AgencyProfile => {
    const p = deps.agency.getProfile();
    if (!p) throw appError('exchange.noAgency');
    return p;
  };
  const now = () => toVnIso(deps.clock.now());
  const view = (id: string): InboxItem => toInboxItem(inbox.byId(id)!, (h) => deps.files.pathOf(h), inbox.concernsOf);

  /** `what`: the request, a code of the `exchangeAction` words (src-shared/rpc/error-texts/words.ts). */
  function outgoing(entryId: string, what: ExchangeAction): RegisterEntry {
    const entry = reg().entry(entryId);
    if (!entry) throw appError('register.entryNotFound', { id: entryId }, { entryId });
    if (entry.Direction !== 'di') throw appError('exchange.onlyOwnOutgoing', { action: what }, { field: 'entryId' });
    return entry;
  }

  /** The DocumentId the hub knows an outgoing entry by (as exchange.sendEntry gave it). */
  function documentIdOf(entry: RegisterEntry): string {
    return canonicalDocumentId(me().code, entry.IssuedDate ?? vnDate(deps.clock.now()), entry.CodeNumber ?? '', entry.CodeNotation ?? '');
  }

  function sentTo(entry: RegisterEntry, what: ExchangeAction) {
    const documentId = documentIdOf(entry);
    const recipients = outboxRepo.deliveries(documentId);
    if (recipients.length === 0)
      throw appError('exchange.notSentByHub', { number: entry.SoKyHieu ?? entry.id, action: what }, { entryId: entry.id });
    return { documentId, recipients };
  }

  const queuedEdoc = (documentId: string, businessType: number) =>
    outboxRepo.list({ documentId, limit: 1000 }).find((o) => o.kind === 'edoc' && o.businessType === businessType);

  return {
    documentIdOf,

    /** Recall (edXML revoke, BussinessDocType 1): the entry is frozen and marked thu hồi, the packet queued, one transaction. */
    async recallEntry(entryId: string, reason: string, actor: string): Promise<Queued> {
      const entry = outgoing(entryId, 'recall');
      const { documentId, recipients } = sentTo(entry, 'recall');
      const done = () => {
        const row = links.recallOf(entryId) ? queuedEdoc(documentId, 1) : undefined;
        return row ? { ...toOutboxItem(row), alreadyQueued: true } : null;
      };
      const before = done();
      if (before) return before;
      if (!entry.File) throw appError('exchange.recallNoFile', { number: String(entry.SoKyHieu) });
      const to = recipients.map((r) => ({ code: r.organId, name: r.organName }));
      const raw = packetForEntry(entry, me(), to, reg().storedFilePath(entry.File.sha256), vnDate(deps.clock.now()));
      const packet = await deps.outbox.prepareDocument(
        EdocBuildInputSchema.parse({ ...raw, Bussiness: { BussinessDocType: 1, BussinessDocReason: reason, Paper: 0 } }),
      );
      return immediate(deps.db, () => {
        const again = done();
        if (again) return again;
        links.recall({ entryId, reason, at: now(), actor });
        reg().audit(actor, 'exchange.recalled', entryId, { documentId, reason, recipients: to.map((t) => t.code) });
        return { ...toOutboxItem(deps.outbox.enqueue(packet)), alreadyQueued: false };
      });
    },

    /** Take back (status 13) a document sent by mistake; a retry queues nothing twice. */
    takeBackEntry(entryId: string, reason: string): Queued {
      const entry = outgoing(entryId, 'take-back');
      const { documentId, recipients } = sentTo(entry, 'take-back');
      const existing = outboxRepo.list({ documentId, limit: 1000 }).find((o) => o.kind === 'status' && o.statusCode === '13');
      if (existing) return { ...toOutboxItem(existing), alreadyQueued: true };
      const item = deps.feedback.requestTakeBack(
        documentId,
        reason,
        recipients.map((d) => ({ OrganId: d.organId, OrganName: d.organName })),
        entry.SoKyHieu ?? null,
      );
      return { ...item, alreadyQueued: false };
    },

    /**
     * Replace (BussinessDocType 3) or update (2) a sent entry by a newer registered outgoing entry:
     * sent to the same recipients, the two entries linked, in one transaction with the packet.
     */
    async replaceEntry(entryId: string, byEntryId: string, mode: 'replace' | 'update', actor: string): Promise<Queued> {
      const what = mode === 'replace' ? 'replace' : 'update';
      const old = outgoing(entryId, what);
      const next = outgoing(byEntryId, what);
      if (old.id === next.id) throw appError('exchange.replaceSame', undefined, { field: 'by' });
      if (next.Status !== 'registered') throw appError('exchange.replacementCancelled', { number: next.SoKyHieu ?? byEntryId });
      if (!next.File) throw appError('exchange.replacementNoFile', { number: String(next.SoKyHieu) }, { field: 'by' });
      const { documentId: oldId, recipients } = sentTo(old, what);
      const type = mode === 'replace' ? 3 : 2;
      const newId = documentIdOf(next);
      const kind = mode === 'replace' ? 'replaces' : 'updates';
      const done = () => {
        const linked = links.links(byEntryId).some((l) => l.fromEntryId === byEntryId && l.toEntryId === entryId && l.kind === kind);
        const row = linked ? queuedEdoc(newId, type) : undefined;
        return row ? { ...toOutboxItem(row), alreadyQueued: true } : null;
      };
      const before = done();
      if (before) return before;
      const to = recipients.map((r) => ({ code: r.organId, name: r.organName }));
      const raw = packetForEntry(next, me(), to, reg().storedFilePath(next.File.sha256), vnDate(deps.clock.now()));
      const packet = await deps.outbox.prepareDocument(
        EdocBuildInputSchema.parse({
          ...raw,
          Bussiness:
            type === 3
              ? {
                  BussinessDocType: 3,
                  BussinessDocReason: 'Văn bản thay thế',
                  Paper: 0,
                  ReplacementInfoList: [{ DocumentId: oldId, OrganIdList: to.map((t) => t.code) }],
                }
              : { BussinessDocType: 2, BussinessDocReason: 'Cập nhật văn bản điện tử', Paper: 0, DocumentId: oldId },
        }),
      );
      return immediate(deps.db, () => {
        const again = done();
        if (again) return again;
        links.link({ fromEntryId: byEntryId, toEntryId: entryId, kind, createdAt: now() });
        reg().audit(actor, `exchange.${mode}`, byEntryId, { replaces: entryId, documentId: newId, oldDocumentId: oldId });
        return { ...toOutboxItem(deps.outbox.enqueue(packet)), alreadyQueued: false };
      });
    },

    /**
     * Answers a recall / update / take-back request (15 accept, 16 refuse with a reason). Accepting a
     * recall or take-back marks the incoming entry thu hồi (its files withheld, metadata kept) in
     * the same transaction as the answer; the workflow is told afterwards.
     */
    answerRequest(id: string, accept: boolean, reason: string | undefined, actor: string): InboxItem {
      const row = inbox.byId(id);
      if (!row) throw appError('exchange.inboxNotFound', { id }, { id });
      const kind = inboxKindOf(row);
      if (kind === 'document' || kind === 'status' || kind === 'replace')
        throw kind === 'status'
          ? appError('exchange.statusNeedsNoAnswer', undefined, { id, kind })
          : appError('exchange.documentNotRequest', undefined, { id, kind });
      if (row.state === 'answered') return view(id);
      if (row.state === 'waiting' && accept)
        throw kind === 'recall'
          ? appError('exchange.recallTargetMissing', { documentId: row.documentId ?? '?' }, { id, documentId: row.documentId })
          : kind === 'update'
            ? appError('exchange.updateTargetMissing', { documentId: row.documentId ?? '?' }, { id, documentId: row.documentId })
            : appError('exchange.takeBackTargetMissing', { documentId: row.documentId ?? '?' }, { id, documentId: row.documentId });
      if (!accept && !reason?.trim()) throw appError('exchange.reasonRequired', undefined, { field: 'reason' });
      const target = inbox.concernsOf(row);
      const withdraw = accept && (kind === 'recall' || kind === 'take-back');
      const entry = withdraw && target?.documentId && deps.register ? deps.register.incomingByDocumentId(target.documentId) : undefined;
      const why = reason?.trim() || view(id).Reason || `Nơi gửi ${KIND_LABEL[kind]} văn bản`;
      immediate(deps.db, () => {
        // The register change first, the answer (outbox row) after: a failure in between undoes both.
        if (withdraw && target) inbox.setState(target.id, 'recalled', { decisionReason: why, decidedAt: now() });
        if (entry) {
          links.recall({ entryId: entry.id, reason: why, at: now(), actor });
          reg().audit(actor, 'exchange.recallAccepted', entry.id, { inboxId: id, documentId: target?.documentId, reason: why });
        }
        deps.feedback.answerChange(id, accept, reason);
      });
      if (entry && deps.onRecalled) {
        try {
          deps.onRecalled(entry.id, why);
        } catch (err) {
          deps.logger.warn('workflow not told of the recall', { entryId: entry.id, error: (err as Error).message });
        }
      }
      return view(id);
    },

    /** Every file of an entry, main first; a recalled entry's files are listed but withheld. */
    entryFiles(entryId: string, scope: EntryScope | null = null) {
      const entry = reg().entry(entryId);
      if (!entry) throw appError('register.entryNotFound', { id: entryId }, { entryId });
      const recall = links.recallOf(entryId) ?? null;
      const rows = links.files(entryId);
      const linked = links.links(entryId);
      const list =
        rows.length > 0
          ? rows.map((f) => ({ sha256: f.sha256, role: f.role, name: f.name, mediaType: f.mediaType }))
          : entry.File
            ? [
                {
                  sha256: entry.File.sha256,
                  role: 'main' as const,
                  name: `${entry.SoKyHieu ?? entry.id}.pdf`,
                  mediaType: entry.File.mediaType,
                },
              ]
            : [];
      return {
        entryId,
        Recalled: recall ? { reason: recall.reason, at: recall.at } : null,
        Files: list.map((f) => ({
          ...f,
          size: sizeOf(reg().storedFilePath(f.sha256)),
          withheld: recall !== null && entry.Direction === 'den',
        })),
        Links: linked.map((l) => ({ from: l.fromEntryId, to: l.toEntryId, kind: l.kind })),
        LinkedEntries: [...new Set(linked.map((l) => (l.fromEntryId === entryId ? l.toEntryId : l.fromEntryId)))].flatMap((id) => {
          // An entry the caller may not see is not described (a chuyên viên sees the link, not the other document).
          const other = reg().visibleIn(id, scope) ? reg().entry(id) : undefined;
          if (!other) return [];
          // A secret entry's trích yếu stays in its own register (the link itself is no secret).
          const subject = other.Confidentiality === 'none' ? other.Subject : null;
          return [{ id, Direction: other.Direction, SoKyHieu: other.SoKyHieu, ArrivalNumber: other.ArrivalNumber, Subject: subject }];
        }),
      };
    },

    /**
     * Nơi nhận of an outgoing entry against the hub directory: who is served electronically and who
     * needs paper (the post register reads this).
     */
    recipientChannels(entryId: string) {
      const entry = outgoing(entryId, 'channels');
      const byCode = new Map(deps.log.agenciesByCode(entry.To.map((t) => t.OrganId ?? '').filter(Boolean)).map((a) => [a.code, a]));
      return entry.To.map((t) => {
        const hit =
          (t.OrganId ? byCode.get(t.OrganId) : undefined) ??
          deps.log.searchAgencies(foldVietnamese(t.OrganName), 5).find((a) => foldVietnamese(a.name) === foldVietnamese(t.OrganName));
        return hit
          ? { organName: t.OrganName, organId: hit.code, channel: 'hub' as const }
          : { organName: t.OrganName, organId: t.OrganId ?? null, channel: 'paper' as const };
      });
    },
  };
}

/** A stored file's size in bytes, or null when the store no longer has it (purged). */
function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}
