/**
 * Import and export of the directory in one layout (CSV or xlsx, Vietnamese headings), so an
 * export re-imports unchanged. Import is checked whole and written all-or-nothing: every error
 * names its row and column; a dry run writes nothing.
 */
import { PersonInputSchema, UnitInputSchema, type DirectoryImportResult } from '../../../src-shared/contracts/directory.contract';
import { foldVietnamese } from '../../../src-shared/domain';
import type { ErrorCode, ErrorParams } from '../../../src-shared/rpc/errors';
import { AppError, appError, keyedText, rowListError, textOfError } from '../../../src-shared/rpc/errors';
import type { KeyedText, RowRefusal } from '../../../src-shared/rpc/error-texts/fill';
import { headingKey } from '../books/spreadsheet/columns';
import { columnLetter } from '../books/spreadsheet/mapping';
import { cellText, readSpreadsheet } from '../books/spreadsheet/read-sheet';
import { newId } from '../../core/ids';
import type { DirectoryRepo, UnitRow } from './directory.repo';
import type { DirectoryService } from './directory.service';

type Kind = 'units' | 'people';

interface Col {
  field: string;
  header: string;
  synonyms: string[];
}

const UNIT_COLS: Col[] = [
  { field: 'id', header: 'Mã', synonyms: ['ma', 'id', 'ma don vi'] },
  { field: 'name', header: 'Tên đơn vị', synonyms: ['ten don vi', 'don vi', 'ten', 'ten phong ban', 'phong ban'] },
  { field: 'shortName', header: 'Tên viết tắt', synonyms: ['ten viet tat', 'viet tat', 'ky hieu'] },
  { field: 'parent', header: 'Đơn vị cấp trên', synonyms: ['don vi cap tren', 'cap tren', 'truc thuoc'] },
  { field: 'active', header: 'Đang hoạt động', synonyms: ['dang hoat dong', 'hoat dong', 'con hoat dong'] },
];
const PERSON_COLS: Col[] = [
  { field: 'id', header: 'Mã', synonyms: ['ma', 'id', 'ma can bo'] },
  { field: 'fullName', header: 'Họ và tên', synonyms: ['ho va ten', 'ho ten', 'ten can bo'] },
  { field: 'position', header: 'Chức vụ', synonyms: ['chuc vu', 'chuc danh'] },
  { field: 'unit', header: 'Đơn vị', synonyms: ['don vi', 'phong ban', 'don vi cong tac'] },
  { field: 'email', header: 'E-mail', synonyms: ['e mail', 'email', 'thu dien tu'] },
  { field: 'phone', header: 'Điện thoại', synonyms: ['dien thoai', 'so dien thoai', 'sdt'] },
  { field: 'isLeader', header: 'Lãnh đạo', synonyms: ['lanh dao', 'la lanh dao'] },
  { field: 'active', header: 'Đang làm việc', synonyms: ['dang lam viec', 'dang hoat dong', 'hoat dong'] },
];
const colsOf = (k: Kind) => (k === 'units' ? UNIT_COLS : PERSON_COLS);
const MAX_ERRORS = 30;

function yesNo(s: string): boolean | null {
  const k = foldVietnamese(s);
  if (k === '') return null;
  if (['co', 'x', '1', 'true', 'yes', 'dung', 'c'].includes(k)) return true;
  if (['khong', '0', 'false', 'no', 'k', 'nghi', 'da nghi'].includes(k)) return false;
  return null;
}

