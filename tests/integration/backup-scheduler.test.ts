/** The daily backup at the clerk's time (Vietnam time) and the backup at exit, on a real app. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startBackupScheduler } from '../../src-main/app/backup-scheduler';
import type { BackupStatus } from '../../src-shared/contracts/backup.contract';
import { memoryLogger } from '../support/app-harness';
import { agencyApp, ok, type TestApp } from './register-helpers';

const opened: TestApp[] = [];
afterEach(() => {
  for (const a of opened.splice(0)) a.close();
});

const waitFor = async (cond: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

it('backs up once a day after the chosen time, and at exit only when the last one is over a day old', async () => {
  // 09:30 UTC = 16:30 in Vietnam.
  const { app, clock } = await agencyApp('2026-03-05T09:30:00Z');
  opened.push(app);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-sched-'));
  await ok(app, 'backup.saveSettings', { folder, time: '17:00' });
  const backups = () => fs.readdirSync(folder).filter((n) => n.startsWith('vanthu-'));
  const sched = startBackupScheduler({ backup: app.backup, clock, logger: memoryLogger(), checkMs: 20 });
  try {
    await new Promise((r) => setTimeout(r, 300));
    expect(backups()).toEqual([]);
    expect((await ok<BackupStatus>(app, 'backup.status', {})).stale).toBe(true);

    clock.set('2026-03-05T10:01:00Z'); // 17:01 Vietnam time
    await waitFor(() => backups().length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(backups()).toHaveLength(1);
    await waitFor(() => !app.backup.status().running);
    expect(app.backup.status()).toMatchObject({ stale: false, lastFailure: null });
  } finally {
    sched.stop();
  }
  // At exit: nothing to do the same day; a day later, one more backup.
  await sched.atExit();
  expect(backups()).toHaveLength(1);
  clock.advance(25 * 3600_000);
  expect(app.backup.status().stale).toBe(false); // default warning after 48 h
  await sched.atExit();
  expect(backups()).toHaveLength(2);
});
