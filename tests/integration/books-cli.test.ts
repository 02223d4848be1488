import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initArgs, runVanthu } from '../support/app-harness';
import { needTools } from '../support/tools';
import { pdfText, seededApp } from './books-helpers';

const out = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-book-cli-'));

const poppler = needTools('pdftotext');

describe('vanthu book / export / import', () => {
  it.skipIf(poppler.skip)(
    poppler.title('locks a volume, reprints it byte-identical, exports and re-imports, with clear errors'),
    async () => {
      const { app } = await seededApp({ days: 20 });
      const data = app.dataDirPath;
      app.close();
      const dir = out();
      // `vanthu book` of the incoming register, and January's dates.
      const book = (...args: string[]) => runVanthu(['--data', data, 'book', '--direction', 'den', ...args]);
      const january = ['--from', '2026-01-01', '--to', '2026-01-31'];

      const draft = book(...january, '--out', path.join(dir, 'draft.pdf'));
      expect(draft.code, draft.stderr).toBe(0);
      expect(draft.stdout).toContain('Bản xem trước, chưa khóa.');

      const lock = book(...january, '--lock', '--out', path.join(dir, 'q1.pdf'), '--json');
      expect(lock.code, lock.stderr).toBe(0);
      const locked = lock.json() as { Volume: { VolumeNo: number; PdfSha256: string }; Out: string; Pages: number };
      expect(locked.Volume.VolumeNo).toBe(1);

      const reprint = book('--year', '2026', '--volume', '1', '--out', path.join(dir, 'q1-again.pdf'), '--json');
      expect(reprint.code, reprint.stderr).toBe(0);
      expect(reprint.json()).toMatchObject({ Source: 'regenerated', Volume: { VolumeNo: 1 } });
      expect(Buffer.compare(fs.readFileSync(path.join(dir, 'q1.pdf')), fs.readFileSync(path.join(dir, 'q1-again.pdf')))).toBe(0);
      expect(pdfText(fs.readFileSync(path.join(dir, 'q1.pdf')), 1, 1)).toContain('Quyển số: 1');

      const vols = runVanthu(['--data', data, 'volumes', '--direction', 'den']);
      expect(vols.stdout).toContain('Quyển số 1 năm 2026');

      const exp = runVanthu([
        '--data',
        data,
        'export',
        '--direction',
        'di',
        '--year',
        '2026',
        '--format',
        'xlsx',
        '--out',
        path.join(dir, 'di.xlsx'),
        '--json',
      ]);
      expect(exp.code, exp.stderr).toBe(0);
      expect(exp.json()).toMatchObject({ Rows: 20 });

      const fresh = out();
      runVanthu(['--data', fresh, ...initArgs()]);
      const preview = runVanthu(['--data', fresh, 'import', '--direction', 'di', '--file', path.join(dir, 'di.xlsx'), '--preview']);
      expect(preview.code, preview.stderr).toBe(0);
      expect(preview.stdout).toContain('hợp lệ: 20, bị loại: 0');
      const imp = runVanthu(['--data', fresh, 'import', '--direction', 'di', '--file', path.join(dir, 'di.xlsx'), '--json']);
      expect(imp.code, imp.stderr).toBe(0);
      expect(imp.json()).toMatchObject({ Imported: 20, Continues: [{ Year: 2026, Series: 'hanh-chinh', Highest: 20, Next: 21 }] });

      const twice = runVanthu(['--data', fresh, 'import', '--direction', 'di', '--file', path.join(dir, 'di.xlsx')]);
      expect(twice.code).toBe(2);
      expect(twice.stderr).toContain('Chưa có dòng nào được ghi');
      expect(twice.stderr).toContain('dòng 2:');

      const badMap = path.join(dir, 'map.json');
      fs.writeFileSync(badMap, '{ "Columns": { "Subject": ');
      const bm = runVanthu(['--data', fresh, 'import', '--direction', 'di', '--file', path.join(dir, 'di.xlsx'), '--mapping', badMap]);
      expect(bm.code).toBe(2);
      expect(bm.stderr).toContain('không phải JSON hợp lệ');
      fs.writeFileSync(badMap, '{ "Colums": {} }');
      expect(
        runVanthu(['--data', fresh, 'import', '--direction', 'di', '--file', path.join(dir, 'di.xlsx'), '--mapping', badMap]).stderr,
      ).toContain('Colums');

      const badVol = book('--volume', 'abc', '--out', path.join(dir, 'x.pdf'));
      expect(badVol.code).toBe(2);
      expect(badVol.stderr).toContain('--volume phải là số nguyên dương');
      const badDir = book(...january, '--out', '/nonexistent/dir/x.pdf');
      expect(badDir.code).toBe(2);
      expect(badDir.stderr).toContain('không tồn tại');
    },
  );
});
