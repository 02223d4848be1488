import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBookModel } from '../../../../tests/support/book-model';
import { needTools } from '../../../../tests/support/tools';
import { renderBook } from './book-pdf';
import { createFontSource } from './fonts';

const fonts = createFontSource({ resourcesDir: path.resolve(__dirname, '..', '..', '..', '..', 'resources'), systemCandidates: [] });
const LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const ALL = `${LETTERS} ${LETTERS.toUpperCase()} ()\\ 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ`;

const model = (rows: string[][]) => testBookModel(rows, '2');

const poppler = needTools('pdftotext');

describe('book PDF', () => {
  it('is deterministic: the same model gives the same bytes', async () => {
    const family = await fonts.preferred();
    const m = model([['01/01/2026', '1', ALL, '1/QĐ-UBND', '01/01/2026', ALL, '', '', '', '']]);
    const a = await renderBook(m, family);
    const b = await renderBook(m, family);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });

  it.skipIf(poppler.skip)(
    poppler.title('every Vietnamese letter survives (glyph codes with "(", ")" and "\\\\" bytes included)'),
    async () => {
      const family = await fonts.preferred();
      const m = model([['01/01/2026', '1', ALL, '1/QĐ-UBND', '01/01/2026', ALL, '', '', '', '']]);
      const a = await renderBook(m, family);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-')), 'b.pdf');
      fs.writeFileSync(file, a.bytes);
      const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain(ALL.replace(/\s+/g, ''));
    },
  );
});
