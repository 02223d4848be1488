import { beforeAll, describe, expect, it } from 'vitest';
import { checkNotice } from '../../src-shared/domain/calendar-model';
import { optionalCount, optionalDate, requiredText } from '../../src-shared/contracts/register-fields.contract';
import { readSoKyHieu } from '../../src-shared/domain/so-ky-hieu';
import { parseIsoDate } from '../../src-shared/domain/vn-time';
import { domainErrAround } from '../../src-shared/domain/domain-result';
import {
  AppError,
  appError,
  domainAppError,
  domainFieldError,
  errorInFile,
  keyedText,
  rowListError,
  textOfError,
} from '../../src-shared/rpc/errors';
import { ERROR_MARK, ERROR_TEXTS, fillErrorText } from '../../src-shared/rpc/error-texts';
import { ERROR_WORDS } from '../../src-shared/rpc/error-texts/words';
import { errorText, inputErrorText, loadEnglishErrors } from './error-text';
import { errorsEn } from './errors.en';

// The English catalog is fetched on demand in the window; every block below reads it.
beforeAll(() => loadEnglishErrors());

describe('errorText', () => {
  const err = appError('backup.fileMissing', { path: 'files/ab/abcd' }).toData();

  it('shows the English text of the key, filled with its params, in English mode', () => {
    expect(errorText(err, 'en')).toBe('The backup is incomplete: file "files/ab/abcd" is missing.');
  });

  it('shows the Vietnamese message the error carries in Vietnamese mode', () => {
    expect(err.message).toBe('Bản sao lưu không đầy đủ: thiếu tệp "files/ab/abcd".');
    expect(errorText(err, 'vi')).toBe(err.message);
  });

  it('falls back to the Vietnamese message for an error without a key or a key without English', () => {
    expect(errorText(new AppError('Conflict', 'Chưa có khóa.').toData(), 'en')).toBe('Chưa có khóa.');
    expect(errorText({ message: 'Lỗi mới.', code: 'future.key', params: {} }, 'en')).toBe('Lỗi mới.');
  });

  it('an error about one file keeps its key: the file name and the inner text are both in English', () => {
    const wrapped = errorInFile('scan 1.pdf', appError('scan.JAMMED', { detail: '.' })).toData();
    expect(wrapped.message).toBe('Tệp "scan 1.pdf": Kẹt giấy trong máy quét; hãy gỡ giấy kẹt rồi quét tiếp.');
    expect(errorText(wrapped, 'en')).toBe('File "scan 1.pdf": Paper jam; clear it and continue scanning.');
  });
});

/** Vietnamese letters with their diacritics (and đ): none may show in an English text. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/**
 * Vietnamese an English text quotes on purpose: words printed on the Vietnamese document itself (the
 * ĐẾN stamp, the number and date lines of the decree's layout), a legal document's number, and the
 * document symbols given as examples of the form a clerk types (QĐ-UBND, NĐ-CP).
 */
const QUOTED = ['ĐẾN', '"Số:      /…"', '"…, ngày … tháng … năm …"', '399-QĐ/TW', 'QĐ-UBND', 'NĐ-CP'];

