/**
 * The post book and envelopes of outgoing documents. A Nơi nhận recipient of a registered outgoing
 * entry is served electronically when the hub has a delivery for it (by mã định danh, else by the
 * folded name); every other one — except the agency's own "Lưu: …" copies — goes by post. The
 * clerk records each post sending (appended, never edited; the latest in force); the Sổ gửi văn bản
 * đi bưu điện lists one row per paper recipient whose Ngày chuyển (else the document's date) falls
 * in the period, and a period can be locked as a volume like the other books. Exchange and register
 * are read through ports, never their tables.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { PostRecipient } from '../../../src-shared/contracts/post.contract';
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { foldVietnamese, formatDdMmYyyy, toVnIso, URGENCY_LEVELS, vnDate, type Urgency } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import {
  createLockedVolumes,
  toLockedVolume,
  type LockedVolumesDeps,
  type PeriodBook,
  type VolumePrintInput,
} from '../books/locked-volumes';
import { MEDIA } from '../books/output-store';
import { POST_TITLE, type BookRow } from '../books/pdf/book-model';
import { renderEnvelopes, type EnvelopeModel } from '../books/pdf/envelope-pdf';
import type { PostRepo, SendingRow } from './post.repo';

/** What the post book reads of the register and the exchange. */
export interface PostPorts {
  entry(id: string): RegisterEntry | undefined;
  /** Registered outgoing entries dated (reg_date) in [from, to]. */
  outgoingBetween(from: string, to: string): RegisterEntry[];
  /** The hub deliveries of an outgoing entry (empty when it was never sent through the hub). */
  hubDeliveries(entry: RegisterEntry): { organId: string; organName: string }[];
}

export interface PostServiceDeps extends LockedVolumesDeps {
  repo: PostRepo;
  ports: PostPorts;
  agency: () => AgencyProfile | null;
}

const POST_BOOK: PeriodBook = {
  kind: 'buu-dien',
  title: 'Sổ gửi văn bản đi bưu điện',
  coverTitle: POST_TITLE,
  emptyText: 'Không có văn bản đi nào gửi bưu điện trong khoảng này.',
};

const dmy = (iso: string | null | undefined) => (iso ? formatDdMmYyyy(iso.slice(0, 10)) : '');
const money = (n: number) => n.toLocaleString('vi-VN').replace(/,/g, '.');
/** "Lưu: VT, TH." — the agency's own copies in the Nơi nhận block, never posted. */
const isOwnCopy = (name: string) => /^luu\b/.test(foldVietnamese(name));

/** The row date of the post book: the day it went to the post, else the document's date. */
export const rowDate = (r: PostRecipient): string => r.Sent?.SentDate ?? r.IssuedDate ?? '';

/** The six cells of Phụ lục IV.III.2; "Ký nhận và dấu bưu điện" stays blank for the post office. */
export function postCells(r: PostRecipient): string[] {
  const note = [
    r.Sent?.ReceiptNo ? `Biên lai số ${r.Sent.ReceiptNo}` : '',
    r.Sent?.Cost != null ? `Cước ${money(r.Sent.Cost)} đ` : '',
    r.Sent?.Note ?? '',
  ].filter((s) => s !== '');
  return [
    dmy(r.Sent?.SentDate),
    r.SoKyHieu ?? '',
    r.Address ? `${r.Recipient}\n${r.Address}` : r.Recipient,
    String(r.Sent?.Envelopes ?? 1),
    '',
    note.join('; '),
  ];
}

