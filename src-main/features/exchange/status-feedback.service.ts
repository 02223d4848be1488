import type { Organization, ResponseFor, StatusCode } from '../../../src-shared/contracts/exchange-model.contract';
import { immediate } from './exchange-tx';
import { STATUS_DESCRIPTIONS } from '../../../src-shared/contracts/exchange-model.contract';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { OutboxItem } from '../../../src-shared/contracts/exchange.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import type { ExchangeSettingsRepo } from './exchange-settings.repo';
import { inboxKindOf, type InboxRepo, type InboxRow } from './inbox.repo';
import { toOutboxItem, type OutboxService, type PreparedPacket } from './outbox.service';

/** The Description of an accepting 15 (or 03) by the kind of request it answers. */
const AGREED: Partial<Record<ReturnType<typeof inboxKindOf>, string>> = {
  recall: 'Văn thư đồng ý thu hồi văn bản điện tử',
  update: 'Văn thư đồng ý cập nhật văn bản điện tử',
  'take-back': 'Văn thư đồng ý cho lấy lại văn bản điện tử',
};

/** Who the status is about: the issuer and identity of a document we received. */
export interface StatusTarget {
  fromOrgan: string | null;
  code: string | null;
  promulgationDate: string | null;
  documentId: string | null;
}

/**
 * Business statuses we send about documents we received (edxml.md §C.2): 01 on arrival (queued by
 * the receiver in the same transaction as the inbox row), 03 when the register gives the số đến,
 * 02 on refusal with the reason, 04/05/06 from the workflow, 15/16 (or 03/02 for a revoke, per
 * setting) in answer to a change request. Every status is queued behind the earlier packets about
 * the same document, so the sender never sees 03 before 01.
 */
