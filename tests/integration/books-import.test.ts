import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../../src-main/features/books/book-rows';
import { unicodeToTcvn3 } from '../../src-main/features/books/encoding/tcvn3';
import { unicodeToVni } from '../../src-main/features/books/encoding/vni';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { errorText, loadEnglishErrors } from '../../src-renderer/i18n/error-text';
import { seededApp, storedBytes } from './books-helpers';
import { agencyApp, err, incoming, ok, type TestApp } from './register-helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-import-'));
const t3 = unicodeToTcvn3;

async function all(app: TestApp, Direction: 'den' | 'di'): Promise<RegisterEntry[]> {
  const out: RegisterEntry[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: RegisterEntry[]; nextCursor: string | null } = await ok(app, 'register.list', { Direction, limit: 500, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out.sort((a, b) => (a.ArrivalNumber ?? 0) - (b.ArrivalNumber ?? 0) || (a.CodeNumber ?? '').localeCompare(b.CodeNumber ?? ''));
}

/** An incoming register kept in Excel with .VnTime fonts: title rows, TCVN3 headings, the (1)…(10) row. */
async function tcvn3Workbook(file: string, rows: (string | number | Date)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So den 2024');
  const vn = { name: '.VnTime', size: 13 };
  ws.addRow([t3('UBND xã Tân Phú')]).font = { name: '.VnTimeH', size: 13 };
  ws.addRow([t3('sổ đăng ký văn bản đến năm 2024')]).font = { name: '.VnTimeH', size: 13, bold: true };
  const heads = [
    'Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu văn bản',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung văn bản',
    'Đơn vị hoặc người nhận',
    'Ngày chuyển',
    'Ký nhận',
    'Ghi chú',
  ];
  ws.addRow(heads.map(t3)).font = { ...vn, bold: true };
  ws.addRow(heads.map((_, i) => `(${i + 1})`)).font = vn;
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? t3(v) : v))).font = vn;
  await wb.xlsx.writeFile(file);
}

