import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { WorkflowView } from '../../src-shared/contracts/workflow.contract';
import { agencyApp, err, incoming, ok, outgoing, type TestApp } from './register-helpers';

let open: TestApp[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});

describe('workflow.registerReply: the reply and the completions in one transaction', () => {
  it('completes every answered document with the reply, or registers nothing', async () => {
    const { app } = await agencyApp('2026-03-05T02:00:00Z');
    open.push(app);
    await ok(app, 'directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
    const reg = async (n: string) =>
      (await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming({ SoKyHieu: `${n}/UBND-VP` }))).entry;
    const a = await reg('201');
    const b = await reg('202');
    await ok(app, 'workflow.step', { entryId: a.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', name: 'TH' } } });
    await ok(app, 'workflow.step', { entryId: a.id, step: { kind: 'chuyen', method: 'giay-ky-nhan', receivedBy: 'Lê Văn C' } });
    const record = outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Trả lời Công văn 201 và 202' });

    // b is still waiting to be presented (chờ trình), so it cannot be completed: the whole operation is refused, no số đi used, a still open.
    const refused = await err(app, 'workflow.registerReply', { Record: record, Answers: [a.id, b.id] });
    expect(refused.kind).toBe('Conflict');
    expect(refused.message).toContain('Văn bản đi chưa được đăng ký');
    expect((await ok<{ items: unknown[] }>(app, 'register.list', { Direction: 'di' })).items).toEqual([]);
    expect((await ok<WorkflowView>(app, 'workflow.get', { entryId: a.id })).state).not.toBe('hoan-thanh');

    const done = await ok<{ entry: RegisterEntry; Completed: string[] }>(app, 'workflow.registerReply', {
      Record: record,
      Answers: [a.id],
    });
    expect(done.entry.SoKyHieu).toBe('01/UBND-VP');
    expect(done.Completed).toEqual([a.id]);
    const view = await ok<WorkflowView>(app, 'workflow.get', { entryId: a.id });
    expect(view.state).toBe('hoan-thanh');
    expect(view.completion).toMatchObject({ how: 'tra-loi', reply: { soKyHieu: '01/UBND-VP' } });
  });
});
