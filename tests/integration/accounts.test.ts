import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import type { SessionSlot, Transport } from '../../src-main/rpc/router';
import { operations } from '../../src-shared/contracts';
import type { SessionStatus } from '../../src-shared/contracts/accounts.contract';
import { OPERATION_PERMISSIONS } from '../../src-shared/contracts/permissions';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { incoming, outgoing, writePdf } from './register-helpers';

const FAST = { N: 1024, r: 8, p: 1 };
const ADMIN_PW = 'Quản-trị-2026!';
const VT_PW = 'Văn-thư-lần-đầu-1';
const CV_PW = 'Chuyên-viên-đầu-2';
const CV_NEW = 'Chuyên-viên-mới-3';

let open: App[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});

function newApp(dataDir = tempDataDir('vanthu-acct-')) {
  const clock = fixedClock('2026-03-05T02:00:00Z');
  const logger = memoryLogger();
  const app = createApp({ dataDir }, { clock, logger, passwordCost: FAST });
  open.push(app);
  return { app, clock, logger, dataDir };
}

type Call = (name: string, input?: unknown) => Promise<{ ok: true; value: any } | { ok: false; error: AppErrorData }>;
function caller(app: App, transport: Transport = 'http'): Call & { slot: SessionSlot } {
  const slot: SessionSlot = { id: null };
  const fn = (name: string, input: unknown = {}) => app.router.call(name, input, { transport, session: slot }) as ReturnType<Call>;
  return Object.assign(fn, { slot });
}
async function ok(c: Call, name: string, input: unknown = {}) {
  const r = await c(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.kind} ${r.error.message}`);
  return r.value;
}
async function bad(c: Call, name: string, input: unknown = {}): Promise<AppErrorData> {
  const r = await c(name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  return (r as { error: AppErrorData }).error;
}

/** Admin, a văn thư, a chuyên viên of Phòng Tổng hợp; two incoming letters, one directed to TH and one to TCKH. */
async function agency() {
  const env = newApp();
  const { app } = env;
  const admin = caller(app);
  // Before any account: everything works as before, for every transport.
  await ok(admin, 'agency.saveProfile', SAMPLE_AGENCY);
  const th = await ok(admin, 'directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
  const tc = await ok(admin, 'directory.addUnit', { name: 'Phòng Tài chính - Kế hoạch', shortName: 'TCKH' });
  const cvPerson = await ok(admin, 'directory.addPerson', { fullName: 'Lê Thị Cúc', unitId: th.id });
  await ok(admin, 'directory.addPerson', { fullName: 'Trần Thị Bình', position: 'Giám đốc', isLeader: true });

  const first: SessionStatus = await ok(admin, 'accounts.createFirstAdmin', {
    username: 'admin',
    fullName: 'Phạm Quản Trị',
    password: ADMIN_PW,
  });
  expect(first).toMatchObject({ accountsExist: true, account: { username: 'admin', roles: ['quantri'] }, mustChangePassword: false });
  await ok(admin, 'accounts.add', { username: 'vt.lan', fullName: 'Nguyễn Thị Lan', roles: ['vanthu'], password: VT_PW });
  await ok(admin, 'accounts.add', {
    username: 'cv.cuc',
    fullName: 'Lê Thị Cúc',
    roles: ['chuyenvien'],
    personId: cvPerson.id,
    password: CV_PW,
  });

  const vt = caller(app);
  await ok(vt, 'accounts.signIn', { username: 'vt.lan', password: VT_PW });
  await ok(vt, 'accounts.changePassword', { current: VT_PW, next: 'Văn-thư-đã-đổi-9' });
  const reg = async (so: string) => (await ok(vt, 'register.addIncoming', incoming({ SoKyHieu: so }))).entry as RegisterEntry;
  const mine = await reg('101/UBND-VP');
  const other = await reg('102/UBND-VP');
  await reg('103/UBND-VP'); // never handed to anyone
  const direct = (id: string, unit: string) =>
    ok(vt, 'workflow.step', { entryId: id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: unit } } });
  await direct(mine.id, th.id);
  await direct(other.id, tc.id);
  await ok(vt, 'workflow.step', { entryId: mine.id, step: { kind: 'chuyen', method: 'dien-tu' } });
  const draft = (await ok(vt, 'register.addOutgoing', outgoing())).entry as RegisterEntry;
  return { ...env, admin, vt, th, tc, cvPerson, mine, other, draft };
}

describe('accounts: sign-in, policy, lock-out', () => {
  it('a data folder without accounts works as before on every transport; the first administrator only once', async () => {
    const { app } = newApp();
    for (const t of ['http', 'electron', 'cli', 'direct'] as const) {
      expect((await caller(app, t)('register.list', { limit: 5 })).ok, t).toBe(true);
    }
    const c = caller(app);
    const st: SessionStatus = await ok(c, 'accounts.status');
    expect(st).toMatchObject({ accountsExist: false, account: null });
    await ok(c, 'accounts.createFirstAdmin', { username: 'Admin', fullName: 'Quản trị', password: ADMIN_PW });
    expect((await bad(caller(app), 'accounts.createFirstAdmin', { username: 'x2', fullName: 'Khác', password: ADMIN_PW })).kind).toBe(
      'Conflict',
    );
    // Now every transport but the main process itself needs a session.
    for (const t of ['http', 'electron', 'cli'] as const) {
      expect((await bad(caller(app, t), 'register.list', { limit: 5 })).kind, t).toBe('Unauthenticated');
    }
    expect((await caller(app, 'direct')('register.list', { limit: 5 })).ok).toBe(true);
    // A session opened on one transport is not good on another (the cookie is bound to the bridge).
    expect((await app.router.call('accounts.list', {}, { transport: 'electron', session: { id: c.slot.id } })).ok).toBe(false);
    expect((await c('accounts.list')).ok).toBe(true);
  });

  it('wrong password, unknown user and locked account get the same message; 5 failures lock for 15 minutes; the administrator unlocks', async () => {
    const { app, admin, clock } = await agency();
    const cv = caller(app);
    const unknown = await bad(cv, 'accounts.signIn', { username: 'khong.co', password: 'Sai-mat-khau-1' });
    const wrong = await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: 'Sai-mat-khau-1' });
    expect(unknown.message).toBe(wrong.message);
    expect(wrong).toMatchObject({ kind: 'Unauthenticated', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    for (let i = 2; i <= 4; i++) await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: `Sai-mat-khau-${i}` });
    // The failure that locks, and a wrong password on the locked account, read exactly like an unknown
    // user's: who does not know the password learns neither that the account exists nor that it is locked.
    const locking = await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: 'Sai-mat-khau-5' });
    const lockedWrong = await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: 'Sai-mat-khau-6' });
    for (const e of [locking, lockedWrong]) expect(e).toEqual(unknown);
    // Only the right password tells the person the account is locked (and still refuses it).
    expect(await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW })).toMatchObject({
      message: expect.stringMatching(/đang tạm khóa/) as unknown,
      details: { locked: true },
    });
    const listed = (await ok(admin, 'accounts.list')).items.find((a: { username: string }) => a.username === 'cv.cuc');
    expect(listed.lockedUntil).not.toBeNull();
    clock.advance(16 * 60_000);
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW }); // admin's own session went idle
    await ok(admin, 'accounts.unlock', { username: 'cv.cuc' });
    expect((await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW })).mustChangePassword).toBe(true);
  });

  it('first sign-in must change the password (policy, last 5 not reused); expiry warns 7 days ahead then forces a change', async () => {
    const { app, clock } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    expect(await bad(cv, 'register.list', { limit: 5 })).toMatchObject({ kind: 'Unauthenticated', details: { mustChangePassword: true } });
    expect((await bad(cv, 'accounts.changePassword', { current: CV_PW, next: 'ngan' })).message).toMatch(/ít nhất 10/);
    expect((await bad(cv, 'accounts.changePassword', { current: 'Sai-hien-tai-1', next: CV_NEW })).message).toMatch(/hiện tại không đúng/);
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    expect((await bad(cv, 'accounts.changePassword', { current: CV_NEW, next: CV_PW })).message).toMatch(/5 mật khẩu gần nhất/);
    expect((await c2(cv)).ok).toBe(true);

    clock.advance(84 * 86_400_000);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_NEW });
    expect((await ok(cv, 'accounts.status')).passwordExpiresInDays).toBe(6);
    clock.advance(7 * 86_400_000);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_NEW });
    expect(await bad(cv, 'register.list', { limit: 5 })).toMatchObject({ details: { mustChangePassword: true } });
  });

  it('the session locks after 15 idle minutes and reopens with the password; a disabled account stops at once', async () => {
    const { app, admin, vt, clock } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    clock.advance(16 * 60_000);
    expect(await bad(cv, 'register.list', { limit: 5 })).toMatchObject({ kind: 'Unauthenticated', details: { locked: true } });
    expect((await ok(cv, 'accounts.status')).locked).toBe(true);
    expect((await bad(cv, 'accounts.unlockSession', { password: 'Sai-mat-khau-1' })).kind).toBe('Unauthenticated');
    await ok(cv, 'accounts.unlockSession', { password: CV_NEW });
    expect((await c2(cv)).ok).toBe(true);

    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    expect((await c2(vt)).ok).toBe(false); // idle too: the văn thư signs in again
    await ok(vt, 'accounts.signIn', { username: 'vt.lan', password: 'Văn-thư-đã-đổi-9' });
    expect((await c2(vt)).ok).toBe(true);
    await ok(admin, 'accounts.disable', { username: 'vt.lan' });
    // The old session stops at once, and so do new sign-ins; the account is still listed (never deleted).
    expect(await bad(vt, 'register.list', { limit: 5 })).toMatchObject({ kind: 'Unauthenticated', details: { disabled: true } });
    expect((await bad(caller(app), 'accounts.signIn', { username: 'vt.lan', password: 'Văn-thư-đã-đổi-9' })).message).toMatch(
      /ngừng sử dụng/,
    );
    expect((await ok(admin, 'accounts.list')).items.find((a: { username: string }) => a.username === 'vt.lan').disabled).toBe(true);
  });

  it('disabling a chuyên viên hands their open letters to another person through the workflow', async () => {
    const { admin, vt, mine, th } = await agency();
    await ok(vt, 'workflow.step', {
      entryId: mine.id,
      step: { kind: 'chuyen', method: 'dien-tu', recipients: [{ kind: 'person', name: 'Lê Thị Cúc' }] },
    });
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    const p2 = await ok(admin, 'directory.addPerson', { fullName: 'Hoàng Văn Đức', unitId: th.id });
    await ok(admin, 'accounts.add', {
      username: 'cv.duc',
      fullName: 'Hoàng Văn Đức',
      roles: ['chuyenvien'],
      personId: p2.id,
      password: CV_PW,
    });
    expect((await bad(admin, 'accounts.disable', { username: 'cv.cuc' })).message).toMatch(/còn 1 văn bản/);
    expect((await bad(admin, 'accounts.disable', { username: 'cv.cuc', handoverTo: 'vt.lan' })).message).toMatch(/chưa gắn với cá nhân/);
    const r = await ok(admin, 'accounts.disable', { username: 'cv.cuc', handoverTo: 'cv.duc' });
    expect(r).toMatchObject({ handedOver: 1, notHandedOver: [], account: { disabled: true } });
    const wf = await ok(vt, 'workflow.get', { entryId: mine.id });
    expect(wf.steps.at(-1)).toMatchObject({ kind: 'chuyen' });
    expect(JSON.stringify(wf.steps.at(-1))).toContain('Hoàng Văn Đức');
    expect(wf.steps.at(-1).enteredBy).toBe('http:@admin (Phạm Quản Trị)');
  });
});

const c2 = (c: Call) => c('register.list', { limit: 5 });

describe('what a chuyên viên sees (filtered in SQL)', () => {
  it('lists, counts and search show only the letter given to their unit; another by id is NotFound; books are refused', async () => {
    const { app, mine, other, vt, admin, dataDir } = await agency();
    const cv = caller(app, 'cli');
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });

    const all = await ok(vt, 'register.list', { limit: 50, withTotal: true });
    expect(all.total).toBe(4);
    const page = await ok(cv, 'register.list', { limit: 50, withTotal: true });
    expect(page.items.map((e: RegisterEntry) => e.id)).toEqual([mine.id]);
    expect(page.total).toBe(1);
    const dirOnly = await ok(cv, 'register.list', { limit: 50, withTotal: true, Direction: 'den', Year: 2026 });
    expect(dirOnly.total).toBe(1);
    const found = await ok(cv, 'register.search', { q: 'Sở Ngoại vụ', limit: 50 });
    expect(found.items.map((e: RegisterEntry) => e.id)).toEqual([mine.id]);
    expect((await ok(vt, 'register.search', { q: 'Sở Ngoại vụ', limit: 50 })).items).toHaveLength(3);

    expect((await ok(cv, 'register.get', { id: mine.id })).entry.id).toBe(mine.id);
    expect(await bad(cv, 'register.get', { id: other.id })).toMatchObject({ kind: 'NotFound', message: 'Không tìm thấy văn bản.' });
    expect((await bad(cv, 'workflow.get', { entryId: other.id })).kind).toBe('NotFound');
    expect((await bad(cv, 'books.volumes', {})).kind).toBe('Forbidden');
    expect((await bad(cv, 'register.addIncoming', incoming())).kind).toBe('Forbidden');
    expect((await bad(cv, 'accounts.list')).kind).toBe('Forbidden');

    // quản trị: accounts yes, document contents no.
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    expect((await bad(admin, 'register.list', { limit: 5 })).kind).toBe('Forbidden');
    expect((await bad(admin, 'register.get', { id: mine.id })).kind).toBe('Forbidden');

    // The refusal by id is audited under the person's name.
    const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
    try {
      const denied = db.prepare("SELECT actor, data FROM audit_log WHERE action = 'access.denied'").all() as {
        actor: string;
        data: string;
      }[];
      expect(denied.some((d) => d.actor === 'cli:@cv.cuc (Lê Thị Cúc)' && d.data.includes(other.id))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('an outgoing letter the chuyên viên registered stays visible to them; a permission change is shown until confirmed', async () => {
    const { app, admin, draft } = await agency();
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    await ok(admin, 'accounts.update', { username: 'cv.cuc', roles: ['chuyenvien', 'vanthu'] });
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    const st: SessionStatus = await ok(cv, 'accounts.status');
    expect(st.permissionsChanged).toMatchObject({ by: 'http:@admin (Phạm Quản Trị)', roles: ['chuyenvien', 'vanthu'] });
    const mineOut = (await ok(cv, 'register.addOutgoing', outgoing({ Subject: 'Báo cáo của chuyên viên' }))).entry as RegisterEntry;
    expect((await ok(cv, 'accounts.confirmPermissions')).permissionsChanged).toBeNull();
    await ok(admin, 'accounts.update', { username: 'cv.cuc', roles: ['chuyenvien'] });
    await ok(cv, 'accounts.confirmPermissions');
    const ids = (await ok(cv, 'register.list', { limit: 50, Direction: 'di' })).items.map((e: RegisterEntry) => e.id);
    expect(ids).toEqual([mineOut.id]);
    expect(ids).not.toContain(draft.id);
  });
});

type AccessRow = { party_kind: string; party_id: string; role: string };
function accessOf(dataDir: string, entryId: string): AccessRow[] {
  const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.party_kind, a.party_id, a.role FROM entry_access a JOIN register_entry e ON e.seq = a.entry_seq WHERE e.id = ? ORDER BY 1, 2, 3`,
      )
      .all(entryId) as AccessRow[];
  } finally {
    db.close();
  }
}

