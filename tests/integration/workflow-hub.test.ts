import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkflowView } from '../../src-shared/contracts/workflow.contract';
import { callDirect as call } from '../support/app-harness';
import { AGENCY_A } from '../support/exchange-harness';
import { sendAndSync, useHubSimulator, withHubPair } from '../support/hub-apps';

const hub = useHubSimulator('vanthu-wfhub-');

describe('workflow → hub statuses', () => {
  it('hand-over sends 04, the first progress note 05, completion 06 — each once, through the outbox, to the sender', async () => {
    const subject = 'V/v báo cáo số liệu cán bộ, công chức năm 2026';
    await withHubPair(hub.sim, async (a, b) => {
      const letter = { CodeNumber: '31', CodeNotation: 'SO-VP', PromulgationDate: '2026-11-20', Subject: subject };
      const sent = await sendAndSync(a, b, path.join(hub.dir, 'cv.pdf'), letter);
      const reg = await call<{ entry: { id: string } }>(b, 'register.addIncoming', {
        DocumentId: sent.DocumentId!,
        SoKyHieu: '31/SO-VP',
        OrganName: AGENCY_A.name,
        TypeName: 'Công văn',
        Subject: subject,
        Medium: 'dien-tu',
      });
      const entryId = reg.entry.id;
      const unit = await call<{ id: string }>(b, 'directory.addUnit', { name: 'Phòng Tổ chức cán bộ' });
      const step = (s: Record<string, unknown>) => call<WorkflowView>(b, 'workflow.step', { entryId, step: s });

      const v = await step({ kind: 'chuyen-thang', chuTri: { kind: 'unit', id: unit.id }, basis: 'Quy chế làm việc' });
      expect(v.viaHub).toBe(true);
      await step({ kind: 'chuyen', method: 'dien-tu' });
      await step({ kind: 'chuyen', method: 'dien-tu' }); // a second hand-over: no second 04
      await step({ kind: 'tien-do', note: 'Đang tổng hợp số liệu' });
      await step({ kind: 'tien-do', note: 'Đã xong dự thảo' }); // no second 05
      await step({ kind: 'hoan-thanh', how: 'luu-de-biet' });
      await step({ kind: 'mo-lai', reason: 'Bổ sung số liệu' });
      await step({ kind: 'hoan-thanh', how: 'luu-de-biet' }); // no second 06

      await call(b, 'exchange.sync', {});
      await call(a, 'exchange.sync', {});
      const delivery = await call<{ History: { direction: string; StatusCode: string; Description?: string | null }[] }>(
        a,
        'exchange.deliveries',
        {
          documentId: sent.DocumentId!,
        },
      );
      const incoming = delivery.History.filter((h) => h.direction === 'in');
      expect(incoming.map((h) => h.StatusCode)).toEqual(['01', '03', '04', '05', '06']);
      expect(incoming[2]!.Description).toContain('Phòng Tổ chức cán bộ');
      expect(incoming[3]!.Description).toContain('Đang tổng hợp số liệu');
    });
  });
});
