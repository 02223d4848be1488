/** Issue 13 through the CLI: a Party body set up with --system party numbers per term; a State agency registers 19-QC/HU. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vnDate } from '../../src-shared/domain';
import { tempDataDir } from '../support/browser-mode';
import { runVanthu, SAMPLE_AGENCY } from '../support/app-harness';
import { PARTY_AGENCY, incoming, outgoing } from './register-helpers';

function init(profile: typeof SAMPLE_AGENCY): string {
  const dir = tempDataDir('vanthu-cli-party-');
  const p = profile;
  const args = [
    '--data',
    dir,
    'init',
    '--name',
    p.name,
    '--parent',
    p.parentName,
    '--code',
    p.code,
    '--abbr',
    p.abbreviation,
    '--address',
    p.address,
    '--place',
    p.placeName,
  ];
  const r = runVanthu(p.system ? [...args, '--system', p.system] : args);
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
});
