/**
 * Issue 15 "done when", tried as a clerk would with two data folders and the hub simulator: A sends
 * a Hỏa tốc signed letter to B (after a Thường one); B sees it first with a valid-signature verdict
 * and registers it with its files; A recalls it; B accepts (after a failure between the register
 * change and the outbox row left nothing half-applied); A sees 15 and B's entry is thu hồi; A sends
 * a replacement that B's register links to the old entry; a tampered signature is returned with 02.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/core/logger';
import { dataLayout } from '../../src-main/core/data-paths';
import { signPdf } from '../../src-main/features/signing/pdf/sign-pdf';
import { readTextItems } from '../../src-main/features/signing/pdf/text-layer';
import { createPkcs11TokenProvider } from '../../src-main/features/signing/token/pkcs11-token.adapter';
import type { TokenSession } from '../../src-main/features/signing/token/token-provider';
import { certificatesFromFile } from '../../src-main/features/signing/verify/certs';
import { VERDICT_TEXT, verifyPdfFile } from '../../src-main/features/signing/verify/pdf-verifier';
import { agencyTrustStore, loadPins } from '../../src-main/features/signing/trust/trust-store';
import { LONG_WORK_TASKS } from '../../src-main/app/long-work.tasks';
import { signatureVerdictOf } from '../../src-main/app/link-exchange-checks';
import { createTaskRunner } from '../../src-main/core/worker/task-runner';
import { startHttpBridge, TOKEN_HEADER } from '../../src-main/bridge/http-bridge';
import { createAppProtocolHandler } from '../../src-main/electron/app-protocol';
import type { InboxItem } from '../../src-shared/contracts/exchange.contract';
import { callDirect as call, memoryLogger, refusalOf as refusal, ROOT, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A, AGENCY_B, hubOutgoing } from '../support/exchange-harness';
import { hubAgencyApp } from '../support/hub-apps';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';
import { decisionPdf } from '../support/signing-fixtures';
import { setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';

const tools = needTools(...SIGNING_TOOLS);
type TestApp = ReturnType<typeof testApp>;
const fonts = {
  regular: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Regular.ttf')),
  italic: fs.readFileSync(path.join(ROOT, 'resources', 'fonts', 'LiberationSerif-Italic.ttf')),
};

describe.skipIf(tools.skip)(tools.title('exchange from the clerk’s screen: urgency, verdicts, recall, replace (hub simulator)'), () => {
  let sim: SimProcess;
  let dir: string;
  let tk: TestToken;
  let session: TokenSession;
  let a: TestApp;
  let b: TestApp;

  const sign = async (bytes: Uint8Array) => {
    const s = session.signer('01');
    const pem = certificatesFromFile(new Uint8Array(fs.readFileSync(path.join(tk.pki, 'sub.pem'))))[0]!;
    return (
      await signPdf({
        bytes,
        label: 'cv.pdf',
        signer: { certificate: s.certificate, chain: [pem], keyAlgorithm: s.keyAlgorithm, sign: (tbs) => s.sign(tbs) },
        signingTime: new Date(),
        appearance: { kind: 'attachment', number: '09/QĐ-UBND' },
        fonts,
        appVersion: 'test',
        readText: readTextItems,
      })
    ).bytes;
  };

  async function agencyApp(agency: typeof AGENCY_A): Promise<TestApp> {
    const app = await hubAgencyApp(sim, agency);
    // The test CA is this agency's own trusted root (Cài đặt › Chữ ký số › chứng thư tin cậy).
    const user = path.join(app.dataDirPath, 'trust', 'user');
    fs.mkdirSync(user, { recursive: true });
    fs.copyFileSync(path.join(tk.pki, 'root.pem'), path.join(user, 'root.pem'));
    return app;
  }

  /** A registered outgoing letter from A with this PDF. */
  async function letter(subject: string, pdf: Uint8Array, Priority = 'thuong') {
    const file = path.join(dir, `${subject.length}-${Date.now()}.pdf`);
    fs.writeFileSync(file, pdf);
    const stored = await call<{ sha256: string }>(a, 'files.import', { path: file });
    const out = await call<{ entry: { id: string; SoKyHieu: string } }>(
      a,
      'register.addOutgoing',
      hubOutgoing({
        Subject: subject,
        Priority,
        FileSha256: stored.sha256,
        confirmNotDuplicate: true,
        To: [{ OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name }, { OrganName: 'Ủy ban nhân dân xã Không Có Mạng' }],
      }),
    );
    return out.entry;
  }

  const inbox = (app: TestApp, states = ['new', 'change-requested', 'waiting']) => call<InboxItem[]>(app, 'exchange.listInbox', { states });
  const cycle = async () => {
    await call(a, 'exchange.sync', {});
    await call(b, 'exchange.sync', {});
    await call(a, 'exchange.sync', {});
  };
  const count = (app: TestApp, sql: string) => {
    const db = new Database(dataLayout(app.dataDirPath).database, { readonly: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dir = tempDataDir('vanthu-clerk-exch-');
    sim = await startSimProcess(path.join(dir, 'hub'));
    tk = setupSoftHsm();
    session = await createPkcs11TokenProvider({ logger: silentLogger }).open(tk.module, tk.token);
    await session.login(tk.pin);
    a = await agencyApp(AGENCY_A);
    b = await agencyApp(AGENCY_B);
  }, 180_000);
  afterAll(async () => {
    session?.close();
    await sim?.stop();
    if (tk?.work) fs.rmSync(tk.work, { recursive: true, force: true });
  });

  it('the whole round: Hỏa tốc first with its verdict, recall accepted (crash-safe), 15 back, replacement linked, tampered returned with 02', async () => {
    const signed = await sign(await decisionPdf());
    const routine = await letter('V/v báo cáo định kỳ', await sign(await decisionPdf()));
    const urgent = await letter('V/v ứng phó bão số 3 khẩn cấp', signed, 'hoa-toc');

    // Nơi nhận against the hub directory: B electronically, the commune without a code on paper.
    expect(await call(a, 'exchange.recipientChannels', { entryId: urgent.id })).toEqual([
      { organName: AGENCY_B.name, organId: AGENCY_B.organId, channel: 'hub' },
      { organName: 'Ủy ban nhân dân xã Không Có Mạng', organId: null, channel: 'paper' },
    ]);
    await call(a, 'exchange.sendEntry', { entryId: routine.id, to: [AGENCY_B.organId] });
    await call(a, 'exchange.sendEntry', { entryId: urgent.id, to: [AGENCY_B.organId] });
    await cycle();

    // B: the Hỏa tốc letter is listed first, with its verdict and antivirus result, before any decision.
    const listed = await inbox(b, ['new']);
    expect(listed.map((i) => i.Subject)).toEqual(['V/v ứng phó bão số 3 khẩn cấp', 'V/v báo cáo định kỳ']);
    const doc = listed[0]!;
    expect(doc).toMatchObject({ Kind: 'document', Priority: 3, Signer: 'Giám đốc Trần Văn Mẫu' });
    expect(doc.Signature).toMatchObject({ state: 'valid' });
    expect(doc.Antivirus?.verdict).toMatch(/^(clean|unavailable)$/);

    const reg = await call<{ entry: { id: string; Priority: string; SignerInfo: { FullName: string } } }>(b, 'exchange.registerIncoming', {
      inboxId: doc.id,
    });
    expect(reg.entry.Priority).toBe('hoa-toc');
    expect(reg.entry.SignerInfo.FullName).toBe('Trần Văn Mẫu');
    const files = await call<{ Files: { sha256: string; role: string; withheld: boolean; size: number | null }[] }>(
      b,
      'exchange.entryFiles',
      {
        entryId: reg.entry.id,
      },
    );
    expect(files.Files.map((f) => [f.role, f.withheld])).toEqual([['main', false]]);
    const mainSha = files.Files[0]!.sha256;
    // The entry detail lists each file with its format and size (from the register's file store).
    expect(files.Files[0]).toMatchObject({ mediaType: 'application/pdf', size: fs.statSync(b.locateFile(mainSha)!.path).size });
    expect(b.locateFile(mainSha)?.mediaType).toBe('application/pdf');

    // A recalls: its entry is marked thu hồi and cannot be sent again; a retry queues nothing twice.
    const recall = await call<{ id: string; alreadyQueued: boolean }>(a, 'exchange.recallEntry', {
      entryId: urgent.id,
      reason: 'Sai số liệu',
    });
    expect(recall.alreadyQueued).toBe(false);
    expect(await call(a, 'exchange.recallEntry', { entryId: urgent.id, reason: 'Sai số liệu' })).toMatchObject({
      id: recall.id,
      alreadyQueued: true,
    });
    expect((await refusal(a, 'exchange.sendEntry', { entryId: urgent.id, to: [AGENCY_B.organId] })).message).toMatch(
      /đã bị thu hồi ngày .*Sai số liệu.*không gửi được nữa/,
    );
    // Frozen in the register's edit paths too: correction, a new file, cancelling the number.
    const frozen =
      /Văn bản đi .* đã bị thu hồi ngày .*\(lý do: Sai số liệu\); văn bản đã thu hồi không (đính chính|đính kèm hay đổi tệp|hủy số) được nữa/;
    const edits = [
      refusal(a, 'register.correct', { id: urgent.id, changes: { Subject: 'V/v sửa sau thu hồi' }, Reason: 'Sửa lỗi' }),
      refusal(a, 'register.correct', { id: urgent.id, changes: { FileSha256: mainSha }, Reason: 'Đổi tệp' }),
      refusal(a, 'register.cancelOutgoing', { id: urgent.id, Reason: 'Hủy số gửi nhầm' }),
    ];
    for (const e of await Promise.all(edits)) {
      expect(e.kind).toBe('Conflict');
      expect(e.message).toMatch(frozen);
    }
    expect((await call<{ entry: { Subject: string; Status: string } }>(a, 'register.get', { id: urgent.id })).entry).toMatchObject({
      Subject: 'V/v ứng phó bão số 3 khẩn cấp',
      Status: 'registered',
    });
    await cycle();

    const [req] = await inbox(b, ['change-requested']);
    expect(req).toMatchObject({ Kind: 'recall', Reason: 'Sai số liệu', Concerns: { inboxId: doc.id, State: 'registered' } });

    // A failure between the register change and the outbox row (the 15 cannot be queued): nothing half-applied.
    const raw = new Database(dataLayout(b.dataDirPath).database);
    raw.exec(`CREATE TRIGGER boom BEFORE INSERT ON exchange_outbox WHEN NEW.status_code = '15' BEGIN SELECT RAISE(ABORT, 'đĩa đầy'); END`);
    expect((await refusal(b, 'exchange.answerRequest', { id: req!.id, accept: true })).message).toContain('đĩa đầy');
    expect(count(b, 'SELECT count(*) AS n FROM register_entry_recall')).toBe(0);
    expect((await inbox(b, ['change-requested'])).map((i) => i.id)).toEqual([req!.id]);
    expect((await inbox(b, ['registered']))[0]?.State).toBe('registered');
    raw.exec('DROP TRIGGER boom');
    raw.close();

    expect(await call(b, 'exchange.answerRequest', { id: req!.id, accept: true })).toMatchObject({ State: 'answered' });
    expect(await call(b, 'exchange.answerRequest', { id: req!.id, accept: true })).toMatchObject({ State: 'answered' });
    expect(count(b, "SELECT count(*) AS n FROM exchange_outbox WHERE status_code = '15'")).toBe(1);
    const recalled = await call<{ Recalled: { reason: string } | null; Files: { withheld: boolean }[] }>(b, 'exchange.entryFiles', {
      entryId: reg.entry.id,
    });
    expect(recalled.Recalled?.reason).toBe('Sai số liệu');
    expect(recalled.Files.every((f) => f.withheld)).toBe(true);

    // Every read path of the withheld file refuses it with the reason, by the one check.
    const withheldText = /văn bản đến số \d+ .*đã bị thu hồi ngày .*Sai số liệu.*không còn được xem hay tải về/;
    const info = await refusal(b, 'files.info', { sha256: mainSha });
    expect(info).toMatchObject({ kind: 'Forbidden' });
    expect(info.message).toMatch(withheldText);
    expect(() => b.locateFile(mainSha)).toThrow(withheldText);
    const appProtocol = createAppProtocolHandler({
      rendererDir: b.dataDirPath,
      files: { locateFile: b.locateFile },
      session: { id: null },
      fetchFile: () => Promise.reject(new Error('không được mở tệp')),
    });
    const appUrl = await appProtocol(new Request(`app://vanthu/files/${mainSha}`));
    expect(appUrl.status).toBe(403);
    expect(await appUrl.text()).toMatch(withheldText);
    const bridge = await startHttpBridge({ router: b.router, events: b.events, logger: b.logger, port: 0, locateFile: b.locateFile });
    try {
      const res = await fetch(`${bridge.url}files/${mainSha}`, { headers: { [TOKEN_HEADER]: bridge.token } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(withheldText);
    } finally {
      await bridge.close();
    }
    await cycle();

    // A sees 15 from B in the entry's delivery history.
    const deliveries = await call<{
      Recipients: { LatestCode: string }[];
      History: { StatusCode: string; direction: string; Description: string }[];
    }>(a, 'exchange.entryDeliveries', { entryId: urgent.id });
    expect(deliveries.History.filter((h) => h.direction === 'in').map((h) => h.StatusCode)).toEqual(
      expect.arrayContaining(['01', '03', '15']),
    );
    // The 15 says what B agreed to (a recall), not the sample's "cập nhật, lấy lại" for every kind.
    expect(deliveries.History.find((h) => h.StatusCode === '15')?.Description).toBe('Văn thư đồng ý thu hồi văn bản điện tử');

    // A replacement: B's register links the new entry to the recalled one.
    const fixed = await letter(
      'V/v ứng phó bão số 3 (thay thế)',
      await sign(await decisionPdf({ numberLine: 'Số: 10/QĐ-UBND' })),
      'hoa-toc',
    );
    await call(a, 'exchange.replaceEntry', { entryId: urgent.id, byEntryId: fixed.id });
    expect(await call(a, 'exchange.replaceEntry', { entryId: urgent.id, byEntryId: fixed.id })).toMatchObject({ alreadyQueued: true });
    await cycle();
    const [replacement] = await inbox(b, ['new']).then((l) => l.filter((i) => i.Kind === 'replace'));
    expect(replacement).toMatchObject({ Priority: 3, Concerns: { inboxId: doc.id, State: 'recalled' } });
    const newEntry = await call<{ entry: { id: string } }>(b, 'exchange.registerIncoming', { inboxId: replacement!.id });
    const linked = await call<{ Links: { from: string; to: string; kind: string }[] }>(b, 'exchange.entryFiles', {
      entryId: newEntry.entry.id,
    });
    expect(linked.Links).toEqual([{ from: newEntry.entry.id, to: reg.entry.id, kind: 'replaces' }]);

    // A tampered signature: shown as invalid, refused without confirmation, returned with 02 and the reason.
    const tampered = Buffer.from(await sign(await decisionPdf()));
    const at = tampered.indexOf('stream\n') + 40;
    tampered[at] = tampered[at]! ^ 0xff;
    const bad = await letter('V/v văn bản bị sửa sau khi ký', tampered);
    await call(a, 'exchange.sendEntry', { entryId: bad.id, to: [AGENCY_B.organId] });
    await cycle();
    const [badItem] = (await inbox(b, ['new'])).filter((i) => i.Subject === 'V/v văn bản bị sửa sau khi ký');
    expect(badItem!.Signature).toMatchObject({ state: 'invalid' });
    const refused = await refusal(b, 'exchange.registerIncoming', { inboxId: badItem!.id });
    expect(refused.message).toContain('Chữ ký số của văn bản không hợp lệ');
    expect(count(b, "SELECT count(*) AS n FROM register_entry WHERE subject = 'V/v văn bản bị sửa sau khi ký'")).toBe(0);
    await call(b, 'exchange.refuseIncoming', { id: badItem!.id, reason: `Chữ ký số không hợp lệ: ${badItem!.Signature!.text}` });
    await cycle();
    const badHistory = await call<{ History: { StatusCode: string; Description: string }[] }>(a, 'exchange.entryDeliveries', {
      entryId: bad.id,
    });
    expect(badHistory.History.find((h) => h.StatusCode === '02')?.Description).toContain('Chữ ký số không hợp lệ');
    // Post book: B returned it (02), so B was not served electronically and goes to the paper list;
    // the routine letter B registered (03) stays served through the hub.
    const channels = async (entryId: string) =>
      (await call<{ Recipient: string; Channel: string }[]>(a, 'post.list', { EntryId: entryId })).map((r) => [r.Recipient, r.Channel]);
    expect(await channels(bad.id)).toEqual([
      [AGENCY_B.name, 'paper'],
      ['Ủy ban nhân dân xã Không Có Mạng', 'paper'],
    ]);
    expect(await channels(routine.id)).toEqual([
      [AGENCY_B.name, 'hub'],
      ['Ủy ban nhân dân xã Không Có Mạng', 'paper'],
    ]);
  }, 240_000);

  it('the signature check of an arriving PDF runs in the long-work worker and gives the verdicts of the main thread', async () => {
    const runner = createTaskRunner({
      tasks: LONG_WORK_TASKS,
      bundled: '/nonexistent/long-work-worker.cjs',
      source: path.join(ROOT, 'src-main', 'app', 'long-work.worker.ts'),
      logger: memoryLogger(),
    });
    const now = new Date();
    const here = (bytes: Uint8Array) =>
      verifyPdfFile(bytes, agencyTrustStore(loadPins(path.join(ROOT, 'resources')), b.dataDirPath), now).then(signatureVerdictOf);
    const there = (bytes: Uint8Array) =>
      runner
        .run('signing.verifyBytes', { bytes, resourcesDir: path.join(ROOT, 'resources'), dataDir: b.dataDirPath, nowMs: now.getTime() })
        .then(signatureVerdictOf);
    try {
      const valid = await sign(await decisionPdf());
      const tampered = Buffer.from(await sign(await decisionPdf()));
      const at = tampered.indexOf('stream\n') + 40;
      tampered[at] = tampered[at]! ^ 0xff;
      const cut = valid.subarray(0, valid.length - 200); // a signed file cut short
      const verdicts = [];
      for (const bytes of [valid, new Uint8Array(tampered), await decisionPdf(), cut]) {
        const inWorker = await there(bytes);
        expect(inWorker).toEqual(await here(bytes));
        verdicts.push(inWorker.state);
      }
      expect(verdicts).toEqual(['valid', 'invalid', 'unsigned', 'invalid']);
      // Without the agency's trusted root (another data folder), the worker says so too.
      const stranger = tempDataDir('vanthu-clerk-untrusted-');
      const untrusted = await runner.run('signing.verifyBytes', {
        bytes: valid,
        resourcesDir: path.join(ROOT, 'resources'),
        dataDir: stranger,
        nowMs: now.getTime(),
      });
      expect(signatureVerdictOf(untrusted)).toMatchObject({ state: 'invalid', text: VERDICT_TEXT.UNTRUSTED_CHAIN });
    } finally {
      await runner.close();
    }
  }, 120_000);
});
