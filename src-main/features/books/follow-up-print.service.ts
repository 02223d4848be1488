/**
 * The printed side of the incoming workflow: the Phiếu giải quyết văn bản đến of one document and
 * the Sổ theo dõi giải quyết văn bản đến of a period, with locked volumes like the register books.
 * Invariants: quyển số counts 1, 2, 3 … within a year; locked periods of a year never overlap and
 * only a period that has ended can be locked; a locked volume's snapshot and PDF hash never change,
 * and a reprint returns exactly those bytes (rendered again and compared, else the kept PDF).
 * The workflow is read through its operations (`WorkflowReader`), never its tables.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { FollowUpRow, HandlingTallyRow, WorkflowView } from '../../../src-shared/contracts/workflow.contract';
import type { booksPrintFollowUp, FollowUpVolume } from '../../../src-shared/contracts/workflow-print.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { formatDdMmYyyy, toVnIso, vnDate } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import type { AuditService } from '../audit/audit.service';
import { MEDIA, type OutputStore } from './output-store';
import { BOOK_LAYOUT_VERSION, FOLLOW_UP_TITLE, type BookModel, type BookRow } from './pdf/book-model';
import { renderBook, type RenderResult } from './pdf/book-pdf';
import type { FontFamily, FontSource } from './pdf/fonts';
import { renderPhieu } from './pdf/phieu-pdf';

type PrintInput = ParsedInputOf<typeof booksPrintFollowUp>;
type PrintOutput = z.output<(typeof booksPrintFollowUp)['output']>;

/** What this service reads of the workflow: its operations, answered by the workflow feature. */
export interface WorkflowReader {
  get(entryId: string): Promise<WorkflowView>;
  followUp(input: {
    from: string;
    to: string;
    asOf?: string;
    limit: number;
    offset: number;
  }): Promise<{ total: number; rows: FollowUpRow[] }>;
  handlingTally(input: { from: string; to: string }): Promise<{ asOf: string; rows: HandlingTallyRow[] }>;
}

interface VolumeRow {
  id: string;
  year: number;
  volume_no: number;
  date_from: string;
  date_to: string;
  entry_count: number;
  paper: 'a4' | 'a3';
  page_count: number;
  snapshot: string;
  snapshot_sha256: string;
  pdf_sha256: string;
  pdf_size: number;
  font_name: string;
  font_sha256: string;
  layout_version: number;
  locked_at: string;
  locked_by: string;
}

export interface FollowUpPrintDeps {
  sqlite: Sqlite;
  workflow: WorkflowReader;
  agency: () => AgencyProfile | null;
  fonts: FontSource;
  output: OutputStore;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  renderBook?:
    ((model: BookModel, family: FontFamily, onProgress: (done: number, total: number) => void) => Promise<RenderResult>) | undefined;
}

const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');
const dmy = (iso: string | null | undefined) => (iso ? formatDdMmYyyy(iso.slice(0, 10)) : '');
/** The follow-up book is read in pages of this many rows (the workflow operation's bound). */
const PAGE = 10_000;

export function toFollowUpVolume(v: VolumeRow): FollowUpVolume {
  return {
    id: v.id,
    Year: v.year,
    VolumeNo: v.volume_no,
    DateFrom: v.date_from,
    DateTo: v.date_to,
    Entries: v.entry_count,
    Pages: v.page_count,
    PdfSha256: v.pdf_sha256,
    FontName: v.font_name,
    LockedAt: v.locked_at,
    LockedBy: v.locked_by,
  };
}

/** The seven cells of Phụ lục IV.VIII.2 from a row of the workflow's follow-up query. */
export function followUpCells(r: FollowUpRow): string[] {
  return [String(r.arrivalNumber ?? ''), r.document, r.handedTo ?? '', r.deadline ?? '', r.progress, r.replySoKyHieu ?? '', r.note ?? ''];
}

/** "Công văn số 12/UBND-VP ngày 01/12/2026 của UBND tỉnh … về việc …" for the phiếu's subtitle. */
function describe(v: WorkflowView): string {
  const parts = [v.typeName];
  if (v.soKyHieu) parts.push(`số ${v.soKyHieu}`);
  parts.push(`của ${v.organName}`);
  const subject = v.subject.trim();
  return `${parts.join(' ')}${subject ? `: ${subject}` : ''}`;
}

