import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vnYear } from '../../src-shared/domain';
import { tempDataDir } from '../support/browser-mode';
import { initArgs, runVanthu } from '../support/app-harness';
import { incoming, outgoing, storedFiles, writePdf } from './register-helpers';

function initFolder(): string {
  const dir = tempDataDir('vanthu-cli-reg-');
  const r = runVanthu(['--data', dir, ...initArgs()]);
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

function recordFile(dir: string, name: string, rec: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(rec));
  return file;
}

// Today's date decides ArrivalDate; keep IssuedDate in the past whatever day the suite runs.
const den = (over: Record<string, unknown> = {}) => incoming({ IssuedDate: '2020-01-02', ...over });

describe('vanthu den / di / search / audit', () => {
  it('registers incoming with a PDF, lists, searches, and verifies the audit log', async () => {
    const dir = initFolder();
    const pdf = await writePdf(dir, 'qd.pdf', 'Quyet dinh phe duyet du toan', 2);
    const rec = recordFile(dir, 'den.json', den());
    const add = runVanthu(['--data', dir, 'den', 'add', '--input', rec, '--file', pdf, '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ entry: { ArrivalNumber: 1, SoKyHieu: '3830/QĐ-UBND', File: { pageCount: 2 } } });

    const dup = runVanthu(['--data', dir, 'den', 'add', '--input', rec]);
    expect(dup.code).toBe(3);
    expect(dup.stderr).toContain('số đến 1/');
    expect(dup.stderr).toContain('--confirm-not-duplicate');
    const dupJson = runVanthu(['--data', dir, 'den', 'add', '--input', rec, '--json']);
    expect(dupJson.json()).toMatchObject({ ok: false, error: { kind: 'Duplicate', details: { matches: [{ Number: 1 }] } } });
    const confirmed = runVanthu(['--data', dir, 'den', 'add', '--input', rec, '--confirm-not-duplicate', '--json']);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.json()).toMatchObject({ entry: { ArrivalNumber: 2, ConfirmedNotDuplicate: true } });

    const list = runVanthu(['--data', dir, 'den', 'list', '--year', String(vnYear(new Date())), '--json']);
    expect(list.code).toBe(0);
    expect((list.json() as { items: { ArrivalNumber: number }[] }).items.map((e) => e.ArrivalNumber)).toEqual([2, 1]);
    expect(runVanthu(['--data', dir, 'den', 'list']).stdout).toContain('3830/QĐ-UBND');

    const found = runVanthu(['--data', dir, 'search', 'du toan', '--direction', 'den', '--json']);
    expect(found.code).toBe(0);
    expect((found.json() as { items: unknown[] }).items).toHaveLength(1);
    expect(runVanthu(['--data', dir, 'search', 'quyet dinh ubnd']).stdout).toContain('[den]');

    const verify = runVanthu(['--data', dir, 'audit', 'verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('toàn vẹn');
  });

  it('numbers outgoing documents, cancels one with a reason, and the number is not reused', () => {
    const dir = initFolder();
    const rec = recordFile(dir, 'di.json', outgoing());
    const first = runVanthu(['--data', dir, 'di', 'add', '--input', rec, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const id = (first.json() as { entry: { id: string; SoKyHieu: string } }).entry.id;
    expect((first.json() as { entry: { SoKyHieu: string } }).entry.SoKyHieu).toBe('01/QĐ-UBND');
    const cancel = runVanthu(['--data', dir, 'di', 'cancel', id, '--reason', 'Sai trích yếu']);
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(cancel.stdout).toContain('Sai trích yếu');
    const second = runVanthu(['--data', dir, 'di', 'add', '--input', rec, '--json']);
    expect((second.json() as { entry: { SoKyHieu: string } }).entry.SoKyHieu).toBe('02/QĐ-UBND');
    const list = runVanthu(['--data', dir, 'di', 'list']);
    expect(list.stdout).toMatch(/01\/QĐ-UBND.*\[ĐÃ HỦY\]/);
    const cv = recordFile(dir, 'cv.json', outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP' }));
    expect(
      (runVanthu(['--data', dir, 'di', 'add', '--input', cv, '--json']).json() as { entry: { SoKyHieu: string } }).entry.SoKyHieu,
    ).toBe('03/UBND-VP');
  });

  it('a bad record or a bad file exits non-zero, stores nothing and consumes no number', async () => {
    const dir = initFolder();
    const good = recordFile(dir, 'ok.json', den());
    const long = recordFile(dir, 'long.json', den({ Subject: 'x'.repeat(501) }));
    const pdf = await writePdf(dir, 'ok.pdf', 'Bao cao');
    const bad = runVanthu(['--data', dir, 'den', 'add', '--input', long, '--file', pdf]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Subject');
    fs.writeFileSync(path.join(dir, 'fake.pdf'), 'not a pdf');
    const badFile = runVanthu(['--data', dir, 'den', 'add', '--input', good, '--file', path.join(dir, 'fake.pdf')]);
    expect(badFile.code).toBe(2);
    expect(badFile.stderr).toContain('không phải PDF');
    const secret = recordFile(dir, 'mat.json', den({ Confidentiality: 'Rất mật' }));
    expect(runVanthu(['--data', dir, 'den', 'add', '--input', secret]).stderr).toContain('Độ mật (Confidentiality)');
    expect(runVanthu(['--data', dir, 'den', 'add', '--input', path.join(dir, 'missing.json')]).code).toBe(2);
    expect(storedFiles(dir)).toEqual([]);
    const ok = runVanthu(['--data', dir, 'den', 'add', '--input', good, '--json']);
    expect((ok.json() as { entry: { ArrivalNumber: number } }).entry.ArrivalNumber).toBe(1);
  });

  it('audit verify exits 4 and names the entry after tampering', () => {
    const dir = initFolder();
    runVanthu(['--data', dir, 'den', 'add', '--input', recordFile(dir, 'a.json', den())]);
    runVanthu(['--data', dir, 'den', 'add', '--input', recordFile(dir, 'b.json', den({ SoKyHieu: '9/TB-UBND' }))]);
    const db = new Database(path.join(dir, 'vanthu.db'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1").run();
    db.close();
    const r = runVanthu(['--data', dir, 'audit', 'verify', '--json']);
    expect(r.code).toBe(4);
    expect(r.json()).toMatchObject({ ok: false, firstBadSeq: 1 });
  });
});
