import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { operations } from '../../src-shared/contracts';
import type { SessionStatus } from '../../src-shared/contracts/accounts.contract';
import { OPERATION_PERMISSIONS } from '../../src-shared/contracts/permissions';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { ADMIN_PW, agency, bad, type Call, caller, closeApps, CV_NEW, CV_PW, newApp, ok, VT_PW } from './accounts-helpers';
import { incoming, outgoing } from './register-helpers';

afterEach(closeApps);

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