export function createFollowUpPrintService(deps: FollowUpPrintDeps) {
  const stmt = statementCache(deps.sqlite);
  const conflict = (message: string, details: Record<string, unknown> = {}) => new AppError('Conflict', message, details);

  function requireAgency(): AgencyProfile {
    const agency = deps.agency();
    if (!agency) throw conflict('Chưa khai báo hồ sơ cơ quan (tên cơ quan, cơ quan chủ quản): hãy hoàn tất khởi tạo trước khi in.');
    return agency;
  }

  const render = (model: BookModel, family: FontFamily) => (deps.renderBook ?? renderBook)(model, family, () => undefined);
  const volumes = (year?: number): VolumeRow[] =>
    (year === undefined
      ? stmt('SELECT * FROM follow_up_volume ORDER BY year DESC, volume_no DESC').all()
      : stmt('SELECT * FROM follow_up_volume WHERE year = ? ORDER BY volume_no DESC').all(year)) as VolumeRow[];

  async function reprint(v: VolumeRow, actor: string): Promise<PrintOutput> {
    if (sha256(v.snapshot) !== v.snapshot_sha256) {
      throw new AppError(
        'Internal',
        `Bản lưu của Quyển số ${v.volume_no} năm ${v.year} sổ theo dõi không còn khớp mã băm: dữ liệu đã bị sửa ngoài phần mềm.`,
      );
    }
    let bytes: Uint8Array | null = null;
    let source: PrintOutput['Source'] = 'regenerated';
    const family = await deps.fonts.bySha256(v.font_sha256);
    if (family && v.layout_version === BOOK_LAYOUT_VERSION) {
      const r = await render(JSON.parse(v.snapshot) as BookModel, family);
      if (sha256(r.bytes) === v.pdf_sha256) bytes = r.bytes;
    }
    if (!bytes) {
      const kept = deps.output.read(v.pdf_sha256);
      if (kept && sha256(kept) === v.pdf_sha256) {
        bytes = kept;
        source = 'stored';
      }
    }
    if (!bytes) {
      throw new AppError(
        'Internal',
        `Không in lại được Quyển số ${v.volume_no} năm ${v.year} sổ theo dõi đúng như bản đã khóa: thiếu phông chữ "${v.font_name}" và bản PDF đã lưu.`,
      );
    }
    const file = deps.output.put(bytes, MEDIA.pdf, `so-theo-doi-${v.year}-quyen-${v.volume_no}.pdf`, v.page_count);
    deps.sqlite
      .transaction(() =>
        deps.audit.append({
          actor,
          action: 'books.followUpReprinted',
          entityType: 'follow_up_volume',
          entityId: v.id,
          data: { Year: v.year, VolumeNo: v.volume_no, PdfSha256: v.pdf_sha256, Source: source },
        }),
      )
      .immediate();
    return { File: file, Pages: v.page_count, Entries: v.entry_count, Volume: toFollowUpVolume(v), Source: source };
  }

  return {
    async printPhieu(entryId: string): Promise<{ File: PrintOutput['File']; Pages: number }> {
      const agency = requireAgency();
      const v = await deps.workflow.get(entryId);
      const dir = v.direction;
      const unitDue = new Map((dir?.unitDeadlines ?? []).map((u) => [u.party.id, u.dueDate]));
      const withDue = (p: { id: string; name: string }) => ({ name: p.name, deadline: unitDue.get(p.id) ?? null });
      const progress = v.steps.filter((s) => s.kind === 'tien-do');
      const last = progress[progress.length - 1];
      const now = deps.clock.now();
      const { bytes, pages } = await renderPhieu(
        {
          agency,
          date: dir ? dir.at.slice(0, 10) : null,
          document: describe(v),
          arrival: `Số đến: ${v.arrivalNumber ?? '…'} — Ngày đến: ${dmy(v.arrivalDate)}`,
          leader: dir
            ? {
                leaderName: dir.decidedBy?.name ?? null,
                text: dir.text,
                chuTri: [withDue(dir.chuTri)],
                phoiHop: dir.phoiHop.map(withDue),
                deBiet: dir.deBiet.map((p) => p.name),
                deadline: v.deadline?.dueDate ?? null,
                date: dir.at.slice(0, 10),
              }
            : null,
          unitLeader: null,
          proposal: last ? { text: String((last.payload as { note?: unknown }).note ?? ''), date: last.at.slice(0, 10) } : null,
          printedAt: toVnIso(now),
        },
        await deps.fonts.preferred(),
      );
      const file = deps.output.put(bytes, MEDIA.pdf, `phieu-giai-quyet-so-den-${v.arrivalNumber ?? v.entryId}-${v.year}.pdf`, pages);
      return { File: file, Pages: pages };
    },

    volumes: (year?: number) => volumes(year).map(toFollowUpVolume),

    async print(input: PrintInput, actor: string): Promise<PrintOutput> {
      const now = deps.clock.now();
      const today = vnDate(now);
      if (input.Volume !== undefined && !input.Lock) {
        const year = input.Year ?? Number(input.From!.slice(0, 4));
        const v = volumes(year).find((x) => x.volume_no === input.Volume);
        if (!v)
          throw new AppError('NotFound', `Chưa có Quyển số ${input.Volume} năm ${year} đã khóa của sổ theo dõi giải quyết văn bản đến.`);
        return reprint(v, actor);
      }
      const agency = requireAgency();
      const from = input.From!;
      const to = input.To!;
      const year = Number(from.slice(0, 4));
      let volumeNo: number | null = null;
      if (input.Lock) {
        if (to >= today) {
          throw conflict(
            `Chỉ khóa được khoảng đã kết thúc: "đến ngày" ${dmy(to)} chưa qua (hôm nay ${dmy(today)}). Hãy in bản xem trước hoặc khóa sau.`,
            { field: 'To' },
          );
        }
        const overlap = volumes(year).filter((v) => v.date_from <= to && from <= v.date_to);
        if (overlap.length > 0) {
          throw conflict(
            `Khoảng này trùng với Quyển số ${overlap.map((v) => v.volume_no).join(', ')} năm ${year} sổ theo dõi đã khóa; hãy chọn khoảng bắt đầu sau quyển đã khóa.`,
          );
        }
        const next = (volumes(year)[0]?.volume_no ?? 0) + 1;
        if (input.Volume !== undefined && input.Volume !== next) {
          throw conflict(`Quyển số tiếp theo của sổ theo dõi năm ${year} là ${next}; quyển số đánh liên tục trong năm.`, { next });
        }
        volumeNo = next;
      }

      const rows: BookRow[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await deps.workflow.followUp({ from, to, asOf: today, limit: PAGE, offset });
        for (const r of page.rows) rows.push({ kind: 'entry', cells: followUpCells(r) });
        if (page.rows.length < PAGE || offset + PAGE >= page.total) break;
      }
      const entries = rows.length;
      if (entries === 0) rows.push({ kind: 'empty', cells: ['Không có văn bản đến nào trong khoảng này.'] });
      const title = `Sổ theo dõi giải quyết văn bản đến năm ${year}${volumeNo ? ` — Quyển số ${volumeNo}` : ''}`;
      const model: BookModel = {
        layoutVersion: BOOK_LAYOUT_VERSION,
        direction: 'den',
        kind: 'theo-doi',
        paper: input.Paper,
        cover: {
          parentName: agency.parentName,
          agencyName: agency.name,
          title: FOLLOW_UP_TITLE,
          year,
          dateFrom: from,
          dateTo: to,
          numberFrom: null,
          numberTo: null,
          volumeNo,
          system: agency.system,
        },
        rows,
        title,
        subject: `${agency.name} — ${title}`,
        date: toVnIso(now),
        runningTitle: `${title}${volumeNo ? '' : ` (xem trước, đến ${dmy(today)})`}`,
      };
      const family = await deps.fonts.preferred();
      const rendered = await render(model, family);
      const fileName = volumeNo ? `so-theo-doi-${year}-quyen-${volumeNo}.pdf` : `so-theo-doi-${from}-${to}.pdf`;
      const file = deps.output.put(rendered.bytes, MEDIA.pdf, fileName, rendered.pages);
      if (!volumeNo) return { File: file, Pages: rendered.pages, Entries: entries, Volume: null, Source: 'generated' };

      const snapshot = JSON.stringify(model);
      const v: VolumeRow = {
        id: newId(),
        year,
        volume_no: volumeNo,
        date_from: from,
        date_to: to,
        entry_count: entries,
        paper: input.Paper,
        page_count: rendered.pages,
        snapshot,
        snapshot_sha256: sha256(snapshot),
        pdf_sha256: file.sha256,
        pdf_size: file.size,
        font_name: family.name,
        font_sha256: family.sha256,
        layout_version: BOOK_LAYOUT_VERSION,
        locked_at: model.date,
        locked_by: actor,
      };
      deps.sqlite
        .transaction(() => {
          // Re-checked under the write lock: another window may have locked meanwhile.
          if ((volumes(year)[0]?.volume_no ?? 0) + 1 !== volumeNo) {
            throw conflict('Một phiên khác vừa khóa quyển sổ theo dõi này; hãy tải lại danh sách quyển và in lại.');
          }
          const cols = Object.keys(v);
          stmt(`INSERT INTO follow_up_volume (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(v);
          deps.audit.append({
            actor,
            action: 'books.followUpLocked',
            entityType: 'follow_up_volume',
            entityId: v.id,
            data: { Year: year, VolumeNo: volumeNo, DateFrom: from, DateTo: to, Entries: entries, PdfSha256: file.sha256 },
          });
        })
        .immediate();
      deps.logger.info('follow-up volume locked', { year, volumeNo, entries, pages: rendered.pages });
      return { File: file, Pages: rendered.pages, Entries: entries, Volume: toFollowUpVolume(v), Source: 'generated' };
    },
  };
}