export function createStatusFeedback(deps: {
  db: Db;
  inbox: InboxRepo;
  outbox: OutboxService;
  settings: ExchangeSettingsRepo;
  agency: { getProfile(): AgencyProfile | null };
  clock: Clock;
  logger: Logger;
}) {
  const { inbox, outbox } = deps;

  function us(): Organization {
    const p = deps.agency.getProfile();
    if (!p) throw appError('exchange.noAgencyForStatus');
    return { OrganId: p.code, OrganizationInCharge: p.parentName, OrganName: p.name };
  }

  function responseFor(t: StatusTarget): ResponseFor {
    const r: ResponseFor = {};
    if (t.fromOrgan) r.OrganId = t.fromOrgan;
    if (t.code) r.Code = t.code;
    if (t.promulgationDate) r.PromulgationDate = t.promulgationDate;
    if (t.documentId) r.DocumentId = t.documentId;
    return r;
  }

  function prepare(t: StatusTarget, code: StatusCode, description?: string): PreparedPacket {
    if (!t.fromOrgan) throw appError('exchange.statusNoSender');
    return outbox.prepareStatus({
      From: us(),
      ResponseFor: responseFor(t),
      StatusCode: code,
      ...(description ? { Description: description } : {}),
    });
  }

  const targetOf = (r: InboxRow): StatusTarget => ({
    fromOrgan: r.fromOrgan,
    code: r.code,
    promulgationDate: r.promulgationDate,
    documentId: r.documentId,
  });

  function requireRow(id: string): InboxRow {
    const row = inbox.byId(id);
    if (!row) throw appError('exchange.inboxNotFound', { id }, { id });
    return row;
  }

  const now = () => toVnIso(deps.clock.now());

  /**
   * Status 03 queued and the inbox row marked registered, in one transaction (nested in the
   * caller's when there is one: exchange.registerIncoming). The packet file is written first;
   * a rollback leaves only an unreferenced content-addressed file.
   */
  function markRegistered(row: InboxRow, arrivalNumber: number): void {
    const packet = prepare(targetOf(row), '03', `${STATUS_DESCRIPTIONS['03']} (số đến ${arrivalNumber})`);
    immediate(deps.db, () => {
      outbox.enqueue(packet);
      inbox.setState(row.id, 'registered', { arrivalNumber, decidedAt: now() });
    });
    deps.logger.info('incoming registered, status 03 queued', { documentId: row.documentId, arrivalNumber });
  }

  return {
    targetOf,
    /** 01 for a document that just arrived; call before the receiver's transaction, enqueue inside it. */
    prepareArrival(t: StatusTarget): Promise<PreparedPacket> {
      if (!t.fromOrgan) throw appError('exchange.statusNoSender');
      return outbox.prepareStatusAsync({ From: us(), ResponseFor: responseFor(t), StatusCode: '01' });
    },
    prepare,

    /**
     * The register gave this electronic document its số đến: mark it registered and queue 03.
     * Idempotent; returns false for a document that did not come through the exchange.
     */
    onIncomingRegistered(documentId: string, arrivalNumber: number): boolean {
      const row = inbox.incomingDocument(documentId);
      if (!row) return false;
      if (row.state === 'registered') return true;
      if (row.state !== 'new') throw appError('exchange.registerWrongState', { documentId, state: row.state }, { documentId });
      markRegistered(row, arrivalNumber);
      return true;
    },

    markRegistered,

    refuse(id: string, reason: string): InboxRow {
      const row = requireRow(id);
      if (row.kind !== 'edoc' || row.state !== 'new') throw appError('exchange.refuseNotNew', { state: row.state }, { id });
      const packet = prepare(targetOf(row), '02', reason);
      immediate(deps.db, () => {
        outbox.enqueue(packet);
        inbox.setState(row.id, 'refused', { decisionReason: reason, decidedAt: now() });
      });
      return inbox.byId(id)!;
    },

    /** 04 assigned, 05 in progress, 06 finished: the one function the workflow calls. */
    reportProgress(documentId: string, code: '04' | '05' | '06', description?: string): OutboxItem {
      const row = inbox.incomingDocument(documentId);
      if (!row) throw appError('exchange.incomingNotFound', { documentId }, { documentId });
      if (row.state !== 'registered') throw appError('exchange.statusBeforeRegistered', { documentId, code }, { documentId });
      const packet = prepare(targetOf(row), code, description);
      return toOutboxItem(immediate(deps.db, () => outbox.enqueue(packet)));
    },

    /**
     * Sender side of a take-back (13): asks the recipients of one of our outgoing documents to give
     * it back; queued behind the document itself. Their 15/16 answers arrive as ordinary statuses.
     */
    requestTakeBack(
      documentId: string,
      reason: string,
      recipients: { OrganId: string; OrganName: string }[],
      code: string | null,
    ): OutboxItem {
      if (recipients.length === 0) throw appError('exchange.outgoingNotFound', { documentId }, { documentId });
      const me = us();
      const date = /^[^,]+,(\d{4})\/(\d{2})\/(\d{2}),/.exec(documentId);
      const packet = outbox.prepareStatus({
        From: me,
        ResponseFor: {
          OrganId: me.OrganId,
          DocumentId: documentId,
          ...(code ? { Code: code } : {}),
          ...(date ? { PromulgationDate: `${date[1]}-${date[2]}-${date[3]}` } : {}),
        },
        StatusCode: '13',
        Description: reason,
      });
      return toOutboxItem(immediate(deps.db, () => outbox.enqueue({ ...packet, recipients })));
    },

    /** Answers a revoke/update/replace packet or a 13 take-back request. */
    answerChange(id: string, accept: boolean, reason?: string): InboxRow {
      const row = requireRow(id);
      if (row.state !== 'change-requested' && !(row.state === 'waiting' && !accept))
        throw appError('exchange.notAwaitingAnswer', { id, state: row.state }, { id });
      const revoke = row.kind === 'status' || row.businessType === 1;
      const pair = revoke && deps.settings.revokeAnswer() === '03-02' ? (['03', '02'] as const) : (['15', '16'] as const);
      // Without the clerk's words, the answer says what was agreed to (the sample text names every kind at once).
      const agreed = accept && !reason?.trim() ? AGREED[inboxKindOf(row)] : undefined;
      const packet = prepare(targetOf(row), accept ? pair[0] : pair[1], reason?.trim() || agreed);
      immediate(deps.db, () => {
        outbox.enqueue(packet);
        inbox.setState(row.id, 'answered', {
          decisionReason: `${accept ? 'đồng ý' : 'từ chối'}${reason ? `: ${reason}` : ''}`,
          decidedAt: now(),
        });
      });
      return inbox.byId(id)!;
    },
  };
}

export type StatusFeedback = ReturnType<typeof createStatusFeedback>;