describe('import of registers kept in Excel', () => {
  it('imports a TCVN3 (.VnTime) register: converted to Unicode NFC, numbers kept, numbering continues after the highest', async () => {
    const { app, clock } = await agencyApp('2024-12-30T02:00:00Z');
    const file = path.join(tmp(), 'so-den-2024.xlsx');
    await tcvn3Workbook(file, [
      [
        '05/03/2024',
        1,
        'Uỷ ban nhân dân tỉnh Bình Phước',
        '15/QĐ-UBND',
        '01/03/2024',
        'Quyết định về việc phê duyệt kế hoạch cải cách hành chính năm 2024',
        'Văn phòng',
        '06/03/2024',
        '',
        '',
      ],
      [45357, 2, 'Sở Tài chính', '120/STC-NS', 45354, 'Công văn về việc hướng dẫn quyết toán ngân sách', 'Kế toán', '', '', 'Khẩn'],
      [
        new Date(Date.UTC(2024, 2, 7)),
        3,
        'Bộ Nội vụ',
        '3830/BNV-VTLTNN',
        '2024-03-01',
        'Hướng dẫn lập hồ sơ và giao nộp hồ sơ, tài liệu vào lưu trữ cơ quan',
        'Văn thư',
        '',
        '',
        '',
      ],
      [
        '11/3/2024',
        7,
        'Ủy ban nhân dân huyện Đồng Phú',
        '88/TB-UBND',
        '10/03/2024',
        'Thông báo lịch tiếp công dân tháng 3',
        'Phòng Tư pháp',
        '',
        '',
        '',
      ],
    ]);
    const preview = await ok(app, 'books.importPreview', { Direction: 'den', Path: file });
    expect(preview).toMatchObject({
      Format: 'xlsx',
      HeaderRow: 3,
      DataRows: 4,
      Accepted: 4,
      RejectedCount: 0,
      Encoding: { Detected: 'tcvn3' },
    });
    expect(preview.Encoding.ConvertedCells).toBeGreaterThan(10);
    expect(preview.Columns.slice(0, 3)).toMatchObject([
      { Letter: 'A', Header: 'Ngày đến', Field: 'ArrivalDate' },
      { Letter: 'B', Header: 'Số đến', Field: 'ArrivalNumber' },
      { Letter: 'C', Header: 'Tác giả', Field: 'OrganName' },
    ]);
    expect(preview.Warnings.join(' ')).toContain('(1) (2)');
    expect(preview.Warnings).toContain('Năm 2024: 3 số bị thiếu trong dãy nhập vào (có thể do dòng bị loại hoặc sổ cũ bỏ số).');
    // The same notes keyed, in the same order: the window words each in its language.
    expect(preview.KeyedWarnings.map((w: { message: string }) => w.message)).toEqual(preview.Warnings);
    await loadEnglishErrors();
    expect(preview.KeyedWarnings.map((w: { message: string }) => errorText(w, 'en'))).toEqual([
      'The column-number row "(1) (2) ..." under the heading row was skipped.',
      '4 rows have no Type column: the document type was inferred from the subject or the symbol.',
      'Year 2024: 3 numbers are missing from the imported series (rows refused, or numbers skipped in the old book).',
    ]);

    const result = await ok(app, 'books.import', { Direction: 'den', Path: file });
    expect(result.Imported).toBe(4);
    expect(result.Continues).toEqual([{ Year: 2024, Series: 'den', Highest: 7, Next: 8 }]);
    const entries = await all(app, 'den');
    expect(entries.map((e) => e.ArrivalNumber)).toEqual([1, 2, 3, 7]);
    expect(entries[0]).toMatchObject({
      ArrivalDate: '2024-03-05',
      OrganName: 'Uỷ ban nhân dân tỉnh Bình Phước',
      SoKyHieu: '15/QĐ-UBND',
      TypeName: 'Quyết định',
      Subject: 'Quyết định về việc phê duyệt kế hoạch cải cách hành chính năm 2024',
      ToPlaces: 'Văn phòng',
    });
    expect(entries[0]!.Subject).toBe(entries[0]!.Subject.normalize('NFC'));
    expect(entries[1]).toMatchObject({ ArrivalDate: '2024-03-06', IssuedDate: '2024-03-03', TypeName: 'Công văn', Description: 'Khẩn' });
    expect(entries[2]).toMatchObject({ ArrivalDate: '2024-03-07', TypeName: 'Hướng dẫn' });
    expect(cellsOf(entries[0]!)[7]).toBe('06/03/2024');

    // The register goes on after the highest imported number, and refuses nothing it gave.
    clock.set('2024-12-31T02:00:00Z');
    const next = await ok<{ entry: RegisterEntry }>(
      app,
      'register.addIncoming',
      incoming({ SoKyHieu: '9/TB-X', IssuedDate: '2024-12-30' }),
    );
    expect(next.entry.ArrivalNumber).toBe(8);
    // Importing the same file again refuses every row: the numbers are taken.
    const again = await err(app, 'books.import', { Direction: 'den', Path: file });
    expect(again.kind).toBe('Validation');
    expect(again.message).toContain('đã có trong sổ');
    expect(await all(app, 'den')).toHaveLength(5);
    app.close();
  });

  it('an imported entry goes through the register: announced with register.entryRegistered and audited', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    const file = path.join(tmp(), 'two.csv');
    fs.writeFileSync(
      file,
      '\ufeffSố đến,Ngày đến,Tác giả,Trích yếu nội dung\r\n4,02/01/2025,Sở Y tế,Thông báo lịch trực\r\n9,03/01/2025,Sở Nội vụ,Kế hoạch tuyển dụng\r\n',
    );
    const events: { name: string; payload: Record<string, unknown> }[] = [];
    app.events.subscribe((name, payload) => events.push({ name, payload: payload as Record<string, unknown> }));
    await ok(app, 'books.import', { Direction: 'den', Path: file });
    const entries = await all(app, 'den');
    const registered = events.filter((e) => e.name === 'register.entryRegistered').map((e) => e.payload);
    expect(registered).toEqual([
      { id: entries[0]!.id, Direction: 'den', Year: 2025, Number: 4 },
      { id: entries[1]!.id, Direction: 'den', Year: 2025, Number: 9 },
    ]);
    const { history } = await ok(app, 'register.get', { id: entries[1]!.id });
    expect(history[0]).toMatchObject({
      action: 'register.imported',
      data: { Direction: 'den', Year: 2025, Number: 9, Source: 'two.csv', Row: 3 },
    });
    expect((await ok(app, 'audit.verify', {})).ok).toBe(true);
    app.close();
  });

  it('mixed encodings in one workbook (Unicode, TCVN3, VNI), each cell by its font or by detection', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    const file = path.join(tmp(), 'mixed.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S1');
    ws.addRow(['Số đến', 'Ngày đến', 'Tác giả', 'Trích yếu', 'Tên loại']);
    ws.addRow([1, '02/01/2025', t3('Sở Tư pháp'), t3('Hướng dẫn triển khai Luật Lưu trữ'), 'Hướng dẫn']).getCell(3).font = {
      name: '.VnTime',
    };
    ws.addRow([2, '03/01/2025', unicodeToVni('Sở Nội vụ'), unicodeToVni('Kế hoạch tuyển dụng viên chức'), 'Kế hoạch']).getCell(4).font = {
      name: 'VNI-Times',
    };
    ws.addRow([3, '04/01/2025', 'Sở Y tế', 'Thông báo lịch trực', 'Thông báo']);
    await wb.xlsx.writeFile(file);
    const r = await ok(app, 'books.import', { Direction: 'den', Path: file });
    expect(r.Encoding.Detected).toBe('mixed');
    const e = await all(app, 'den');
    expect(e.map((x) => [x.OrganName, x.Subject])).toEqual([
      ['Sở Tư pháp', 'Hướng dẫn triển khai Luật Lưu trữ'],
      ['Sở Nội vụ', 'Kế hoạch tuyển dụng viên chức'],
      ['Sở Y tế', 'Thông báo lịch trực'],
    ]);
    app.close();
  });

  it('a VNI CSV saved as "ANSI" (Windows-1252, semicolons) is decoded and converted', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    const file = path.join(tmp(), 'vni.csv');
    const lines = [
      ['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Trích yếu nội dung', 'Đơn vị hoặc người nhận'],
      [
        '02/01/2025',
        '1',
        'Ủy ban nhân dân tỉnh Đồng Nai',
        '12/KH-UBND',
        'Kế hoạch phòng, chống thiên tai năm 2025',
        'Văn phòng; đồng chí Phó Chủ tịch',
      ],
      ['03/01/2025', '2', 'Sở Giáo dục và Đào tạo', '45/SGDĐT-VP', 'Về việc tổ chức thi học sinh giỏi', 'Phòng Văn hóa - Xã hội'],
    ].map((r) => r.map((c) => (/[;"]/.test(unicodeToVni(c)) ? `"${unicodeToVni(c)}"` : unicodeToVni(c))).join(';'));
    fs.writeFileSync(file, Buffer.from(lines.join('\r\n'), 'latin1'));
    const r = await ok(app, 'books.import', { Direction: 'den', Path: file });
    expect(r).toMatchObject({ Format: 'csv', Imported: 2, Encoding: { Detected: 'vni' } });
    const e = await all(app, 'den');
    expect(e[0]).toMatchObject({
      OrganName: 'Ủy ban nhân dân tỉnh Đồng Nai',
      TypeName: 'Kế hoạch',
      ToPlaces: 'Văn phòng; đồng chí Phó Chủ tịch',
    });
    expect(e[1]).toMatchObject({ OrganName: 'Sở Giáo dục và Đào tạo', TypeName: 'Công văn', Subject: 'Về việc tổ chức thi học sinh giỏi' });
    app.close();
  });

  it('wrong columns: a clear message naming what is missing and what was found', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    const file = path.join(tmp(), 'wrong.csv');
    fs.writeFileSync(file, '\ufeffHọ tên,Địa chỉ,Điện thoại\r\nNguyễn Văn A,Hà Nội,0900\r\n');
    const e = await err(app, 'books.importPreview', { Direction: 'den', Path: file });
    expect(e.kind).toBe('Validation');
    expect(e.message).toContain('Tệp thiếu cột bắt buộc: Số đến, Ngày đến, Tác giả (cơ quan ban hành), Trích yếu nội dung');
    expect(e.message).toContain('A "Họ tên"');
    const xls = path.join(tmp(), 'old.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect((await err(app, 'books.importPreview', { Direction: 'den', Path: xls })).message).toContain('.xls');
    // A window (HTTP / Electron transport) sends bytes; it may not make the main process read a path.
    const fromWindow = await app.router.call('books.importPreview', { Direction: 'den', Path: file }, { transport: 'http' });
    expect(fromWindow).toMatchObject({ ok: false, error: { kind: 'Validation', details: { field: 'Path' } } });
    app.close();
  });

  it('bad rows: nothing is written unless the clerk skips them; each rejected row says why', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    await ok(app, 'register.addIncoming', incoming({ ArrivalDate: '2025-01-02', IssuedDate: '2025-01-01' }));
    const file = path.join(tmp(), 'bad.csv');
    const rows = [
      'Số đến,Ngày đến,Tác giả,Trích yếu nội dung,Độ khẩn,Độ mật',
      '2,05/01/2025,Sở Tài chính,Báo cáo tài chính,,',
      '3,30/02/2025,Sở Tài chính,Ngày không tồn tại,,',
      '4,05/01/25,Sở Tài chính,Năm hai chữ số,,',
      '5,06/01/2025,Sở Tài chính,Độ khẩn lạ,Rất gấp,',
      '2,07/01/2025,Sở Tài chính,Trùng số trong tệp,,',
      '1,08/01/2025,Sở Tài chính,Trùng số đã có trong sổ,,',
      '6,09/01/2025,Công an tỉnh,Văn bản mật,,Mật',
      '7,45667,,Thiếu tác giả,,',
      '8,10/01/2025,Sở Nội vụ,Hợp lệ,Thượng khẩn,',
    ];
    fs.writeFileSync(file, '\ufeff' + rows.join('\r\n'));
    const e = await err(app, 'books.import', { Direction: 'den', Path: file });
    expect(e.message).toContain('7 dòng không hợp lệ');
    expect(e.message).toContain('Chưa có dòng nào được ghi');
    expect(await all(app, 'den')).toHaveLength(1);

    const preview = await ok(app, 'books.importPreview', { Direction: 'den', Path: file });
    const reasons = Object.fromEntries(preview.Rejected.map((r: { Row: number; Reasons: string[] }) => [r.Row, r.Reasons.join(' ')]));
    expect(reasons[3]).toContain('tháng 2 năm 2025 chỉ có 28 ngày');
    expect(reasons[4]).toContain('năm 2 chữ số');
    expect(reasons[5]).toContain('Độ khẩn "Rất gấp" không hợp lệ');
    expect(reasons[6]).toContain('trùng với dòng 2');
    expect(reasons[7]).toContain('đã có trong sổ');
    expect(reasons[8]).toContain('văn bản mật');
    expect(reasons[9]).toContain('Thiếu Tác giả');

    // The same reasons keyed: an English window words each row, and the refusal as a whole, in English.
    await loadEnglishErrors();
    const keyed = Object.fromEntries(preview.Rejected.map((r: { Row: number; Keyed: { message: string }[] }) => [r.Row, r.Keyed]));
    expect(
      preview.Rejected.every(
        (r: { Reasons: string[]; Keyed: { message: string }[] }) => r.Reasons.join() === r.Keyed.map((k) => k.message).join(),
      ),
    ).toBe(true);
    expect(keyed[5]).toEqual([expect.objectContaining({ code: 'booksRow.badUrgency', params: { value: 'Rất gấp' } })]);
    const inEnglish = (row: number) => keyed[row].map((k: { message: string }) => errorText(k, 'en')).join(' ');
    expect(inEnglish(3)).toBe('Arrival date: The date "30/02/2025" does not exist: month 2 of 2025 has only 28 days.');
    expect(inEnglish(4)).toBe('Arrival date: "05/01/25" has a 2-digit year; write all 4 digits (dd/mm/yyyy).');
    expect(inEnglish(6)).toBe('Arrival number 2 of 2025 repeats row 2 of the file.');
    expect(inEnglish(9)).toBe('Issuing body is missing.');
    expect(errorText(e, 'en')).toMatch(
      /^File "bad.csv" not imported: 7 rows are not valid \(row 3: Arrival date: The date .*; row 4: .*; row 5: The urgency "Rất gấp" is not valid .*; …\)/,
    );

    const r = await ok(app, 'books.import', { Direction: 'den', Path: file, SkipBadRows: true });
    expect(r).toMatchObject({ Imported: 2, RejectedCount: 7 });
    const e2 = await all(app, 'den');
    expect(e2.map((x) => x.ArrivalNumber)).toEqual([1, 2, 8]);
    expect(e2[2]!.Priority).toBe('thuong-khan');
    app.close();
  });

  it('a mapping file chooses columns by letter or heading and forces an encoding', async () => {
    const { app } = await agencyApp('2025-06-02T02:00:00Z');
    const file = path.join(tmp(), 'odd.csv');
    fs.writeFileSync(
      file,
      Buffer.from(
        ['STT,Cot A,Cot B,Cot C,Cot D', `1,12/05/2025,15,${t3('Sở Công Thương')},${t3('Kế hoạch xúc tiến thương mại')}`].join('\r\n'),
        'latin1',
      ),
    );
    const mapping = { HeaderRow: 1, Encoding: 'tcvn3', Columns: { ArrivalDate: 'B', ArrivalNumber: 'Cot B', OrganName: 4, Subject: 'E' } };
    const r = await ok(app, 'books.import', { Direction: 'den', Path: file, Mapping: mapping });
    expect(r.Imported).toBe(1);
    expect((await all(app, 'den'))[0]).toMatchObject({
      ArrivalNumber: 15,
      OrganName: 'Sở Công Thương',
      Subject: 'Kế hoạch xúc tiến thương mại',
      TypeName: 'Kế hoạch',
    });
    const bad = await err(app, 'books.importPreview', { Direction: 'den', Path: file, Mapping: { Columns: { ArrivalDate: 'Z' } } });
    expect(bad.message).toContain('Không tìm thấy cột "Z"');
    const wrongField = await err(app, 'books.importPreview', { Direction: 'den', Path: file, Mapping: { Columns: { Recipients: 'B' } } });
    expect(wrongField.message).toContain('không dùng cho sổ văn bản đến');
    app.close();
  });
});

