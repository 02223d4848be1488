/**
 * Printing register books and locking volumes.
 * Invariants: a book is one direction and one year; quyển số counts 1, 2, 3 … within (direction,
 * year); an entry is a regular row of at most one locked volume; a locked volume's snapshot and
 * PDF hash never change, and a reprint returns exactly those bytes (rendered again and compared,
 * or the kept PDF when this machine renders differently — another font, a newer layout).
 */
import type { z } from 'zod';
import type { AgencyProfile, TermRef } from '../../../src-shared/contracts/agency.contract';
import type { booksPrint, Volume } from '../../../src-shared/contracts/books.contract';
import type { Direction } from '../../../src-shared/contracts/register.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import {
  findDocumentKindByCode,
  findDocumentTypeByCode,
  formatDdMmYyyy,
  isSecretSeries,
  SECRET_SERIES,
  toVnIso,
  vnDate,
  vnYear,
} from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { EventBus } from '../../rpc/events';
import { toEntry } from '../register/register-mapper';
import type { RegisterRangesRepo } from '../register/register-ranges.repo';
import type { RegisterRepo } from '../register/register.repo';
import { amendmentRows, detectAmendments } from './amendments';
import { termRange, type TermPeriod } from './book-term';
import { cellsOf, printedNumber, rowHash } from './book-rows';
import type { BooksRepo } from './books.repo';
import { createLockedVolumes, type LockedVolumesDeps } from './locked-volumes';
import { MEDIA } from './output-store';
import { BOOK_LAYOUT_VERSION, BOOK_TITLES, type BookModel, type BookRow } from './pdf/book-model';
import type { VolumeRow, VolumesRepo } from './volumes.repo';

type PrintInput = ParsedInputOf<typeof booksPrint>;
type PrintOutput = z.output<(typeof booksPrint)['output']>;

/** The snapshot kept with a locked volume: the print model plus which entry each row shows. */
export type BookSnapshot = BookModel & { entryIds: (string | null)[] };

export interface BookPrintDeps extends Omit<LockedVolumesDeps, 'onProgress'> {
  repo: BooksRepo;
  /** The register, read only: entries of a range and the highest number of a series. */
  ranges: RegisterRangesRepo;
  registerRepo: Pick<RegisterRepo, 'maxNumber'>;
  /** The locked volumes of every book (the register's are read here, written through locked-volumes). */
  volumes: VolumesRepo;
  agency: () => AgencyProfile | null;
  /** A Party body's term named by the clerk, with its period (PartyTermsService.resolve). */
  term: (ref: TermRef) => TermPeriod;
  events?: EventBus | undefined;
}

const DIRECTION_WORD: Record<Direction, string> = { den: 'đến', di: 'đi' };

/**
 * The heading of a series in a book. `typeName` is the type printed on the series' first entry: an
 * agency's own type (agency.addType) has its own series, named by that type rather than its code.
 */
export function seriesLabel(series: string, typeName?: string): string {
  // A Party body's series carry their term ("dang-cong-van@k2"): the book names the type.
  if (series.includes('@')) {
    const base = series.slice(0, series.indexOf('@'));
    if (base === 'dai-hoi') return 'Văn bản đại hội (dãy số chung)';
    return findDocumentKindByCode(base)?.name ?? typeName ?? base;
  }
  if (series === 'hanh-chinh') return 'Văn bản hành chính (một dãy số)';
  if (series === 'ban-sao') return 'Bản sao';
  if (series === 'den') return 'Văn bản đến';
  return findDocumentTypeByCode(series)?.name ?? typeName ?? series;
}