describe('role scoping: drafter, Việc cần làm, books, mật, first account', () => {
  it('the drafter of an outgoing entry is recorded by account id with the entry (no text parsing); 0016 backfills the old rows', async () => {
    const { app, admin, draft, dataDir } = await agency();
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    const vtId = (await ok(admin, 'accounts.list')).items.find((a: { username: string }) => a.username === 'vt.lan').id as string;
    expect(accessOf(dataDir, draft.id)).toEqual([{ party_kind: 'account', party_id: vtId, role: 'soan-thao' }]);

    // A data folder from before 0016: the parsing trigger and its ('user', username) rows.
    app.close();
    open = open.filter((a) => a !== app);
    const db = new Database(path.join(dataDir, 'vanthu.db'));
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      const idx = (db.prepare(`SELECT idx FROM __vanthu_migrations WHERE tag = '0016_drafter_access'`).get() as { idx: number }).idx;
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'entry_access_on_outgoing'`).all()).toEqual([]);
      db.prepare(`DELETE FROM entry_access WHERE party_kind = 'account'`).run();
      db.prepare(`INSERT INTO entry_access SELECT seq, 'user', 'vt.lan', 'soan-thao' FROM register_entry WHERE id = ?`).run(draft.id);
      db.prepare(`INSERT INTO entry_access SELECT seq, 'user', 'nobody', 'soan-thao' FROM register_entry WHERE id = ?`).run(draft.id);
      db.prepare(`DELETE FROM __vanthu_migrations WHERE idx >= ?`).run(idx);
      db.pragma(`user_version = ${idx}`);
      expect(version).toBeGreaterThan(idx);
    } finally {
      db.close();
    }
    newApp(dataDir);
    expect(accessOf(dataDir, draft.id)).toEqual([{ party_kind: 'account', party_id: vtId, role: 'soan-thao' }]);
  });

  it("a chuyên viên's Việc cần làm counts and lists only what they may see; they record tiến độ and hoàn thành, not trình or chỉ đạo", async () => {
    const { app, vt, mine, other } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });

    const all = await ok(vt, 'workflow.todo', { limit: 20 });
    expect(Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    const todo = await ok(cv, 'workflow.todo', { limit: 20 });
    const ids = Object.values(todo.lists as Record<string, { entryId: string }[]>).flatMap((l) => l.map((i) => i.entryId));
    expect(ids).toEqual([mine.id]);
    expect(Object.values(todo.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
    const open = await ok(cv, 'workflow.todoList', { list: 'chua-tra-loi', limit: 20, offset: 0 });
    expect([open.total, open.items.map((i: { entryId: string }) => i.entryId)]).toEqual([1, [mine.id]]);

    await ok(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'tien-do', note: 'Đã dự thảo báo cáo' } });
    expect(
      await bad(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'trinh', leader: { kind: 'person', name: 'Trần Thị Bình' } } }),
    ).toMatchObject({ kind: 'Forbidden', message: expect.stringMatching(/bước "Trình" là việc của văn thư và lãnh đạo/) as unknown });
    expect(await bad(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'thu-hoi', reason: 'Không cần nữa' } })).toMatchObject({
      kind: 'Forbidden',
      message: expect.stringMatching(/chỉ ghi được tiến độ giải quyết và hoàn thành/) as unknown,
    });
    expect((await bad(cv, 'workflow.step', { entryId: other.id, step: { kind: 'tien-do', note: 'Không phải của tôi' } })).kind).toBe(
      'NotFound',
    );
    await ok(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'hoan-thanh', how: 'luu-de-biet' } });
    const wf = await ok(vt, 'workflow.get', { entryId: mine.id });
    expect(wf.steps.slice(-2).map((st: { kind: string; enteredBy: string }) => [st.kind, st.enteredBy])).toEqual([
      ['tien-do', 'http:@cv.cuc (Lê Thị Cúc)'],
      ['hoan-thanh', 'http:@cv.cuc (Lê Thị Cúc)'],
    ]);
    expect((await ok(cv, 'workflow.todo', { limit: 20 })).counts['chua-tra-loi']).toBe(0);
  });

  it('books are refused to a chuyên viên with the reason; a mật entry only when given to them; quản trị never reads files', async () => {
    const { app, vt, admin, th, cvPerson, mine, dataDir } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    for (const name of ['books.volumes', 'books.export', 'books.print'])
      expect(await bad(cv, name, {})).toMatchObject({
        kind: 'Forbidden',
        message: expect.stringMatching(/Sổ đăng ký là sổ chung/) as unknown,
      });

    // A mật letter directed to Phòng Tổng hợp: not the chuyên viên's until it is handed to her by name.
    const pdf = async (name: string, text: string) =>
      (
        await ok(vt, 'files.importBytes', {
          fileName: name,
          dataBase64: (await import('node:fs')).readFileSync(await writePdf(dataDir, name, text)).toString('base64'),
        })
      ).sha256 as string;
    const secretSha = await pdf('mat.pdf', 'Tai lieu mat so 9');
    const secret = (await ok(vt, 'register.addIncoming', incoming({ SoKyHieu: '9/M-UBND', Confidentiality: 'mat', FileSha256: secretSha })))
      .entry as RegisterEntry;
    await ok(vt, 'workflow.step', { entryId: secret.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: th.id } } });
    const seen = async () => (await ok(cv, 'register.list', { limit: 50, withTotal: true })).items.map((e: RegisterEntry) => e.id);
    expect(await seen()).toEqual([mine.id]);
    expect((await ok(cv, 'register.search', { q: 'Sở Ngoại vụ', limit: 50 })).items).toHaveLength(1);
    expect((await bad(cv, 'register.get', { id: secret.id })).kind).toBe('NotFound');
    expect((await ok(cv, 'workflow.todo', { limit: 20 })).counts['cho-chuyen']).toBe(0);
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', secretSha)).toBe(false);
    await ok(vt, 'workflow.step', {
      entryId: secret.id,
      step: { kind: 'chuyen', method: 'dien-tu', recipients: [{ kind: 'person', id: cvPerson.id }] },
    });
    expect((await seen()).sort()).toEqual([mine.id, secret.id].sort());
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', secretSha)).toBe(true);

    // quản trị, even placed in the unit the file was given to: no document contents, no file.
    const plainSha = await pdf('thuong.pdf', 'Cong van thuong so 10');
    const plain = (await ok(vt, 'register.addIncoming', incoming({ SoKyHieu: '10/UBND-VP', FileSha256: plainSha }))).entry as RegisterEntry;
    await ok(vt, 'workflow.step', { entryId: plain.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: th.id } } });
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    await ok(admin, 'accounts.update', { username: 'admin', unitId: th.id });
    await ok(admin, 'accounts.confirmPermissions');
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', plainSha)).toBe(true);
    expect(app.permissions.mayReadFile(vt.slot.id, 'http', secretSha)).toBe(true);
    for (const sha of [plainSha, secretSha]) expect(app.permissions.mayReadFile(admin.slot.id, 'http', sha)).toBe(false);
    expect(await bad(admin, 'files.info', { sha256: plainSha })).toMatchObject({
      kind: 'Forbidden',
      message: expect.stringMatching(/không xem nội dung văn bản/) as unknown,
    });
    for (const [name, input] of [
      ['register.search', { q: 'Sở Ngoại vụ', limit: 5 }],
      ['workflow.todo', { limit: 5 }],
    ] as const)
      expect((await bad(admin, name, input)).kind).toBe('Forbidden');
  });

  it('on a data folder without accounts, the first account must be quản trị', async () => {
    const { app } = newApp();
    const c = caller(app, 'cli');
    const refused = await bad(c, 'accounts.add', { username: 'vt.lan', fullName: 'Nguyễn Thị Lan', roles: ['vanthu'], password: VT_PW });
    expect(refused).toMatchObject({
      kind: 'Validation',
      message: expect.stringMatching(/tài khoản đầu tiên phải có vai trò quản trị/) as unknown,
    });
    expect((await ok(c, 'accounts.status')).accountsExist).toBe(false);
    await ok(c, 'accounts.add', { username: 'admin', fullName: 'Phạm Quản Trị', roles: ['quantri', 'vanthu'], password: ADMIN_PW });
    expect((await ok(c, 'accounts.status')).accountsExist).toBe(true);
  });
});

describe('the one permission check', () => {
  it('every operation declares what it needs; an undeclared name is refused, not allowed', async () => {
    expect(Object.keys(OPERATION_PERMISSIONS).sort()).toEqual(operations.map((o) => o.name).sort());
    const { app } = newApp();
    expect((await caller(app)('nothing.here')).ok).toBe(false);
  });

  it('after a scripted session no log line or audit entry holds a password, a hash or a session id', async () => {
    const { app, logger, dataDir, admin, vt } = await agency();
    const cv = caller(app);
    await bad(cv, 'accounts.signIn', { username: 'cv.cuc', password: 'Sai-mat-khau-1' });
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    await bad(cv, 'accounts.changePassword', { current: CV_NEW, next: 'short' });
    const otp = (await ok(admin, 'accounts.resetPassword', { username: 'vt.lan' })).oneTimePassword as string;
    await ok(caller(app), 'accounts.signIn', { username: 'vt.lan', password: otp });
    const secrets = [
      ADMIN_PW,
      VT_PW,
      CV_PW,
      CV_NEW,
      otp,
      'Văn-thư-đã-đổi-9',
      'Sai-mat-khau-1',
      admin.slot.id!,
      vt.slot.id ?? 'none',
      cv.slot.id!,
    ];
    const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
    let audit: string[];
    let hashes: string[];
    try {
      audit = (db.prepare('SELECT actor, action, data FROM audit_log').all() as Record<string, string>[]).map((r) => JSON.stringify(r));
      hashes = (db.prepare('SELECT password_hash FROM account').all() as { password_hash: string }[]).map((r) => r.password_hash);
    } finally {
      db.close();
    }
    expect(audit.some((l) => l.includes('"account.signIn"') && l.includes('@cv.cuc (Lê Thị Cúc)'))).toBe(true);
    expect(audit.some((l) => l.includes('"account.signInFailed"'))).toBe(true);
    const lines = [...logger.lines, ...audit];
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      for (const s of [...secrets, ...hashes, 'scrypt$']) expect(line.includes(s), `${line.slice(0, 120)} holds a secret`).toBe(false);
    }
  });
});

describe('hub credentials', () => {
  it('record who changed them and remind after three months', async () => {
    const { app, vt, clock } = await agency();
    await ok(vt, 'exchange.configureHub', { url: 'http://127.0.0.1:9/hub', systemId: '000.00.24.H44', secret: 'bí-mật-trục-2026' });
    const info = await ok(vt, 'exchange.hubInfo');
    expect(info).toMatchObject({ changedBy: 'http:@vt.lan (Nguyễn Thị Lan)', rotationDue: false });
    clock.advance(91 * 86_400_000);
    const again = caller(app);
    await ok(again, 'accounts.signIn', { username: 'vt.lan', password: 'Văn-thư-đã-đổi-9' });
    await ok(again, 'accounts.changePassword', { current: 'Văn-thư-đã-đổi-9', next: 'Văn-thư-quý-hai-8' }); // expired too
    expect((await ok(again, 'exchange.hubInfo')).rotationDue).toBe(true);
  });
});