export function createPostService(deps: PostServiceDeps) {
  const { repo, ports } = deps;
  const book = createLockedVolumes(
    {
      book: 'buu-dien',
      direction: 'di',
      auditEntity: 'post_volume',
      fileStem: 'so-gui-buu-dien',
      lockedAction: 'post.bookLocked',
      reprintedAction: 'post.bookReprinted',
    },
    deps,
  );

  function requireAgency(): AgencyProfile {
    const agency = deps.agency();
    if (!agency) throw appError('post.noAgencyProfile');
    return agency;
  }

  function requireOutgoing(id: string): RegisterEntry {
    const e = ports.entry(id);
    if (!e) throw appError('register.entryNotFound', { id }, { field: 'EntryId' });
    if (e.Direction !== 'di') throw appError('post.notOutgoing', undefined, { field: 'EntryId' });
    return e;
  }

  /** Every Nơi nhận recipient of these entries with its channel and the sending in force. */
  function recipientsOf(entries: RegisterEntry[]): PostRecipient[] {
    const sent = new Map<string, SendingRow>();
    for (const s of repo.latestFor(entries.map((e) => e.id))) sent.set(`${s.entry_id}\u0000${s.recipient_key}`, s);
    const out: PostRecipient[] = [];
    for (const e of entries) {
      if (e.Status !== 'registered') continue;
      const hub = ports.hubDeliveries(e);
      const hubIds = new Set(hub.map((d) => d.organId));
      const hubNames = new Set(hub.map((d) => foldVietnamese(d.organName)));
      const seen = new Set<string>();
      for (const to of e.To) {
        const key = foldVietnamese(to.OrganName);
        if (isOwnCopy(to.OrganName) || seen.has(key)) continue;
        seen.add(key);
        const s = sent.get(`${e.id}\u0000${key}`);
        const served = (to.OrganId != null && hubIds.has(to.OrganId)) || hubNames.has(key);
        out.push({
          EntryId: e.id,
          SoKyHieu: e.SoKyHieu,
          IssuedDate: e.IssuedDate,
          TypeName: e.TypeName,
          Subject: e.Subject,
          Priority: e.Priority,
          Recipient: to.OrganName,
          OrganId: to.OrganId,
          Channel: served ? 'hub' : 'paper',
          Address: s?.address ?? (served ? null : repo.lastAddress(key)),
          Sent: s
            ? {
                SentDate: s.sent_date,
                ReceiptNo: s.receipt_no,
                Cost: s.cost,
                Envelopes: s.envelopes,
                Note: s.note,
                RecordedAt: s.recorded_at,
                RecordedBy: s.recorded_by,
              }
            : null,
        });
      }
    }
    return out;
  }

  /** Paper recipients whose row date is in [from, to], in book order. */
  function paperBetween(from: string, to: string): PostRecipient[] {
    const byId = new Map(ports.outgoingBetween(from, to).map((e) => [e.id, e]));
    for (const id of repo.entriesSentBetween(from, to)) {
      if (!byId.has(id)) {
        const e = ports.entry(id);
        if (e) byId.set(id, e);
      }
    }
    return recipientsOf([...byId.values()])
      .filter((r) => r.Channel === 'paper' && rowDate(r) >= from && rowDate(r) <= to)
      .sort((a, b) => rowDate(a).localeCompare(rowDate(b)) || (a.SoKyHieu ?? '').localeCompare(b.SoKyHieu ?? '', 'vi'));
  }

  return {
    list(q: { EntryId?: string | undefined; From?: string | null; To?: string | null; Pending: boolean }): PostRecipient[] {
      const rows = q.EntryId !== undefined ? recipientsOf([requireOutgoing(q.EntryId)]) : paperBetween(q.From!, q.To!);
      return q.Pending ? rows.filter((r) => r.Channel === 'paper' && r.Sent === null) : rows;
    },

    record(
      input: {
        EntryId: string;
        Recipient: string;
        SentDate: string | null;
        ReceiptNo: string | null;
        Cost: number | null;
        Envelopes: number;
        Address: string | null;
        Note: string | null;
      },
      actor: string,
    ): PostRecipient {
      const entry = requireOutgoing(input.EntryId);
      if (entry.Status !== 'registered')
        throw appError('post.entryCancelled', { number: entry.SoKyHieu ?? entry.id }, { field: 'EntryId' });
      const key = foldVietnamese(input.Recipient);
      const current = recipientsOf([entry]).find((r) => foldVietnamese(r.Recipient) === key);
      if (!current) {
        const recipients = entry.To.map((t) => t.OrganName).join('; ');
        const params = { recipient: input.Recipient, number: entry.SoKyHieu ?? '' };
        throw recipients
          ? appError('post.notARecipient', { ...params, recipients }, { field: 'Recipient' })
          : appError('post.notARecipientNoList', params, { field: 'Recipient' });
      }
      if (current.Channel === 'hub') throw appError('post.sentByHub', { recipient: current.Recipient }, { field: 'Recipient' });
      const today = vnDate(deps.clock.now());
      const sentDate = input.SentDate ?? today;
      if (sentDate > today) throw appError('post.sentInFuture', { date: dmy(sentDate), today: dmy(today) }, { field: 'SentDate' });
      if (entry.IssuedDate && sentDate < entry.IssuedDate)
        throw appError('post.sentBeforeIssued', { date: dmy(sentDate), issued: dmy(entry.IssuedDate) }, { field: 'SentDate' });
      for (const d of [sentDate, current.Sent?.SentDate]) {
        const locked = d ? book.covering(d) : undefined;
        if (locked)
          throw appError('post.volumeLocked', { date: dmy(d), volume: locked.volume_no, year: locked.year }, { field: 'SentDate' });
      }
      const row = {
        entry_id: entry.id,
        recipient: current.Recipient,
        recipient_key: key,
        address: input.Address ?? current.Address,
        sent_date: sentDate,
        receipt_no: input.ReceiptNo,
        cost: input.Cost,
        envelopes: input.Envelopes,
        note: input.Note,
        recorded_at: toVnIso(deps.clock.now()),
        recorded_by: actor,
      };
      deps.sqlite
        .transaction(() => {
          repo.insert(row);
          deps.audit.append({
            actor,
            action: current.Sent ? 'post.corrected' : 'post.recorded',
            entityType: 'register_entry',
            entityId: entry.id,
            data: {
              Recipient: row.recipient,
              SentDate: row.sent_date,
              ReceiptNo: row.receipt_no,
              Cost: row.cost,
              Envelopes: row.envelopes,
              Address: row.address,
              Note: row.note,
            },
          });
        })
        .immediate();
      return recipientsOf([entry]).find((r) => foldVietnamese(r.Recipient) === key)!;
    },

    volumes: (year?: number) => book.volumes(year).map(toLockedVolume),

    printBook(input: VolumePrintInput, actor: string) {
      if (input.Volume === undefined || input.Lock) requireAgency();
      return book.print(input, actor, POST_BOOK, ({ from, to }) => {
        const agency = requireAgency();
        const rows: BookRow[] = paperBetween(from, to).map((r) => ({ kind: 'entry', cells: postCells(r) }));
        return Promise.resolve({ agency, rows });
      });
    },

    /** Envelopes for the paper recipients of one entry, or for a day's post (one per recipient, every document inside listed). */
    async envelopes(input: { EntryId?: string | undefined; Recipients?: string[] | undefined; Date?: string | null }) {
      const agency = requireAgency();
      let rows: PostRecipient[];
      let label: string;
      if (input.EntryId !== undefined) {
        const entry = requireOutgoing(input.EntryId);
        rows = recipientsOf([entry]).filter((r) => r.Channel === 'paper');
        if (input.Recipients) {
          const wanted = new Set(input.Recipients.map(foldVietnamese));
          const unknown = input.Recipients.filter((n) => !rows.some((r) => foldVietnamese(r.Recipient) === foldVietnamese(n)));
          if (unknown.length > 0) throw appError('post.unknownRecipients', { names: unknown.join('; ') }, { field: 'Recipients' });
          rows = rows.filter((r) => wanted.has(foldVietnamese(r.Recipient)));
        }
        label = entry.SoKyHieu ?? entry.id;
      } else {
        rows = paperBetween(input.Date!, input.Date!);
        label = input.Date!;
      }
      if (rows.length === 0)
        throw appError(
          'post.noPaperRecipients',
          { what: input.EntryId ? label : dmy(label) },
          { field: input.EntryId ? 'EntryId' : 'Date' },
        );
      // One envelope per recipient: a day's documents to the same place travel together.
      const groups = new Map<string, EnvelopeModel['envelopes'][number]>();
      for (const r of rows) {
        const key = foldVietnamese(r.Recipient);
        const g = groups.get(key);
        if (!g) {
          groups.set(key, { soKyHieu: r.SoKyHieu ? [r.SoKyHieu] : [], urgency: r.Priority, recipient: r.Recipient, address: r.Address });
          continue;
        }
        if (r.SoKyHieu && !g.soKyHieu.includes(r.SoKyHieu)) g.soKyHieu.push(r.SoKyHieu);
        if (URGENCY_LEVELS.indexOf(r.Priority) > URGENCY_LEVELS.indexOf(g.urgency)) g.urgency = r.Priority as Urgency;
        g.address ??= r.Address;
      }
      const { bytes, pages } = await renderEnvelopes(
        { agency, envelopes: [...groups.values()], printedAt: toVnIso(deps.clock.now()) },
        await deps.fonts.preferred(),
      );
      const file = await deps.output.put(bytes, MEDIA.pdf, `bi-van-ban-${label.replace(/[^\p{L}\p{N}-]+/gu, '-')}.pdf`, pages);
      return { File: file, Envelopes: pages };
    },
  };
}
