/** Shared by the accounts-*.test.ts files: a real app on a temp folder with fast scrypt, callers holding a session. */
import { expect } from 'vitest';
import { createApp, type App } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import type { SessionSlot, Transport } from '../../src-main/rpc/router';
import type { SessionStatus } from '../../src-shared/contracts/accounts.contract';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { incoming, outgoing } from './register-helpers';

const FAST = { N: 1024, r: 8, p: 1 };
export const ADMIN_PW = 'Quản-trị-2026!';
export const VT_PW = 'Văn-thư-lần-đầu-1';
export const CV_PW = 'Chuyên-viên-đầu-2';
export const CV_NEW = 'Chuyên-viên-mới-3';

let open: App[] = [];
/** Closes the apps the test opened (afterEach of each accounts test file). */
export function closeApps(): void {
  for (const a of open) a.close();
  open = [];
}
/** The app is closed by the test itself (to reopen its data folder). */
export function forget(app: App): void {
  open = open.filter((a) => a !== app);
}

export function newApp(dataDir = tempDataDir('vanthu-acct-')) {
  const clock = fixedClock('2026-03-05T02:00:00Z');
  const logger = memoryLogger();
  const app = createApp({ dataDir }, { clock, logger, passwordCost: FAST });
  open.push(app);
  return { app, clock, logger, dataDir };
}

export type Call = (name: string, input?: unknown) => Promise<{ ok: true; value: any } | { ok: false; error: AppErrorData }>;
export function caller(app: App, transport: Transport = 'http'): Call & { slot: SessionSlot } {
  const slot: SessionSlot = { id: null };
  const fn = (name: string, input: unknown = {}) => app.router.call(name, input, { transport, session: slot }) as ReturnType<Call>;
  return Object.assign(fn, { slot });
}
export async function ok(c: Call, name: string, input: unknown = {}) {
  const r = await c(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.kind} ${r.error.message}`);
  return r.value;
}
export async function bad(c: Call, name: string, input: unknown = {}): Promise<AppErrorData> {
  const r = await c(name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  return (r as { error: AppErrorData }).error;
}

/** Admin, a văn thư, a chuyên viên of Phòng Tổng hợp; two incoming letters, one directed to TH and one to TCKH. */
export async function agency() {
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
