/**
 * Fuzz corpus, structured formats: register spreadsheets (CSV, xlsx) through `books.importPreview`,
 * edXML packets through `exchange.parsePacket`, a zipped attachment through the receiver's unzip,
 * a hub getEdoc JSON body through its streaming reader, and eSCL scanner XML. Each ends in a result
 * or a named refusal (Validation, or Offline for what a hub sends), never an internal error; bombs
 * (a zip expanding 1,000×, an xlsx of a million rows) are refused before they are expanded.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/rpc/errors';
import { E1_NEW_DOCUMENT } from '../../src-main/features/exchange/edxml/edxml.samples';
import { unzipSingleEntry, zipSingleFile } from '../../src-main/features/exchange/edxml/zip';
import { JsonDataExtractor } from '../../src-main/features/exchange/hub/json-data-stream';
import { parseCapabilities, parseScannerStatus } from '../../src-main/features/intake/scanner/escl-xml';
import { SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { writeZip } from '../support/zip-writer';
import { printReport, routerCall, runCorpus } from './corpus-runner';
import { cases, generic, xml, zip } from './mutate';

const app = testApp();
const dir = tempDataDir('vanthu-fuzz-struct-');
const seeds: Record<string, Buffer> = {};

const CSV = [
  'Số đến,Ngày đến,Tác giả,Số ký hiệu,Ngày văn bản,Tên loại,Trích yếu',
  '1,05/01/2026,UBND huyện Đồng Phú,12/UBND-VP,04/01/2026,Công văn,Về việc lịch tiếp công dân tháng 01',
  '2,06/01/2026,Sở Nội vụ,45/SNV-CCVC,05/01/2026,Công văn,"Về việc báo cáo số lượng, chất lượng cán bộ"',
  '3,07/01/2026,Huyện ủy Kim Động,19-QC/HU,06/01/2026,Quy chế,Quy chế làm việc của Ban Chấp hành',
].join('\r\n');

/** Every entry of a small zip (the test's own ExcelJS workbook), by name. */
async function unzipAll(zipBytes: Buffer): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  let p = zipBytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (p >= 0 && zipBytes.readUInt32LE(p) === 0x02014b50) {
    const nameLen = zipBytes.readUInt16LE(p + 28);
    const name = zipBytes.toString('utf8', p + 46, p + 46 + nameLen);
    const local = zipBytes.readUInt32LE(p + 42);
    const start = local + 30 + zipBytes.readUInt16LE(local + 26) + zipBytes.readUInt16LE(local + 28);
    const data = zipBytes.subarray(start, start + zipBytes.readUInt32LE(p + 20));
    out[name] = zipBytes.readUInt16LE(p + 10) === 8 ? (await import('node:zlib')).inflateRawSync(data) : Buffer.from(data);
    p += 46 + nameLen + zipBytes.readUInt16LE(p + 30) + zipBytes.readUInt16LE(p + 32);
  }
  return out;
}

/** What a direct call (not through the router) ended in: an AppError's kind, or a finding. */
async function direct(fn: () => unknown): Promise<string> {
  try {
    await fn();
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.kind === 'Internal' ? `Internal: ${err.message}` : err.kind;
    return `threw: ${(err as Error)?.stack ?? String(err)}`;
  }
}

beforeAll(async () => {
  const saved = await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  if (!saved.ok) throw new Error(saved.error.message);
  seeds.csv = Buffer.from(CSV, 'utf8');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ đến 2026');
  for (const line of CSV.split('\r\n')) ws.addRow(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '')));
  seeds.xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  seeds.edxml = Buffer.from(E1_NEW_DOCUMENT, 'utf8');
  const doc = path.join(dir, 'du-thao.docx');
  fs.writeFileSync(doc, Buffer.from('Dự thảo công văn gửi Sở Nội vụ. '.repeat(200), 'utf8'));
  await zipSingleFile(doc, path.join(dir, 'seed.zip'), 'du-thao.docx', new Date('2026-03-02T08:00:00+07:00'));
  seeds.zip = fs.readFileSync(path.join(dir, 'seed.zip'));
  seeds.json = Buffer.from(JSON.stringify({ status: 'OK', ErrorCode: '0', ErrorDesc: '', data: seeds.edxml.toString('base64') }), 'utf8');
  seeds.escl = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm"><pwg:MakeAndModel>Máy quét văn thư</pwg:MakeAndModel><scan:Platen><scan:PlatenInputCaps><scan:SettingProfiles><scan:SettingProfile><scan:ColorModes><scan:ColorMode>RGB24</scan:ColorMode><scan:ColorMode>Grayscale8</scan:ColorMode></scan:ColorModes><scan:DocumentFormats><pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat></scan:DocumentFormats><scan:SupportedResolutions><scan:DiscreteResolutions><scan:DiscreteResolution><scan:XResolution>200</scan:XResolution><scan:YResolution>200</scan:YResolution></scan:DiscreteResolution></scan:DiscreteResolutions></scan:SupportedResolutions></scan:SettingProfile></scan:SettingProfiles></scan:PlatenInputCaps></scan:Platen><scan:Adf/></scan:ScannerCapabilities>',
    'utf8',
  );
});
afterAll(() => app.close());

