import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerifyResult } from '../../src-shared/contracts/audit.contract';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { testApp } from '../support/app-harness';
import { agencyApp, incoming, ok, outgoing } from './register-helpers';

/** Builds a register with a few audited actions and returns its database path. */
async function auditedFolder(): Promise<{ dir: string; db: string; ids: string[] }> {
  const { app } = await agencyApp();
  const a = await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming());
  const b = await ok<{ entry: RegisterEntry }>(app, 'register.addOutgoing', outgoing());
  await ok(app, 'register.get', { id: a.entry.id });
  await ok(app, 'register.cancelOutgoing', { id: b.entry.id, Reason: 'Nhầm người ký' });
  await ok(app, 'register.get', { id: b.entry.id });
  app.close();
  return { dir: app.dataDir, db: path.join(app.dataDir, 'vanthu.db'), ids: [a.entry.id, b.entry.id] };
}

async function verify(dir: string): Promise<AuditVerifyResult> {
  const app = testApp({ dataDir: dir });
  try {
    return await ok<AuditVerifyResult>(app, 'audit.verify', {});
  } finally {
    app.close();
  }
}

describe('audit log: append-only, hash-chained', () => {
  it('records registrations, views and cancellations in each document history; verify passes', async () => {
    const { dir, ids } = await auditedFolder();
    const app = testApp({ dataDir: dir });
    const h = await ok<{ history: { action: string; actor: string; at: string }[] }>(app, 'register.get', { id: ids[1] });
    expect(h.history.map((x) => x.action)).toEqual(['register.registered', 'register.cancelled', 'register.viewed', 'register.viewed']);
    expect(h.history[0]!.actor).toMatch(/^direct:/);
    expect(h.history[0]!.at).toMatch(/\+07:00$/);
    app.close();
    const r = await verify(dir);
    expect(r).toMatchObject({ ok: true, count: 6, firstBadSeq: null, problem: null });
    expect(r.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the database refuses UPDATE and DELETE on the log', async () => {
    const { db } = await auditedFolder();
    const sqlite = new Database(db);
    expect(() => sqlite.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    sqlite.close();
  });

  it('detects an edited entry (even with the triggers dropped) and names it', async () => {
    const { dir, db } = await auditedFolder();
    const sqlite = new Database(db);
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare(`UPDATE audit_log SET data = replace(data, 'Nhầm người ký', 'Lý do khác') WHERE action = 'register.cancelled'`).run();
    const seq = (sqlite.prepare(`SELECT seq FROM audit_log WHERE action = 'register.cancelled'`).get() as { seq: number }).seq;
    sqlite.close();
    const r = await verify(dir);
    expect(r).toMatchObject({ ok: false, firstBadSeq: seq });
    expect(r.problem).toMatch(/đã bị sửa/);
  });

  it('detects an entry re-hashed after editing through the next link', async () => {
    const { dir, db } = await auditedFolder();
    const sqlite = new Database(db);
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare(`UPDATE audit_log SET hash = '${'f'.repeat(64)}' WHERE seq = 3`).run();
    sqlite.close();
    expect(await verify(dir)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects a removed entry and names the missing number', async () => {
    const { dir, db } = await auditedFolder();
    const sqlite = new Database(db);
    sqlite.exec('DROP TRIGGER audit_log_no_delete');
    sqlite.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    sqlite.close();
    const r = await verify(dir);
    expect(r).toMatchObject({ ok: false, firstBadSeq: 4 });
    expect(r.problem).toMatch(/bị xóa/);
  });
});