describe('export', () => {
  it('exports .xlsx and CSV (UTF-8 with BOM) that re-import to the same register', async () => {
    const { app } = await seededApp({ days: 12 });
    const csv = await ok(app, 'books.export', { Direction: 'den', Year: 2026, Format: 'csv' });
    const csvBytes = storedBytes(app, csv.File);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8').split('\r\n')[0]).toBe(
      '\ufeffNgày đến,Số đến,Tác giả,"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại,Trích yếu nội dung,Đơn vị hoặc người nhận,Ngày chuyển,Ghi chú,Độ khẩn,Hình thức,Thời hạn giải quyết,Người ký,Trạng thái',
    );
    expect(csv.Rows).toBe(24);

    for (const [Direction, Format] of [
      ['den', 'xlsx'],
      ['di', 'xlsx'],
      ['di', 'csv'],
    ] as const) {
      const x = await ok(app, 'books.export', { Direction, Year: 2026, Format });
      const file = path.join(tmp(), x.File.fileName);
      fs.writeFileSync(file, storedBytes(app, x.File));
      const { app: fresh } = await agencyApp('2026-06-01T02:00:00Z');
      const r = await ok(fresh, 'books.import', { Direction, Path: file });
      expect(r.Imported).toBe(x.Rows);
      const before = (await all(app, Direction)).map(cellsOf);
      const after = (await all(fresh, Direction)).map(cellsOf);
      expect(after).toEqual(before);
      fresh.close();
    }
    app.close();
  });
});