const preview = (FileName: string) => (_file: string, bytes: Buffer) =>
  routerCall(app, 'books.importPreview', { Direction: 'den', FileName, DataBase64: bytes.toString('base64') });

describe('fuzz: spreadsheets, packets, zip, hub JSON and scanner XML', () => {
  it('CSV and xlsx register sheets: 180 damaged files, no internal error', async () => {
    for (const [name, mutators, n, base, ext] of [
      ['csv', generic, 80, 20_000, '.csv'],
      ['xlsx', zip, 100, 21_000, '.xlsx'],
    ] as const) {
      const r = await runCorpus(`sheet-${name}`, cases(seeds[name]!, mutators, n, base), dir, ext, preview(`so-den${ext}`));
      printReport(r);
      expect(r.findings).toEqual([]);
      expect(r.peakRssMb).toBeLessThan(700);
    }
  });

  it('edXML packets: 160 damaged packets (nesting, entities, huge attributes), no internal error', async () => {
    const r = await runCorpus('edxml', cases(seeds.edxml!, xml, 160, 22_000), dir, '.edxml', (file) =>
      routerCall(app, 'exchange.parsePacket', { path: file }),
    );
    printReport(r);
    expect(r.findings).toEqual([]);
    expect(r.peakRssMb).toBeLessThan(700);
  });

  it('zipped attachments: 120 damaged zips unpack or are refused by name', async () => {
    const r = await runCorpus('zip', cases(seeds.zip!, zip, 120, 23_000), dir, '.zip', (file) =>
      direct(() => unzipSingleEntry(file, `${file}.out`, 200 * 1024 * 1024, 'Tệp đính kèm')),
    );
    printReport(r);
    expect(r.findings).toEqual([]);
  });

  it('hub getEdoc JSON and eSCL scanner XML: 200 damaged bodies, no crash', async () => {
    const json = await runCorpus(
      'hub-json',
      cases(seeds.json!, generic, 100, 24_000),
      dir,
      '.json',
      (_f, bytes) =>
        direct(() => {
          const x = new JsonDataExtractor(() => undefined, 'Trục liên thông');
          for (let i = 0; i < bytes.length; i += 1000) x.push(bytes.subarray(i, i + 1000));
          x.end();
        }),
      { accepted: new Set(['ok', 'Validation', 'Offline']) },
    );
    printReport(json);
    expect(json.findings).toEqual([]);
    const escl = await runCorpus('escl-xml', cases(seeds.escl!, xml, 100, 25_000), dir, '.xml', (_f, bytes) =>
      direct(() => {
        const text = bytes.toString('utf8');
        parseCapabilities(text);
        parseScannerStatus(text);
      }),
    );
    printReport(escl);
    expect(escl.findings).toEqual([]);
    expect(escl.slowest!.ms).toBeLessThan(2000);
  });

  it('bombs are refused before expanding, the limit named: a zip of 1,000×, an xlsx of a million rows', async () => {
    const zeros = path.join(dir, 'zeros.docx');
    fs.writeFileSync(zeros, Buffer.alloc(50 * 1024 * 1024));
    await zipSingleFile(zeros, path.join(dir, 'bomb.zip'), 'zeros.docx', new Date());
    fs.rmSync(zeros);
    const bomb = unzipSingleEntry(path.join(dir, 'bomb.zip'), path.join(dir, 'bomb.out'), 200 * 1024 * 1024, 'Tệp đính kèm');
    await expect(bomb).rejects.toMatchObject({ kind: 'Validation', details: { reason: 'zip-bomb' } });
    await expect(bomb).rejects.toThrow(/giới hạn 1000 lần/);
    expect(fs.existsSync(path.join(dir, 'bomb.out'))).toBe(false);

    // A real workbook whose sheet holds 1,000,001 rows (1.4 MB zipped, ~40 MB of XML): refused from a
    // streamed count of its rows, before the spreadsheet library expands it.
    const base = new ExcelJS.Workbook();
    base.addWorksheet('Sổ đến').addRow(['Số đến', 'Trích yếu']);
    const parts = await unzipAll(Buffer.from(await base.xlsx.writeBuffer()));
    const rows = Array.from({ length: 1_000_001 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join('');
    parts['xl/worksheets/sheet1.xml'] = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
    );
    const bytes = writeZip(Object.entries(parts).map(([name, data]) => ({ name, data })));
    const before = process.memoryUsage().rss;
    const r = await app.router.call(
      'books.importPreview',
      { Direction: 'den', FileName: 'trieu-dong.xlsx', DataBase64: bytes.toString('base64') },
      { transport: 'direct' },
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1048576);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ kind: 'Validation' });
    expect(!r.ok && r.error).toMatchObject({ details: { reason: 'too-many-rows' } });
    expect(!r.ok && r.error.message).toMatch(/hơn 100000 dòng, quá giới hạn 100000 dòng/);
  });
});
