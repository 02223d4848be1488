/** Issue 13 through the CLI: a Party body set up with --system party numbers per term; a State agency registers 19-QC/HU. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vnDate } from '../../src-shared/domain';
import { tempDataDir } from '../support/browser-mode';
import { initArgs, runVanthu, SAMPLE_AGENCY } from '../support/app-harness';
import { PARTY_AGENCY, incoming, outgoing } from './register-helpers';

function init(profile: typeof SAMPLE_AGENCY): string {
  const dir = tempDataDir('vanthu-cli-party-');
  const r = runVanthu(['--data', dir, ...initArgs(profile)]);
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

const write = (dir: string, name: string, rec: unknown) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify(rec));
  return f;
};

describe('vanthu for documents of every issuer', () => {
  it('a Party body: refused outside a term, then Số 01-CV/HU and 01-NQ/HU in separate series', () => {
    const dir = init(PARTY_AGENCY);
    const cv = write(dir, 'cv.json', outgoing({ TypeName: 'Công văn' }));
    const refused = runVanthu(['--data', dir, 'di', 'add', '--input', cv]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('nhiệm kỳ');

    const today = vnDate(new Date());
    const added = runVanthu([
      '--data',
      dir,
      'term',
      'add',
      '--name',
      'Khóa XXV',
      '--from',
      `${Number(today.slice(0, 4)) - 1}-01-01`,
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);

    const first = runVanthu(['--data', dir, 'di', 'add', '--input', cv, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ entry: { SoKyHieu: '01-CV/HU', NotationSystem: 'party' } });
    const nq = runVanthu(['--data', dir, 'di', 'add', '--input', write(dir, 'nq.json', outgoing({ TypeName: 'Nghị quyết' })), '--json']);
    expect(nq.json()).toMatchObject({ entry: { SoKyHieu: '01-NQ/HU' } });
  }, 300_000);

  it('a State agency registers "19-QC/HU" from the Huyện ủy and finds it by 19-qc', () => {
    const dir = init(SAMPLE_AGENCY);
    const rec = write(
      dir,
      'qc.json',
      incoming({ TypeName: 'Quy chế', SoKyHieu: '19-QC/HU', OrganName: 'Huyện ủy Kim Động', IssuedDate: '2024-09-16' }),
    );
    const add = runVanthu(['--data', dir, 'den', 'add', '--input', rec, '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({
      entry: { SoKyHieu: '19-QC/HU', CodeNumber: '19', CodeNotation: 'QC/HU', TypeCode: 'dang-quy-che' },
    });
    const found = runVanthu(['--data', dir, 'search', '19-qc']);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toContain('19-QC/HU');
  }, 300_000);

  it('takes --term where it takes --year: book, list, export, report; clear refusals', () => {
    const dir = init(PARTY_AGENCY);
    const today = vnDate(new Date());
    const start = `${Number(today.slice(0, 4)) - 1}-01-01`;
    expect(runVanthu(['--data', dir, 'term', 'add', '--name', 'Khóa XXV, nhiệm kỳ 2025–2030', '--from', start]).code).toBe(0);
    const cv = write(dir, 'cv.json', outgoing({ TypeName: 'Công văn', Subject: 'Công văn về sổ theo nhiệm kỳ' }));
    expect(runVanthu(['--data', dir, 'di', 'add', '--input', cv]).code).toBe(0);

    const pdf = path.join(dir, 'so-di.pdf');
    const book = runVanthu(['--data', dir, 'book', '--direction', 'di', '--term', '1', '--out', pdf, '--json']);
    expect(book.code, book.stderr).toBe(0);
    expect(book.json()).toMatchObject({ Entries: 1, Empty: false });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const list = runVanthu(['--data', dir, 'di', 'list', '--term', 'Khóa XXV, nhiệm kỳ 2025-2030']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('01-CV/HU');
    const csv = path.join(dir, 'so-di.csv');
    const exported = runVanthu(['--data', dir, 'export', '--direction', 'di', '--term', '1', '--format', 'csv', '--out', csv]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Công văn về sổ theo nhiệm kỳ');
    const rep = runVanthu(['--data', dir, 'report', '--term', '1']);
    expect(rep.code, rep.stderr).toBe(0);
    expect(rep.stdout).toContain('Nhiệm kỳ Khóa XXV');
    expect(rep.stdout).toContain('văn bản đi 1');

    const both = runVanthu(['--data', dir, 'report', '--year', today.slice(0, 4), '--term', '1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('không chọn cả hai');
    const unknown = runVanthu(['--data', dir, 'book', '--direction', 'di', '--term', 'Khóa IX', '--out', pdf]);
    expect(unknown.code).toBe(5);
    expect(unknown.stderr).toContain('Không có nhiệm kỳ "Khóa IX"');

    const state = init(SAMPLE_AGENCY);
    const refused = runVanthu(['--data', state, 'den', 'list', '--term', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('chỉ dùng cho cơ quan Đảng');
  }, 300_000);

  it('vanthu type add/list/rename/disable: the agency’s own types, collisions refused by name', () => {
    const dir = init(SAMPLE_AGENCY);
    const added = runVanthu(['--data', dir, 'type', 'add', '--name', 'Phiếu trình', '--abbr', 'PTr', '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.json()).toMatchObject({ code: 'x-phieu-trinh', abbreviation: 'PTr', system: 'state' });
    const clash = runVanthu(['--data', dir, 'type', 'add', '--name', 'Quyết định khen thưởng', '--abbr', 'QĐ']);
    expect(clash.code).toBe(4);
    expect(clash.stderr).toContain('đã là của Quyết định');
    const rec = write(dir, 'pt.json', outgoing({ TypeName: 'Phiếu trình' }));
    const out = runVanthu(['--data', dir, 'di', 'add', '--input', rec, '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.json()).toMatchObject({ entry: { SoKyHieu: '01/PTr-UBND' } });
    expect(runVanthu(['--data', dir, 'type', 'rename', 'x-phieu-trinh', '--name', 'Phiếu trình ký']).code).toBe(0);
    expect(runVanthu(['--data', dir, 'type', 'disable', 'x-phieu-trinh']).code).toBe(0);
    const list = runVanthu(['--data', dir, 'type', 'list']);
    expect(list.stdout).toContain('Phiếu trình ký (PTr)');
    expect(list.stdout).toContain('[ĐÃ TẮT]');
    const refused = runVanthu(['--data', dir, 'di', 'add', '--input', write(dir, 'pt2.json', outgoing({ TypeName: 'Phiếu trình ký' }))]);
    expect(refused.code).toBe(2);
  }, 300_000);
});