describe('the error catalog in English', () => {
  const words = ERROR_WORDS as Readonly<Record<string, Readonly<Record<string, { vi: string; en: string }>>>>;
  const en = errorsEn as Readonly<Record<string, string | undefined>>;

  /** Every way a key can be filled: plain marks with ASCII samples, each `{{param:table}}` mark once per code of its table. */
  function samples(template: string): Record<string, string>[] {
    const marks = [...template.matchAll(ERROR_MARK)].map((m) => ({ name: m[1]!, table: m[2] }));
    const base: Record<string, string> = {
      ...{ party: 'Unit A', errno: 'EX', error: 'boom', seconds: '5', entity: 'amp', char: '#', charCode: '35' },
      ...{ engine: 'clamd', raw: 'timeout' },
    };
    for (const m of marks) base[m.name] ??= m.table === undefined ? `P-${m.name}` : Object.keys(words[m.table] ?? {})[0]!;
    const variants = marks.flatMap((m) =>
      m.table === undefined ? [] : Object.keys(words[m.table] ?? {}).map((code) => ({ ...base, [m.name]: code })),
    );
    return [base, ...variants];
  }

  it('every key has a Vietnamese and an English text, and every word table a word in both', () => {
    const keys = Object.keys(ERROR_TEXTS);
    expect(keys.length).toBeGreaterThan(300);
    expect(keys.filter((k) => !ERROR_TEXTS[k as keyof typeof ERROR_TEXTS].vi.trim() || !en[k]?.trim())).toEqual([]);
    const halfWords = Object.entries(words).flatMap(([t, ws]) =>
      Object.entries(ws)
        .filter(([, w]) => (w.vi === '') !== (w.en === ''))
        .map(([code]) => `${t}.${code}`),
    );
    expect(halfWords).toEqual([]);
  });

  it('each key, filled with sample params (every code of its word tables), reads without Vietnamese and with no mark left', () => {
    const leaks: string[] = [];
    for (const key of Object.keys(ERROR_TEXTS)) {
      const template = en[key] ?? '';
      for (const params of samples(template)) {
        const text = QUOTED.reduce((t, q) => t.replaceAll(q, ''), fillErrorText(template, params, 'en'));
        if (VIETNAMESE.test(text) || text.includes('{{')) leaks.push(`${key}: ${text}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('a code param is worded in each language (and the check sees Vietnamese when a word leaks)', () => {
    const data = appError('workflow.stepNotAllowed', { step: 'gia-han', state: 'cho-trinh', allowed: 'trinh,thu-hoi' }).toData();
    expect(data.message).toBe(
      'Không thể ghi bước "Gia hạn" khi văn bản đang ở trạng thái "Chờ trình". Các bước được phép: "Trình", "Thu hồi".',
    );
    const english = errorText(data, 'en');
    expect(english).toBe('A "Extend" step cannot be recorded while the document is "To present". Allowed steps: "Present", "Recall".');
    expect(VIETNAMESE.test(english)).toBe(false);
    expect(VIETNAMESE.test(fillErrorText(errorsEn['workflow.stepNotAllowed'], { step: 'Gia hạn', state: 'x', allowed: 'y' }, 'en'))).toBe(
      true,
    );
  });
});

describe('a domain check’s refusal, passed on keyed', () => {
  it('keeps its Vietnamese sentence word for word and reads in English from its key and params', () => {
    const r = parseIsoDate('2026-02-30');
    expect(r.ok).toBe(false);
    const refusal = domainAppError((r as Extract<typeof r, { ok: false }>).error).toData();
    expect(refusal).toMatchObject({ kind: 'Validation', code: 'domain.dateNoSuchDay', details: { code: 'INVALID_DAY' } });
    expect(refusal.message).toBe('Ngày "2026-02-30" không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày.');
    expect(errorText(refusal, 'en')).toBe('The date "2026-02-30" does not exist: month 2 of 2026 has only 28 days.');
  });

  it('introduced by the field it is about, both the field’s sentence and the refusal are in English', () => {
    const r = readSoKyHieu('');
    const err = domainFieldError('SoKyHieu', 'register.soKyHieuInvalid', (r as Extract<typeof r, { ok: false }>).error, {
      field: 'SoKyHieu',
    });
    expect(err.message).toBe('Số, ký hiệu văn bản (SoKyHieu): Chưa nhập số, ký hiệu văn bản.');
    expect(err.details).toMatchObject({ field: 'SoKyHieu', code: 'EMPTY', fields: [{ field: 'SoKyHieu', message: err.message }] });
    expect(errorText(err.toData(), 'en')).toBe('Document number and symbol (SoKyHieu): The document number and symbol are not filled in.');
  });

  it('a refusal that wraps another (a bad date in a notice) reads whole in each language', () => {
    const r = checkNotice({ year: 2026, source: '9441/TB-BNV', daysOff: [{ date: '2026-13-01', reason: 'Tết' }], workingDays: [] }, [0, 6]);
    const refusal = domainAppError((r as Extract<typeof r, { ok: false }>).error).toData();
    expect(refusal.message).toBe(
      'Ngày "2026-13-01" trong thông báo 9441/TB-BNV: Tháng 13 trong ngày "2026-13-01" không hợp lệ (tháng từ 1 đến 12).',
    );
    expect(errorText(refusal, 'en')).toBe(
      'Date "2026-13-01" in notice 9441/TB-BNV: Month 13 in the date "2026-13-01" is not valid (months run from 1 to 12).',
    );
  });

  it('a refusal wrapped twice keeps every level’s key and params: nothing is lost, no name is taken from another level', () => {
    const r = readSoKyHieu('');
    const field = domainFieldError('SoKyHieu', 'register.soKyHieuInvalid', (r as Extract<typeof r, { ok: false }>).error, {
      field: 'SoKyHieu',
    });
    const inFile = errorInFile('scan 2.pdf', field).toData();
    expect(inFile.message).toBe('Tệp "scan 2.pdf": Số, ký hiệu văn bản (SoKyHieu): Chưa nhập số, ký hiệu văn bản.');
    expect(errorText(inFile, 'en')).toBe(
      'File "scan 2.pdf": Document number and symbol (SoKyHieu): The document number and symbol are not filled in.',
    );
    // The same param (a file's name) at two levels: each level shows its own.
    const twice = errorInFile('hồ sơ.zip', errorInFile('scan 1.pdf', appError('scan.JAMMED', { detail: '.' }))).toData();
    expect(twice.message).toBe('Tệp "hồ sơ.zip": Tệp "scan 1.pdf": Kẹt giấy trong máy quét; hãy gỡ giấy kẹt rồi quét tiếp.');
    expect(errorText(twice, 'en')).toBe('File "hồ sơ.zip": File "scan 1.pdf": Paper jam; clear it and continue scanning.');
    // A domain refusal wrapped twice (domainErrAround) reads whole too.
    const date = parseIsoDate('2026-02-30');
    const inner = domainErrAround('BAD', 'domain.fieldDate', (date as Extract<typeof date, { ok: false }>).error, {
      field: 'issued',
      tag: 'IssuedDate',
    }).error;
    const outer = domainAppError(domainErrAround('BAD', 'domain.noticeDate', inner, { day: '30/02', source: '9441/TB-BNV' }).error);
    expect(errorText(outer.toData(), 'en')).toBe(
      'Date "30/02" in notice 9441/TB-BNV: Document date (IssuedDate): The date "2026-02-30" does not exist: month 2 of 2026 has only 28 days.',
    );
  });

  it('a damaged setting is named by its word in each language', () => {
    const damaged = appError('settings.damaged', { name: 'register.numbering', problem: 'OutgoingSeries: Invalid option' }).toData();
    expect(damaged.message).toContain('Thiết lập "Cách đánh số văn bản đi" (register.numbering) trong cơ sở dữ liệu bị hỏng');
    expect(errorText(damaged, 'en')).toContain('The setting "Outgoing document numbering" (register.numbering) in the database is damaged');
  });
});

describe('the rows an import refuses, listed in one param', () => {
  const list = {
    param: 'errors',
    prefix: 'common.rowRefused',
    columnPrefix: 'common.rowColumnRefused',
    separator: '\n',
    items: [
      { row: 3, column: 'C', header: 'Đơn vị', reasons: [keyedText('directory.rowNoUnit', { ref: 'Phòng Không Có' })] },
      { row: 4, reasons: [textOfError(appError('directory.unitExists', { name: 'Văn phòng' }))] },
      { row: 5, column: 'D', header: 'E-mail', reasons: [{ message: 'E-mail không đúng dạng.' }] },
    ],
    more: false,
  };
  const err = rowListError('directory.importErrorsPeople', { count: '3' }, list, { field: 'file' }).toData();

  it('reads row by row in Vietnamese as one text, and row by row in English from each reason’s key', () => {
    expect(err.message).toBe(
      'Tệp danh bạ cán bộ có 3 lỗi; chưa nhập dòng nào.\n' +
        'Dòng 3, cột C (Đơn vị): không có đơn vị "Phòng Không Có" trong danh bạ (hãy nhập danh sách đơn vị trước).\n' +
        'Dòng 4: Đã có đơn vị "Văn phòng" trong danh bạ.\n' +
        'Dòng 5, cột D (E-mail): E-mail không đúng dạng.',
    );
    expect(errorText(err, 'vi')).toBe(err.message);
    // A reason without a key (a schema's own message) stays as it is; its row is still worded in English.
    expect(errorText(err, 'en')).toBe(
      'The staff directory file has 3 errors; no row was imported.\n' +
        'Row 3, column C (Đơn vị): there is no unit "Phòng Không Có" in the directory (import the units first).\n' +
        'Row 4: The directory already has a unit "Văn phòng".\n' +
        'Row 5, column D (E-mail): E-mail không đúng dạng.',
    );
  });
});

describe('the doubts of a reading, shown beside a field', () => {
  const inEnglish = (flags: { message: string; key?: string; params?: Readonly<Record<string, string | number>> }[]) =>
    flags.map((f) => errorText({ message: f.message, code: f.key, params: f.params }, 'en'));

  it('page 1 read by OCR (intake/extract/fields.ts flags): a flag reads in English from its key', () => {
    const repaired = keyedText('intake.flagNotationRepaired', { read: 'TTT-STTTT', repaired: 'TTr-STTTT', title: 'Tờ trình' });
    expect(repaired.message).toBe('Ký hiệu đọc được là "TTT-STTTT", đã sửa thành "TTr-STTTT" theo tên loại "Tờ trình"; hãy kiểm tra lại.');
    expect(inEnglish([{ ...repaired, key: repaired.code }])).toEqual([
      'The symbol read was "TTT-STTTT"; it was corrected to "TTr-STTTT" to match the type "Tờ trình". Please check it.',
    ]);
  });

  it('a typed "số, ký hiệu" read with a note: the note in English', () => {
    const r = readSoKyHieu('12/CV-UBND');
    const note = (r as Extract<typeof r, { ok: true }>).value.notes[0]!;
    expect(note.message).toContain('"CV" không phải chữ viết tắt chính thức');
    expect(errorText({ ...note, code: note.key }, 'en')).toBe(
      '"CV" is not an official abbreviation: Công văn has no type abbreviation; the symbol is [body]-[unit], for example UBND-VP.',
    );
    const unparsed = readSoKyHieu('abc');
    const why = (unparsed as Extract<typeof unparsed, { ok: true }>).value.notes[0]!;
    expect(errorText({ ...why, code: why.key }, 'en')).toMatch(/^The number and symbol "abc" follow neither the State form/);
  });
});

describe('a form field refused by a contract’s schema (FormField)', () => {
  it('reads in the window’s language from the key its message was worded from; another message stays as it is', () => {
    const blank = requiredText('Trích yếu nội dung', 'Subject', 500).safeParse('   ').error!.issues[0]!.message;
    expect(blank).toBe('Trích yếu nội dung (Subject) không được để trống.');
    expect(inputErrorText(blank, 'vi')).toBe(blank);
    expect(inputErrorText(blank, 'en')).toBe('Subject (Subject) must not be blank.');
    const tooLong = optionalCount('Số trang của văn bản', 'PageAmount', 3).safeParse(1000).error!.issues[0]!.message;
    expect(tooLong).toBe('Số trang của văn bản (PageAmount) tối đa 3 chữ số.');
    expect(inputErrorText(tooLong, 'en')).toBe('Number of pages (PageAmount) has at most 3 digits.');
    expect(inputErrorText('Một thông báo khác.', 'en')).toBe('Một thông báo khác.');
  });

  it('a date typed wrong, worded when it is checked, reads in English too', () => {
    const bad = optionalDate('Từ ngày', 'From').safeParse('30/02/2026').error!.issues[0]!.message;
    expect(bad).toMatch(/^Từ ngày \(From\): /);
    expect(inputErrorText(bad, 'vi')).toBe(bad);
    expect(inputErrorText(bad, 'en')).toBe('From (From): The date "30/02/2026" does not exist: month 2 of 2026 has only 28 days.');
  });
});

describe('a schema refusing a field (the router’s rpc.invalidInput)', () => {
  it('a date field’s refusal is keyed in its issue, and the summary reads in English field by field', () => {
    const parsed = optionalDate('Ngày, tháng, năm văn bản', 'IssuedDate').safeParse('30/02/2026');
    const issue = parsed.error!.issues[0]! as {
      message: string;
      params?: { key: string; params: Readonly<Record<string, string | number>> };
    };
    expect(issue.message).toBe('Ngày, tháng, năm văn bản (IssuedDate): Ngày "30/02/2026" không tồn tại: tháng 2 năm 2026 chỉ có 28 ngày.');
    // As router.ts validationError builds it (its own test checks the fields it gives).
    const fields = [
      { field: 'IssuedDate', message: issue.message, code: issue.params!.key, params: issue.params!.params },
      { field: 'Subject', message: 'Trích yếu nội dung (Subject) là bắt buộc.' },
    ];
    const summary = 'IssuedDate: ' + issue.message.replace(/\.$/, '') + '; Subject: Trích yếu nội dung (Subject) là bắt buộc';
    const err = appError(
      'rpc.invalidInput',
      { what: 'gửi cho register.addIncoming', via: 'send', name: 'register.addIncoming', summary },
      { fields },
    );
    expect(err.message).toBe(`Dữ liệu gửi cho register.addIncoming không hợp lệ — ${summary}`);
    // A field without a key (a plain schema message) stays as it is.
    expect(errorText(err.toData(), 'en')).toBe(
      'The data sent to register.addIncoming is not valid — IssuedDate: Document date (IssuedDate): The date "30/02/2026" does not exist: month 2 of 2026 has only 28 days; Subject: Trích yếu nội dung (Subject) là bắt buộc',
    );
  });
});
