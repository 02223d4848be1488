/**
 * Locked volumes of the Phụ lục IV books, one way for all of them: the register books (sổ đăng ký
 * văn bản đến/đi, whose own rules — series, number ranges, amendments — book-print.service adds), the
 * sổ theo dõi giải quyết văn bản đến and the sổ gửi văn bản đi bưu điện (printed whole by `print`).
 * Invariants: quyển số counts 1, 2, 3 … within (book, direction, year) without gaps, re-checked under
 * the write lock; only a period that has ended can be locked; a locked volume's snapshot and PDF hash
 * never change, and a reprint returns exactly those bytes (rendered again and compared, else the
 * kept PDF).
 */
import { createHash } from 'node:crypto';
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import type { z } from 'zod';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { LockedBookPrintOutput, lockedBookPrintInput, LockedVolume } from '../../../src-shared/contracts/locked-book.contract';
import { formatDdMmYyyy, toVnIso, vnDate } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import { MEDIA, type OutputStore } from './output-store';
import { BOOK_LAYOUT_VERSION, type BookKind, type BookModel, type BookRow } from './pdf/book-model';
import { renderBook, type RenderResult } from './pdf/book-pdf';
import type { FontFamily, FontSource } from './pdf/fonts';
import { createVolumesRepo, type VolumeBook, type VolumeDirection, type VolumeRow } from './volumes.repo';

export type RenderBookFn = (
  model: BookModel,
  family: FontFamily,
  onProgress: (done: number, total: number) => void,
) => Promise<RenderResult>;

