/**
 * Issue 17, what leaves and what is attached: a mật document never produces an outbox row; a
 * restricted category needs the clerk's confirmation; a file attached to an entry is scanned by a
 * real clamd before it is stored; every file is scanned again before the hub send; with no scanner
 * the agency's block/warn setting decides and the clerk sees the warning. Outputs (here an export)
 * are scanned before they are written.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataLayout } from '../../src-main/core/data-paths';
import { vnYear } from '../../src-shared/domain/vn-time';
import { callDirect as call, refusalOf as refusal, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { EICAR, startTestClamd, type TestClamd } from '../support/clamd';
import { AGENCY_A, AGENCY_B, connectToHub } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';
import { needTools } from '../support/tools';
import { makePdf } from './register-helpers';

type TestApp = ReturnType<typeof testApp>;

function counts(app: TestApp) {
  const db = new Database(dataLayout(app.dataDirPath).database, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { outbox: n('SELECT count(*) AS n FROM exchange_outbox'), files: n('SELECT count(*) AS n FROM stored_file') };
  } finally {
    db.close();
  }
}

const tools = needTools('clamd');
describe.skipIf(tools.skip)(tools.title('release safety: độ mật guard and antivirus on attach and send'), () => {
  let sim: SimProcess;
  let clamd: TestClamd;
  let dir: string;
  let app: TestApp;
  const antivirus = (over: Record<string, unknown>) => call(app, 'intake.saveSettings', { antivirus: over });
  const on = () => antivirus({ engine: 'clamd', clamdSocket: clamd.socket, whenUnavailable: 'block' });

  beforeAll(async () => {
    dir = tempDataDir('vanthu-release-');
    [sim, clamd] = await Promise.all([startSimProcess(path.join(dir, 'hub')), startTestClamd()]);
    app = testApp();
    await connectToHub(app, sim, AGENCY_A);
    await call(app, 'exchange.refreshAgencies', {});
  }, 60_000);
  afterAll(async () => {
    app?.close();
    await Promise.all([sim?.stop(), clamd?.stop()]);
  });

  let n = 0;
  async function pdfFile(text: string, infected = false): Promise<string> {
    const bytes = Buffer.concat([Buffer.from(await makePdf(text)), ...(infected ? [Buffer.from(`\n%${EICAR}\n`, 'latin1')] : [])]);
    const file = path.join(dir, `f${++n}.pdf`);
    fs.writeFileSync(file, bytes);
    return file;
  }
  async function outgoingWith(file: string, over: Record<string, unknown> = {}) {
    const f = await call<{ sha256: string }>(app, 'files.import', { path: file });
    const r = await call<{ entry: { id: string } }>(app, 'register.addOutgoing', {
      TypeName: 'Công văn',
      UnitAbbreviation: 'VP',
      Subject: 'V/v báo cáo tình hình',
      SignerInfo: { Position: 'Chủ tịch', FullName: 'Nguyễn Văn An' },
      Medium: 'dien-tu',
      FileSha256: f.sha256,
      ...over,
    });
    return r.entry.id;
  }

  it('a mật document is refused at send, whatever the level, and never produces an outbox row', async () => {
    await on();
    for (const level of ['Mật', 'Tối mật', 'Tuyệt mật']) {
      const id = await outgoingWith(await pdfFile(`Van ban mat ${n}`), { Confidentiality: level });
      const e = await refusal(app, 'exchange.sendEntry', { entryId: id, to: [AGENCY_B.organId], confirmRestricted: true });
      expect(e.kind).toBe('Validation');
      expect(e.message).toContain(`Văn bản ${level} không được gửi qua trục liên thông`);
    }
    expect(counts(app).outbox).toBe(0);
    await call(app, 'exchange.sync', {});
    expect(counts(app).outbox).toBe(0);
  });

  it('a restricted category asks for confirmation, then goes', async () => {
    await on();
    const id = await outgoingWith(await pdfFile('Quyet dinh khen thuong'), { ChannelRestriction: 'khen-thuong-ky-luat' });
    const e = await refusal(app, 'exchange.sendEntry', { entryId: id, to: [AGENCY_B.organId] });
    expect(e).toMatchObject({ kind: 'Conflict', details: { needsConfirmation: 'ChannelRestriction' } });
    expect(e.message).toContain('Hồ sơ khen thưởng, kỷ luật');
    expect(counts(app).outbox).toBe(0);
    const sent = await call<{ alreadyQueued: boolean; releaseWarnings?: string[] }>(app, 'exchange.sendEntry', {
      entryId: id,
      to: [AGENCY_B.organId],
      confirmRestricted: true,
    });
    expect(sent.alreadyQueued).toBe(false);
    expect(sent.releaseWarnings).toBeUndefined();
    expect(counts(app).outbox).toBe(1);
  });

  it('an infected attachment is refused with clamd’s verdict and nothing is stored', async () => {
    await on();
    const before = counts(app).files;
    const e = await refusal(app, 'files.import', { path: await pdfFile('Bao cao', true) });
    expect(e.kind).toBe('Infected');
    expect(e.message).toMatch(/nhiễm mã độc \(Test\.EICAR-(HDB|NDB)\.UNOFFICIAL, theo clamd\); không đính kèm/);
    expect(counts(app).files).toBe(before);
    const clean = await call<{ avWarning?: string | null }>(app, 'files.import', { path: await pdfFile('Bao cao sach') });
    expect(clean.avWarning ?? null).toBeNull();
  });

  it('no scanner: "block" refuses the attachment, "warn" stores it and says so', async () => {
    await antivirus({ engine: 'clamd', clamdSocket: path.join(dir, 'no.sock'), whenUnavailable: 'block' });
    const file = await pdfFile('Khong quet duoc');
    const e = await refusal(app, 'files.import', { path: file });
    expect(e.kind).toBe('Offline');
    expect(e.message).toContain('tệp không được đính kèm');
    await antivirus({ engine: 'clamd', clamdSocket: path.join(dir, 'no.sock'), whenUnavailable: 'warn' });
    const warned = await call<{ avWarning?: string | null }>(app, 'files.import', { path: file });
    expect(warned.avWarning).toMatch(/chưa được kiểm tra virus/);
  });

  it('an output is scanned before it is written: an infected export is refused and nothing is stored; no scanner follows the setting', async () => {
    // Register content can carry a virus signature into an export (here the EICAR test string).
    await antivirus({ engine: 'none', whenUnavailable: 'warn' });
    await outgoingWith(await pdfFile('Cong van xuat'), { Subject: `V/v ${EICAR}` });
    await on();
    const year = vnYear(Date.now());
    const before = counts(app).files;
    const e = await refusal(app, 'books.export', { Direction: 'di', Year: year, Format: 'csv' });
    expect(e.kind).toBe('Infected');
    expect(e.message).toMatch(/so-di-\d{4}\.csv" nhiễm mã độc \(Test\.EICAR.*tệp không được ghi ra hay xuất/);
    expect(counts(app).files).toBe(before);

    await antivirus({ engine: 'none', whenUnavailable: 'block' });
    const blocked = await refusal(app, 'books.export', { Direction: 'di', Year: year, Format: 'xlsx' });
    expect(blocked.kind).toBe('Offline');
    expect(blocked.message).toContain('tệp không được ghi ra hay xuất');
    expect(counts(app).files).toBe(before);
    await antivirus({ engine: 'none', whenUnavailable: 'warn' });
    const warned = await call<{ File: { avWarning?: string } }>(app, 'books.export', { Direction: 'di', Year: year, Format: 'csv' });
    expect(warned.File.avWarning).toMatch(/chưa được kiểm tra virus/);
    expect(counts(app).files).toBe(before + 1);
  });

  it('every file is scanned again before the send: an infected stored file blocks it; no scanner follows the setting', async () => {
    // Taken in while no scanner answered (agency setting: warn) — now clamd is back.
    await antivirus({ engine: 'none', whenUnavailable: 'warn' });
    const infected = await outgoingWith(await pdfFile('Cong van nhiem', true));
    const plain = await outgoingWith(await pdfFile('Cong van thuong'));
    await on();
    const before = counts(app).outbox;
    const e = await refusal(app, 'exchange.sendEntry', { entryId: infected, to: [AGENCY_B.organId] });
    expect(e.kind).toBe('Infected');
    expect(e.message).toMatch(/Test\.EICAR.*văn bản không được gửi\/phát hành/);
    expect(counts(app).outbox).toBe(before);

    await antivirus({ engine: 'none', whenUnavailable: 'block' });
    const blocked = await refusal(app, 'exchange.sendEntry', { entryId: plain, to: [AGENCY_B.organId] });
    expect(blocked.kind).toBe('Offline');
    expect(blocked.message).toContain('chưa cấu hình phần mềm diệt virus');
    expect(counts(app).outbox).toBe(before);
    await antivirus({ engine: 'none', whenUnavailable: 'warn' });
    const sent = await call<{ releaseWarnings?: string[] }>(app, 'exchange.sendEntry', { entryId: plain, to: [AGENCY_B.organId] });
    expect(sent.releaseWarnings).toEqual([expect.stringMatching(/chưa được kiểm tra virus \(chưa cấu hình/)]);
    expect(counts(app).outbox).toBe(before + 1);
  });
});