export function toVolume(v: VolumeRow): Volume {
  return {
    id: v.id,
    Direction: v.direction,
    Year: v.year,
    VolumeNo: v.volume_no,
    Series: v.series,
    DateFrom: v.date_from,
    DateTo: v.date_to,
    NumberFrom: v.number_from,
    NumberTo: v.number_to,
    FirstNumber: v.first_number,
    LastNumber: v.last_number,
    Entries: v.entry_count,
    AmendmentRows: v.amendment_rows,
    Paper: v.paper,
    Pages: v.page_count,
    PdfSha256: v.pdf_sha256,
    PdfSize: v.pdf_size,
    FontName: v.font_name,
    LockedAt: v.locked_at,
    LockedBy: v.locked_by,
  };
}

export function createBookPrintService(deps: BookPrintDeps) {
  const { repo } = deps;

  /** Name of the Party term (nhiệm kỳ) containing a date, for the cover of a Party body's book. */
  function termOn(date: string): string | null {
    const row = deps.sqlite
      .prepare('SELECT name FROM party_term WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date DESC LIMIT 1')
      .get(date, date) as { name: string } | undefined;
    return row?.name ?? null;
  }

  function requireAgency(): AgencyProfile {
    const agency = deps.agency();
    if (!agency) throw appError('books.noAgencyForBook');
    return agency;
  }

  const onProgress = (done: number, total: number) => deps.events?.emit('books.progressed', { task: 'print', done, total });
  /** The register book of each direction, locked like every Phụ lục IV book (locked-volumes.ts). */
  const books = {
    den: createLockedVolumes(
      {
        book: 'register',
        direction: 'den',
        fileStem: 'so-den',
        auditEntity: 'book_volume',
        lockedAction: 'books.volumeLocked',
        reprintedAction: 'books.volumeReprinted',
      },
      { ...deps, onProgress },
    ),
    di: createLockedVolumes(
      {
        book: 'register',
        direction: 'di',
        fileStem: 'so-di',
        auditEntity: 'book_volume',
        lockedAction: 'books.volumeLocked',
        reprintedAction: 'books.volumeReprinted',
      },
      { ...deps, onProgress },
    ),
  };

  async function reprint(v: VolumeRow, input: PrintInput, actor: string): Promise<PrintOutput> {
    if ((input.From && input.From !== v.date_from) || (input.To && input.To !== v.date_to)) {
      const range = { from: v.date_from ? formatDdMmYyyy(v.date_from) : '…', to: v.date_to ? formatDdMmYyyy(v.date_to) : '…' };
      throw appError('books.reprintOtherRange', { volume: v.volume_no, year: v.year, ...range }, { volume: toVolume(v) });
    }
    const again = await books[v.direction].reprint(v, actor);
    return {
      ...again,
      Pages: v.page_count,
      Entries: v.entry_count,
      Empty: v.entry_count === 0,
      AmendmentRows: v.amendment_rows,
      Volume: toVolume(v),
      FontName: v.font_name,
    };
  }

  async function print(input: PrintInput, actor: string): Promise<PrintOutput> {
    const now = deps.clock.now();
    const today = vnDate(now);
    const direction = input.Direction;
    const book = books[direction];
    const byTerm = input.Term === undefined ? null : termRange(input, deps.term(input.Term));
    if (byTerm) input = { ...input, From: byTerm.from, To: byTerm.to, Series: byTerm.series };
    const year = input.From ? Number(input.From.slice(0, 4)) : (input.Year ?? vnYear(now));
    if (direction === 'den' && input.Series && input.Series !== 'den' && input.Series !== SECRET_SERIES.den) {
      throw appError('books.incomingOneSeries', undefined, { field: 'Series' });
    }
    // The mật book is printed for the state-secret register kept on paper; its volumes are not
    // numbered among the ordinary books' quyển.
    if (input.Series && isSecretSeries(input.Series) && (input.Lock || input.Volume !== undefined)) {
      throw appError('books.secretNoLock', undefined, { field: 'Lock' });
    }
    if (input.Volume !== undefined && !input.Lock) {
      const existing = book.find(year, input.Volume);
      if (existing) return reprint(existing, input, actor);
      if (!input.From && input.Year === undefined) {
        const params = { volume: input.Volume, year };
        throw direction === 'den'
          ? appError('books.volumeNotLockedIncoming', params, { year, volume: input.Volume })
          : appError('books.volumeNotLockedOutgoing', params, { year, volume: input.Volume });
      }
    }
    const agency = requireAgency();
    const family = await deps.fonts.preferred();
    const dateFrom = input.From ?? (input.NumberFrom === undefined ? `${year}-01-01` : null);
    const dateTo = input.To ?? (input.NumberFrom === undefined ? `${year}-12-31` : null);
    const range = {
      direction,
      // A term's book may span calendar years: its dates and series bound it, not a year.
      year: byTerm && !input.Lock ? undefined : year,
      termId: byTerm?.term.id,
      dateFrom,
      dateTo,
      numberFrom: input.NumberFrom,
      numberTo: input.NumberTo,
      series: input.Series,
    };

    if (input.Lock) {
      book.requireEnded(dateTo, today);
      if (
        input.NumberTo !== undefined &&
        input.NumberTo > deps.registerRepo.maxNumber(direction, year, input.Series ?? (direction === 'den' ? 'den' : 'hanh-chinh'))
      ) {
        throw appError('books.numberNotIssued', { number: input.NumberTo, year }, { field: 'NumberTo' });
      }
    }

    // Facts first: corrections after a lock and late entries are recorded whatever is printed.
    deps.sqlite.transaction(() => detectAmendments(repo, deps.volumes, deps.audit, direction, toVnIso(now))).immediate();

    const multiSeries = deps.ranges.seriesIn(range).length > 1;
    const rows: BookRow[] = [];
    const entryIds: (string | null)[] = [];
    const regular: { id: string; number: number; sha: string }[] = [];
    const numbers = new Map<string, { first: string; last: string }>();
    let lastSeries = '';
    let minDate: string | null = null;
    let maxDate: string | null = null;
    for (const row of deps.ranges.entries(range)) {
      const e = toEntry(row);
      if (multiSeries && row.series !== lastSeries) {
        rows.push({ kind: 'section', cells: [`Dãy số: ${seriesLabel(row.series, e.TypeName)}`] });
        entryIds.push(null);
      }
      lastSeries = row.series;
      const cells = cellsOf(e);
      rows.push({ kind: 'entry', cells });
      entryIds.push(e.id);
      regular.push({ id: e.id, number: row.number, sha: rowHash(cells) });
      const n = numbers.get(row.series);
      const printed = printedNumber(e);
      if (n) n.last = printed;
      else numbers.set(row.series, { first: printed, last: printed });
      if (minDate === null || row.reg_date < minDate) minDate = row.reg_date;
      if (maxDate === null || row.reg_date > maxDate) maxDate = row.reg_date;
    }
    const regularIds = regular.map((r) => r.id);
    const empty = regularIds.length === 0;
    if (empty) {
      rows.push({ kind: 'empty', cells: ['Không có văn bản nào được đăng ký trong khoảng này.'] });
      entryIds.push(null);
    }

    const lockedAlready = repo.volumeOfEntries(regularIds);
    const overlapping = book
      .volumes(year)
      .filter(
        (v) =>
          (v.series ?? null) === (input.Series ?? null) &&
          v.date_from &&
          v.date_to &&
          dateFrom &&
          dateTo &&
          v.date_from <= dateTo &&
          dateFrom <= v.date_to,
      );
    let volumeNo: number | null = input.Volume ?? null;
    if (input.Lock) {
      if (lockedAlready.size > 0 || overlapping.length > 0) {
        const nos = [...new Set([...lockedAlready.values(), ...overlapping.map((v) => v.volume_no)])].sort((a, b) => a - b);
        throw appError('books.overlapsLocked', { volumes: nos.join(', '), year }, { volumes: nos });
      }
      volumeNo = book.nextNo(year, input.Volume);
    }
    // Amendments belong in the next volume: locked, or a draft of what the next volume will be.
    const candidateNext = input.Lock || (lockedAlready.size === 0 && overlapping.length === 0);
    const extra = candidateNext ? amendmentRows(repo.pendingAmendments(direction)) : amendmentRows([]);
    rows.push(...extra.rows);
    entryIds.push(...extra.entryIds);

    const single = numbers.size === 1 ? [...numbers.values()][0]! : null;
    const period = byTerm && !input.Lock ? `— ${byTerm.term.name}` : `năm ${year}`;
    const title = `Sổ đăng ký văn bản ${DIRECTION_WORD[direction]} ${period}${volumeNo ? ` — Quyển số ${volumeNo}` : ''}`;
    const model: BookSnapshot = {
      layoutVersion: BOOK_LAYOUT_VERSION,
      direction,
      paper: input.Paper,
      cover: {
        parentName: agency.parentName,
        agencyName: agency.name,
        title: BOOK_TITLES[direction],
        year,
        dateFrom: dateFrom ?? minDate,
        dateTo: dateTo ?? maxDate,
        numberFrom: single?.first ?? null,
        numberTo: single?.last ?? null,
        volumeNo,
        system: agency.system,
        termName: agency.system === 'party' ? (byTerm?.term.name ?? termOn(dateFrom ?? minDate ?? today)) : null,
        ...(byTerm && dateFrom && dateTo && dateFrom.slice(0, 4) !== dateTo.slice(0, 4)
          ? { yearLabel: `${dateFrom.slice(0, 4)}–${dateTo.slice(0, 4)}` }
          : {}),
      },
      rows,
      entryIds,
      title,
      subject: `${agency.name} — ${title}`,
      date: toVnIso(now),
      runningTitle: `${title}${input.Lock ? '' : volumeNo ? '' : ' (bản xem trước, chưa khóa)'}`,
    };
    const rendered = await book.render(model, family);
    const fileName =
      volumeNo && input.Lock
        ? `so-${direction}-${year}-quyen-${volumeNo}.pdf`
        : `so-${direction}-${model.cover.dateFrom ?? year}-${model.cover.dateTo ?? ''}.pdf`;
    const file = await deps.output.put(rendered.bytes, MEDIA.pdf, fileName, rendered.pages);
    const base = {
      File: file,
      Pages: rendered.pages,
      Entries: regularIds.length,
      Empty: empty,
      AmendmentRows: extra.amendmentIds.length,
      Source: 'generated' as const,
      FontName: family.name,
    };
    if (!input.Lock) {
      deps.logger.info('book printed', { direction, year, entries: regularIds.length, pages: rendered.pages });
      return { ...base, Volume: null };
    }

    const volume = book.lock(
      {
        year,
        volumeNo: volumeNo!,
        from: dateFrom,
        to: dateTo,
        entries: regularIds.length,
        paper: input.Paper,
        pages: rendered.pages,
        model,
        file,
        family,
        register: {
          series: input.Series ?? null,
          number_from: input.NumberFrom ?? null,
          number_to: input.NumberTo ?? null,
          first_number: model.cover.numberFrom,
          last_number: model.cover.numberTo,
          amendment_rows: extra.amendmentIds.length,
        },
      },
      actor,
      {
        stillFree: () => repo.volumeOfEntries(regularIds).size === 0,
        alsoWrite: (v) => {
          for (const r of regular) repo.insertVolumeEntry(v.id, r.id, r.number, r.sha);
          for (const l of extra.lateEntries) repo.insertVolumeEntry(v.id, l.entryId, l.number, l.sha);
          repo.markReported(extra.amendmentIds, v.id);
        },
        data: {
          Direction: direction,
          Year: year,
          VolumeNo: volumeNo,
          DateFrom: dateFrom,
          DateTo: dateTo,
          Entries: regularIds.length,
          AmendmentRows: extra.amendmentIds.length,
          PdfSha256: file.sha256,
        },
      },
    );
    return { ...base, Volume: toVolume(volume) };
  }

  return { print };
}