/** Which book: its key in locked_volume, its name in messages, its file names and audit records. */
export interface LockedBookSpec extends VolumeBook {
  /** "so-theo-doi" — file names, and the book's name in messages (the `bookName` words of the error catalog). */
  fileStem: string;
  /** The audit entity type of its volumes (the name of the table they had before locked_volume). */
  auditEntity: string;
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
  /** Progress of a long render (the register books report it to the window). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export type VolumePrintInput = z.output<ReturnType<typeof lockedBookPrintInput>>;
type VolumePrintOutput = LockedBookPrintOutput;

/** How a period book prints: its kind, its titles and the line of an empty period. */
export interface PeriodBook {
  kind: Exclude<BookKind, 'register'>;
  /** "Sổ theo dõi giải quyết văn bản đến" — the running title, followed by "năm 2026 — Quyển số 1". */
  title: string;
  /** The cover's title lines. */
  coverTitle: string;
  /** The one row of a period without documents. */
  emptyText: string;
}

/** What the book's own service gives for the period (rows built as at `today`), and the agency it prints for. */
export type BuildRows = (p: { from: string; to: string; today: string }) => Promise<{ agency: AgencyProfile; rows: BookRow[] }>;

const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');
const dmy = (iso: string) => formatDdMmYyyy(iso.slice(0, 10));

export function toLockedVolume(v: VolumeRow): LockedVolume {
  return {
    id: v.id,
    Year: v.year,
    VolumeNo: v.volume_no,
    DateFrom: v.date_from ?? '',
    DateTo: v.date_to ?? '',
    Entries: v.entry_count,
    Pages: v.page_count,
    PdfSha256: v.pdf_sha256,
    FontName: v.font_name,
    LockedAt: v.locked_at,
    LockedBy: v.locked_by,
  };
}

/** The print model of a period of a book: cover, rows (one empty-book line when there are none), titles. */
function periodModel(
  layout: PeriodBook,
  direction: VolumeDirection,
  p: {
    agency: AgencyProfile;
    rows: BookRow[];
    paper: 'a4' | 'a3';
    from: string;
    to: string;
    year: number;
    volumeNo: number | null;
    today: string;
    date: string;
  },
): BookModel {
  const { agency, volumeNo } = p;
  const title = `${layout.title} năm ${p.year}${volumeNo ? ` — Quyển số ${volumeNo}` : ''}`;
  return {
    layoutVersion: BOOK_LAYOUT_VERSION,
    direction,
    kind: layout.kind,
    paper: p.paper,
    cover: {
      parentName: agency.parentName,
      agencyName: agency.name,
      title: layout.coverTitle,
      year: p.year,
      dateFrom: p.from,
      dateTo: p.to,
      numberFrom: null,
      numberTo: null,
      volumeNo,
      system: agency.system,
    },
    rows: p.rows.length > 0 ? p.rows : [{ kind: 'empty', cells: [layout.emptyText] }],
    title,
    subject: `${agency.name} — ${title}`,
    date: p.date,
    runningTitle: `${title}${volumeNo ? '' : ` (xem trước, đến ${dmy(p.today)})`}`,
  };
}

/** What a new volume records beyond the print model: its period, counts and the register's extras. */
export interface NewVolume {
  year: number;
  volumeNo: number;
  from: string | null;
  to: string | null;
  entries: number;
  paper: 'a4' | 'a3';
  pages: number;
  model: BookModel;
  file: StoredOutput;
  family: FontFamily;
  register?: Pick<VolumeRow, 'series' | 'number_from' | 'number_to' | 'first_number' | 'last_number' | 'amendment_rows'>;
}

/** How a lock is committed: the audit data, what must still hold under the write lock, and what else it writes. */
export interface LockCommit {
  data: Record<string, unknown>;
  stillFree?: () => boolean;
  alsoWrite?: (v: VolumeRow) => void;
}

export function createLockedVolumes(spec: LockedBookSpec, deps: LockedVolumesDeps) {
  const repo = createVolumesRepo(deps.sqlite);

  const render = (model: BookModel, family: FontFamily) =>
    (deps.renderBook ?? renderBook)(model, family, deps.onProgress ?? (() => undefined));
  const volumes = (year?: number): VolumeRow[] => repo.list(spec.book, spec.direction, year);

  /** The locked bytes of a volume again (rendered and compared, else the kept PDF), audited. */
  async function reprint(v: VolumeRow, actor: string): Promise<{ File: StoredOutput; Source: 'regenerated' | 'stored' }> {
    if (sha256(v.snapshot) !== v.snapshot_sha256) {
      throw appError('books.snapshotTampered', { volume: v.volume_no, year: v.year, book: spec.fileStem }, { volumeId: v.id });
    }
    let bytes: Uint8Array | null = null;
    let source: 'regenerated' | 'stored' = 'regenerated';
    const family = await deps.fonts.bySha256(v.font_sha256);
    if (family && v.layout_version === BOOK_LAYOUT_VERSION) {
      const r = await render(JSON.parse(v.snapshot) as BookModel, family);
      if (sha256(r.bytes) === v.pdf_sha256) bytes = r.bytes;
      else deps.logger.warn('reprint rendered different bytes; using the kept PDF', { volumeId: v.id });
    }
    if (!bytes) {
      const kept = deps.output.read(v.pdf_sha256);
      if (kept && sha256(kept) === v.pdf_sha256) {
        bytes = kept;
        source = 'stored';
      }
    }
    if (!bytes) {
      throw appError(
        'books.reprintFontMissing',
        { volume: v.volume_no, year: v.year, book: spec.fileStem, font: v.font_name },
        { volumeId: v.id, font: v.font_name },
      );
    }
    const file = await deps.output.put(bytes, MEDIA.pdf, `${spec.fileStem}-${v.year}-quyen-${v.volume_no}.pdf`, v.page_count);
    deps.sqlite
      .transaction(() =>
        deps.audit.append({
          actor,
          action: spec.reprintedAction,
          entityType: spec.auditEntity,
          entityId: v.id,
          data: { Year: v.year, VolumeNo: v.volume_no, PdfSha256: v.pdf_sha256, Source: source },
        }),
      )
      .immediate();
    return { File: file, Source: source };
  }

  /** Refuses to lock a period that has not ended: documents can still come into it. */
  function requireEnded(to: string | null, today: string): void {
    if (to && to >= today) {
      throw appError('books.lockOpenRange', { to: dmy(to), today: dmy(today) }, { field: 'To' });
    }
  }

  /** The next quyển số of a year; refuses another one asked for (quyển số run without gaps). */
  function nextNo(year: number, asked?: number): number {
    const next = repo.maxNo(spec, year) + 1;
    if (asked !== undefined && asked !== next) {
      throw appError('books.nextVolume', { book: spec.fileStem, year, next }, { next });
    }
    return next;
  }

  /** Records a new locked volume under the write lock (re-checking its number), with its audit record. */
  function lock(n: NewVolume, actor: string, commit: LockCommit): VolumeRow {
    const snapshot = JSON.stringify(n.model);
    const v: VolumeRow = {
      id: newId(),
      book: spec.book,
      direction: spec.direction,
      year: n.year,
      volume_no: n.volumeNo,
      series: n.register?.series ?? null,
      date_from: n.from,
      date_to: n.to,
      number_from: n.register?.number_from ?? null,
      number_to: n.register?.number_to ?? null,
      first_number: n.register?.first_number ?? null,
      last_number: n.register?.last_number ?? null,
      entry_count: n.entries,
      amendment_rows: n.register?.amendment_rows ?? 0,
      paper: n.paper,
      page_count: n.pages,
      snapshot,
      snapshot_sha256: sha256(snapshot),
      pdf_sha256: n.file.sha256,
      pdf_size: n.file.size,
      font_name: n.family.name,
      font_sha256: n.family.sha256,
      layout_version: BOOK_LAYOUT_VERSION,
      locked_at: n.model.date,
      locked_by: actor,
    };
    deps.sqlite
      .transaction(() => {
        // Re-checked under the write lock: another window may have locked meanwhile.
        if (repo.maxNo(spec, n.year) + 1 !== n.volumeNo || (commit.stillFree && !commit.stillFree())) {
          throw appError('books.lockedElsewhere', { book: spec.fileStem });
        }
        repo.insert(v);
        commit.alsoWrite?.(v);
        deps.audit.append({ actor, action: spec.lockedAction, entityType: spec.auditEntity, entityId: v.id, data: commit.data });
      })
      .immediate();
    deps.logger.info('book volume locked', {
      book: spec.book,
      direction: spec.direction,
      year: n.year,
      volumeNo: n.volumeNo,
      entries: n.entries,
      pages: n.pages,
    });
    return v;
  }

  return {
    volumes,
    find: (year: number, volumeNo: number) => repo.byNo(spec, year, volumeNo),
    /** The locked volume whose period contains this date, if any. */
    covering: (date: string) => repo.covering(spec, date),
    render,
    reprint,
    requireEnded,
    nextNo,
    lock,

    /** A book without its own rules: prints the period (a preview, or locked as the next quyển số), or reprints a locked volume. */
    async print(input: VolumePrintInput, actor: string, layout: PeriodBook, build: BuildRows): Promise<VolumePrintOutput> {
      const now = deps.clock.now();
      const today = vnDate(now);
      if (input.Volume !== undefined && !input.Lock) {
        const year = input.Year ?? Number(input.From!.slice(0, 4));
        const v = repo.byNo(spec, year, input.Volume);
        if (!v) throw appError('books.volumeNotLocked', { volume: input.Volume, year, book: spec.fileStem });
        const again = await reprint(v, actor);
        return { ...again, Pages: v.page_count, Entries: v.entry_count, Volume: toLockedVolume(v) };
      }
      const from = input.From!;
      const to = input.To!;
      const year = Number(from.slice(0, 4));
      let volumeNo: number | null = null;
      if (input.Lock) {
        requireEnded(to, today);
        const overlap = volumes(year).filter((v) => v.date_from !== null && v.date_to !== null && v.date_from <= to && from <= v.date_to);
        if (overlap.length > 0) {
          throw appError('books.overlapsLockedBook', { volumes: overlap.map((v) => v.volume_no).join(', '), year, book: spec.fileStem });
        }
        volumeNo = nextNo(year, input.Volume);
      }

      const { agency, rows } = await build({ from, to, today });
      const entries = rows.length;
      const model = periodModel(layout, spec.direction, {
        agency,
        rows,
        paper: input.Paper,
        from,
        to,
        year,
        volumeNo,
        today,
        date: toVnIso(now),
      });
      const family = await deps.fonts.preferred();
      const rendered = await render(model, family);
      const fileName = volumeNo ? `${spec.fileStem}-${year}-quyen-${volumeNo}.pdf` : `${spec.fileStem}-${from}-${to}.pdf`;
      const file = await deps.output.put(rendered.bytes, MEDIA.pdf, fileName, rendered.pages);
      if (!volumeNo) return { File: file, Pages: rendered.pages, Entries: entries, Volume: null, Source: 'generated' };
      const v = lock({ year, volumeNo, from, to, entries, paper: input.Paper, pages: rendered.pages, model, file, family }, actor, {
        data: { Year: year, VolumeNo: volumeNo, DateFrom: from, DateTo: to, Entries: entries, PdfSha256: file.sha256 },
      });
      return { File: file, Pages: rendered.pages, Entries: entries, Volume: toLockedVolume(v), Source: 'generated' };
    },
  };
}