export function createDirectoryTransfer(deps: { repo: DirectoryRepo; service: DirectoryService }) {
  const { repo } = deps;
  const { writeUnit, writePerson, unitRow, personRow, tx, now } = deps.service.internal;

  function unitByRef(ref: string): UnitRow | undefined {
    const key = foldVietnamese(ref);
    const all = repo.unitsByKey(key);
    return all.find((u) => u.active === 1) ?? all[0];
  }

  async function importFile(
    input: { kind: Kind; fileName: string; dataBase64: string; dryRun: boolean },
    actor: string,
  ): Promise<DirectoryImportResult> {
    const clean = input.dataBase64.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw appError('directory.fileNotBase64', undefined, { field: 'dataBase64' });
    const sheet = await readSpreadsheet(Buffer.from(clean, 'base64'), input.fileName);
    const cols = colsOf(input.kind);
    const header = sheet.rows[0] ?? [];
    const at = new Map<string, number>();
    header.forEach((c, i) => {
      const key = headingKey(cellText(c));
      const col = cols.find((d) => d.synonyms.includes(key));
      if (col && !at.has(col.field)) at.set(col.field, i);
    });
    const required = input.kind === 'units' ? 'name' : 'fullName';
    if (!at.has(required)) {
      const h = cols.find((c) => c.field === required)!.header;
      const params = { column: h, columns: cols.map((c) => c.header).join(', ') };
      throw input.kind === 'units'
        ? appError('directory.missingColumnUnits', params, { field: 'file' })
        : appError('directory.missingColumnPeople', params, { field: 'file' });
    }
    const errors: RowRefusal[] = [];
    const counts = { added: 0, updated: 0, unchanged: 0 };
    const rollback = new Error('rollback');
    const refusal = (row: number, reason: KeyedText, field?: string): RowRefusal => {
      const idx = field === undefined ? undefined : at.get(field);
      if (idx === undefined) return { row, reasons: [reason] };
      return { row, column: columnLetter(idx), header: cols.find((c) => c.field === field)!.header, reasons: [reason] };
    };

    const run = () => {
      const stamp = now();
      for (let r = 1; r < sheet.rows.length && errors.length < MAX_ERRORS; r++) {
        const cells = sheet.rows[r]!;
        const get = (f: string) => (at.has(f) ? cellText(cells[at.get(f)!]) : '');
        if (cells.every((c) => cellText(c) === '')) continue;
        const rowNo = r + 1;
        try {
          const id = get('id').toLowerCase();
          if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
            throw fieldError('id', 'directory.rowNotUuid', { value: id });
          const activeText = get('active');
          const active = yesNo(activeText);
          if (activeText !== '' && active === null) throw fieldError('active', 'directory.rowNotYesNo', { value: activeText });
          if (input.kind === 'units') {
            const parentRef = get('parent');
            const parent = parentRef ? unitByRef(parentRef) : undefined;
            if (parentRef && !parent) throw fieldError('parent', 'directory.rowNoParent', { ref: parentRef });
            const parsed = UnitInputSchema.safeParse({ name: get('name'), shortName: get('shortName'), parentId: parent?.id ?? null });
            if (!parsed.success)
              throw issueError(parsed.error.issues[0]!.path[0] === 'shortName' ? 'shortName' : 'name', parsed.error.issues[0]!.message);
            const existing = id ? repo.unitById(id) : unitByRef(parsed.data.name);
            const e = existing ? unitRow(existing) : undefined;
            const isActive = active ?? (e ? e.active === 1 : true);
            if (
              e &&
              e.name === parsed.data.name &&
              e.short_name === parsed.data.shortName &&
              e.parent_id === (parsed.data.parentId ?? null) &&
              e.active === (isActive ? 1 : 0)
            ) {
              counts.unchanged++;
              continue;
            }
            writeUnit(e, e?.id ?? (id || newId()), parsed.data, isActive, actor, stamp);
            counts[e ? 'updated' : 'added']++;
          } else {
            const unitRef = get('unit');
            const unit = unitRef ? unitByRef(unitRef) : undefined;
            if (unitRef && !unit) throw fieldError('unit', 'directory.rowNoUnit', { ref: unitRef });
            const leaderText = get('isLeader');
            const leader = yesNo(leaderText);
            if (leaderText !== '' && leader === null) throw fieldError('isLeader', 'directory.rowNotYesNo', { value: leaderText });
            const parsed = PersonInputSchema.safeParse({
              fullName: get('fullName'),
              position: get('position'),
              unitId: unit?.id ?? null,
              email: get('email'),
              phone: get('phone'),
              isLeader: leader ?? false,
            });
            if (!parsed.success) {
              const f = String(parsed.error.issues[0]!.path[0] ?? 'fullName');
              throw issueError(cols.some((c) => c.field === f) ? f : 'fullName', parsed.error.issues[0]!.message);
            }
            const byId = id ? repo.personById(id) : undefined;
            const e = byId ? personRow(byId) : undefined;
            const d = parsed.data;
            const isActive = active ?? (e ? e.active === 1 : true);
            if (
              e &&
              e.full_name === d.fullName &&
              e.position === d.position &&
              e.unit_id === (d.unitId ?? null) &&
              e.email === d.email &&
              e.phone === d.phone &&
              e.is_leader === (d.isLeader ? 1 : 0) &&
              e.active === (isActive ? 1 : 0)
            ) {
              counts.unchanged++;
              continue;
            }
            writePerson(e, e?.id ?? (id || newId()), d, isActive, actor, stamp);
            counts[e ? 'updated' : 'added']++;
          }
        } catch (err) {
          if (err instanceof FieldError) errors.push(refusal(rowNo, err.reason, err.field));
          else if (err instanceof AppError) errors.push(refusal(rowNo, textOfError(err)));
          else throw err;
        }
      }
      if (errors.length > 0 || input.dryRun) throw rollback;
    };
    try {
      tx(run);
    } catch (err) {
      if (err !== rollback) throw err;
    }
    if (errors.length > 0) {
      const params = { count: `${errors.length}${errors.length >= MAX_ERRORS ? '+' : ''}` };
      const list = {
        param: 'errors',
        prefix: 'common.rowRefused',
        columnPrefix: 'common.rowColumnRefused',
        separator: '\n',
        items: errors,
        more: false,
      };
      const err = rowListError(input.kind === 'units' ? 'directory.importErrorsUnits' : 'directory.importErrorsPeople', params, list, {
        field: 'file',
      });
      // Each row's line in Vietnamese too, as before (scripts read them).
      err.details!.errors = String(err.params!.errors).split('\n');
      throw err;
    }
    return { kind: input.kind, ...counts, dryRun: input.dryRun };
  }

  async function exportFile(input: { kind: Kind; format: 'csv' | 'xlsx' | 'json'; includeInactive: boolean }) {
    const cols = colsOf(input.kind);
    const units = new Map(repo.allUnits().map((u) => [u.id, u]));
    const yes = (b: number) => (b === 1 ? 'Có' : 'Không');
    let rows: string[][];
    if (input.kind === 'units') {
      const list = [...units.values()].filter((u) => input.includeInactive || u.active === 1);
      // Parents before children, so the file re-imports in one pass.
      const depth = (u: UnitRow): number => (u.parent_id && units.get(u.parent_id) ? 1 + depth(units.get(u.parent_id)!) : 0);
      list.sort((a, b) => depth(a) - depth(b) || a.name_key.localeCompare(b.name_key));
      rows = list.map((u) => [u.id, u.name, u.short_name ?? '', u.parent_id ? (units.get(u.parent_id)?.name ?? '') : '', yes(u.active)]);
    } else {
      rows = repo
        .allPeople()
        .filter((p) => input.includeInactive || p.active === 1)
        .map((p) => [
          p.id,
          p.full_name,
          p.position ?? '',
          p.unit_name ?? '',
          p.email ?? '',
          p.phone ?? '',
          yes(p.is_leader),
          yes(p.active),
        ]);
    }
    const base = input.kind === 'units' ? 'danh-ba-don-vi' : 'danh-ba-can-bo';
    if (input.format === 'json') {
      const items = rows.map((r) => Object.fromEntries(cols.map((c, i) => [c.header, r[i]])));
      return {
        fileName: `${base}.json`,
        mediaType: 'application/json',
        dataBase64: Buffer.from(JSON.stringify(items, null, 2)).toString('base64'),
        count: rows.length,
      };
    }
    if (input.format === 'csv') {
      const q = (s: string) => (/[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const text = '\ufeff' + [cols.map((c) => q(c.header)), ...rows.map((r) => r.map(q))].map((r) => r.join(',')).join('\r\n') + '\r\n';
      return {
        fileName: `${base}.csv`,
        mediaType: 'text/csv',
        dataBase64: Buffer.from(text, 'utf8').toString('base64'),
        count: rows.length,
      };
    }
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'vanthu';
    const ws = wb.addWorksheet(input.kind === 'units' ? 'Đơn vị' : 'Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = cols.map((c) => ({ header: c.header, width: c.field === 'id' ? 38 : 28 }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return {
      fileName: `${base}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      dataBase64: buf.toString('base64'),
      count: rows.length,
    };
  }

  return { importFile, exportFile };
}

/** A row's refusal about one column, keyed where it can be (a schema's own message is not). */
class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: KeyedText,
  ) {
    super(reason.message);
  }
}
const fieldError = (field: string, code: ErrorCode, params: ErrorParams) => new FieldError(field, keyedText(code, params));
const issueError = (field: string, message: string) => new FieldError(field, { message });

export type DirectoryTransfer = ReturnType<typeof createDirectoryTransfer>;
