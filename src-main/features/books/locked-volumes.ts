/**
 * Printing a period of a Phụ lục IV book that is not a register (sổ theo dõi giải quyết văn bản đến,
 * sổ gửi văn bản đi bưu điện) and locking it as a volume, shared by those books. Invariants: quyển
 * số counts 1, 2, 3 … within a year; locked periods of a year never overlap and only a period that
 * has ended can be locked; a locked volume's snapshot and PDF hash never change, and a reprint
 * returns exactly those bytes (rendered again and compared, else the kept PDF).
 */
import { createHash } from 'node:crypto';
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import type { FollowUpVolume } from '../../../src-shared/contracts/workflow-print.contract';
import { formatDdMmYyyy, toVnIso, vnDate } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import type { AuditService } from '../audit/audit.service';
import { MEDIA, type OutputStore } from './output-store';
import { BOOK_LAYOUT_VERSION, type BookModel, type BookRow } from './pdf/book-model';
import { renderBook, type RenderResult } from './pdf/book-pdf';
import type { FontFamily, FontSource } from './pdf/fonts';

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

export type RenderBookFn = (
  model: BookModel,
  family: FontFamily,
  onProgress: (done: number, total: number) => void,
) => Promise<RenderResult>;

/** Which book: its volume table, its name in messages, its file names and audit actions. */
export interface LockedBookSpec {
  table: 'follow_up_volume' | 'post_volume';
  /** "sổ theo dõi", "sổ gửi bưu điện" — in messages. */
  name: string;
  /** "so-theo-doi" — file names. */
  fileStem: string;
  /** Audit actions on lock and reprint. */
  lockedAction: string;
  reprintedAction: string;
}

export interface LockedVolumesDeps {
  sqlite: Sqlite;
  fonts: FontSource;
  output: OutputStore;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  renderBook?: RenderBookFn | undefined;
}

export interface VolumePrintInput {
  From?: string | null | undefined;
  To?: string | null | undefined;
  Year?: number | undefined;
  Volume?: number | undefined;
  Paper: 'a4' | 'a3';
  Lock: boolean;
}

export interface VolumePrintOutput {
  File: StoredOutput;
  Pages: number;
  Entries: number;
  Volume: FollowUpVolume | null;
  Source: 'generated' | 'regenerated' | 'stored';
}

/** What the book's own service gives: its print model for the period (rows built as at `today`). */
export type BuildModel = (p: { from: string; to: string; year: number; volumeNo: number | null; today: string; date: string }) => Promise<{
  model: BookModel;
  entries: number;
}>;

const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');
const dmy = (iso: string) => formatDdMmYyyy(iso.slice(0, 10));

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

/** One empty-book line when a period has no rows. */
export function orEmpty(rows: BookRow[], text: string): BookRow[] {
  return rows.length > 0 ? rows : [{ kind: 'empty', cells: [text] }];
}

export function createLockedVolumes(spec: LockedBookSpec, deps: LockedVolumesDeps) {
  const stmt = statementCache(deps.sqlite);
  const conflict = (message: string, details: Record<string, unknown> = {}) => new AppError('Conflict', message, details);
  const render = (model: BookModel, family: FontFamily) => (deps.renderBook ?? renderBook)(model, family, () => undefined);
  const volumes = (year?: number): VolumeRow[] =>
    (year === undefined
      ? stmt(`SELECT * FROM ${spec.table} ORDER BY year DESC, volume_no DESC`).all()
      : stmt(`SELECT * FROM ${spec.table} WHERE year = ? ORDER BY volume_no DESC`).all(year)) as VolumeRow[];

  async function reprint(v: VolumeRow, actor: string): Promise<VolumePrintOutput> {
    if (sha256(v.snapshot) !== v.snapshot_sha256) {
      throw new AppError(
        'Internal',
        `Bản lưu của Quyển số ${v.volume_no} năm ${v.year} ${spec.name} không còn khớp mã băm: dữ liệu đã bị sửa ngoài phần mềm.`,
      );
    }
    let bytes: Uint8Array | null = null;
    let source: VolumePrintOutput['Source'] = 'regenerated';
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
        `Không in lại được Quyển số ${v.volume_no} năm ${v.year} ${spec.name} đúng như bản đã khóa: thiếu phông chữ "${v.font_name}" và bản PDF đã lưu.`,
      );
    }
    const file = await deps.output.put(bytes, MEDIA.pdf, `${spec.fileStem}-${v.year}-quyen-${v.volume_no}.pdf`, v.page_count);
    deps.sqlite
      .transaction(() =>
        deps.audit.append({
          actor,
          action: spec.reprintedAction,
          entityType: spec.table,
          entityId: v.id,
          data: { Year: v.year, VolumeNo: v.volume_no, PdfSha256: v.pdf_sha256, Source: source },
        }),
      )
      .immediate();
    return { File: file, Pages: v.page_count, Entries: v.entry_count, Volume: toFollowUpVolume(v), Source: source };
  }

  return {
    volumes: (year?: number) => volumes(year).map(toFollowUpVolume),

    /** Prints the period (a preview, or locked as the next quyển số), or reprints a locked volume. */
    async print(input: VolumePrintInput, actor: string, build: BuildModel): Promise<VolumePrintOutput> {
      const now = deps.clock.now();
      const today = vnDate(now);
      if (input.Volume !== undefined && !input.Lock) {
        const year = input.Year ?? Number(input.From!.slice(0, 4));
        const v = volumes(year).find((x) => x.volume_no === input.Volume);
        if (!v) throw new AppError('NotFound', `Chưa có Quyển số ${input.Volume} năm ${year} đã khóa của ${spec.name}.`);
        return reprint(v, actor);
      }
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
            `Khoảng này trùng với Quyển số ${overlap.map((v) => v.volume_no).join(', ')} năm ${year} ${spec.name} đã khóa; hãy chọn khoảng bắt đầu sau quyển đã khóa.`,
          );
        }
        const next = (volumes(year)[0]?.volume_no ?? 0) + 1;
        if (input.Volume !== undefined && input.Volume !== next) {
          throw conflict(`Quyển số tiếp theo của ${spec.name} năm ${year} là ${next}; quyển số đánh liên tục trong năm.`, { next });
        }
        volumeNo = next;
      }

      const { model, entries } = await build({ from, to, year, volumeNo, today, date: toVnIso(now) });
      const family = await deps.fonts.preferred();
      const rendered = await render(model, family);
      const fileName = volumeNo ? `${spec.fileStem}-${year}-quyen-${volumeNo}.pdf` : `${spec.fileStem}-${from}-${to}.pdf`;
      const file = await deps.output.put(rendered.bytes, MEDIA.pdf, fileName, rendered.pages);
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
            throw conflict(`Một phiên khác vừa khóa quyển ${spec.name} này; hãy tải lại danh sách quyển và in lại.`);
          }
          const cols = Object.keys(v);
          stmt(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(v);
          deps.audit.append({
            actor,
            action: spec.lockedAction,
            entityType: spec.table,
            entityId: v.id,
            data: { Year: year, VolumeNo: volumeNo, DateFrom: from, DateTo: to, Entries: entries, PdfSha256: file.sha256 },
          });
        })
        .immediate();
      deps.logger.info('book volume locked', { book: spec.table, year, volumeNo, entries, pages: rendered.pages });
      return { File: file, Pages: rendered.pages, Entries: entries, Volume: toFollowUpVolume(v), Source: 'generated' };
    },
  };
}
