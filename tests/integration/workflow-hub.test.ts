import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PDF } from '../../src-main/features/exchange/edxml/edxml.samples';
import type { WorkflowView } from '../../src-shared/contracts/workflow.contract';
import { testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A, AGENCY_B, hubAgencyProfile } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';

let sim: SimProcess;
let dir: string;

beforeAll(async () => {
  dir = tempDataDir('vanthu-wfhub-');
  sim = await startSimProcess(path.join(dir, 'hub'));
});
afterAll(async () => {
  await sim.stop();
});

describe('workflow → hub statuses', () => {
  it('hand-over sends 04, the first progress note 05, completion 06 — each once, through the outbox, to the sender', async () => {
    const a = testApp();
    const b = testApp();
    const call = async <T = Record<string, unknown>>(app: typeof a, name: string, input: unknown): Promise<T> => {
      const r = await app.router.call(name, input, { transport: 'direct' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
    try {
      await call(a, 'agency.saveProfile', hubAgencyProfile(AGENCY_A));
      await call(b, 'agency.saveProfile', hubAgencyProfile(AGENCY_B));
      await call(a, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      await call(b, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_B.systemId, secret: AGENCY_B.secret });
      const pdf = path.join(dir, 'cv.pdf');
      fs.writeFileSync(pdf, SAMPLE_PDF);
      const sent = await call<{ DocumentId: string }>(a, 'exchange.sendDocument', {
        packet: {
          MessageHeader: {
            From: { OrganId: AGENCY_A.organId, OrganName: AGENCY_A.name },
            To: [{ OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name }],
            Code: { CodeNumber: '31', CodeNotation: 'SO-VP' },
            PromulgationInfo: { Place: 'TP Mẫu', PromulgationDate: '2026-11-20' },
            DocumentType: { Type: 1, TypeDetail: 0, TypeName: 'Công văn' },
            Subject: 'V/v báo cáo số liệu cán bộ, công chức năm 2026',
            SignerInfo: { FullName: 'Trần Văn Mẫu' },
            OtherInfo: { Priority: 0, Direction: false, Appendixes: [] },
          },
          Attachments: [{ path: pdf }],
        },
      });
      await call(a, 'exchange.sync', {});
      await call(b, 'exchange.sync', {});
      const reg = await call<{ entry: { id: string } }>(b, 'register.addIncoming', {
        DocumentId: sent.DocumentId,
        SoKyHieu: '31/SO-VP',
        OrganName: AGENCY_A.name,
        TypeName: 'Công văn',
        Subject: 'V/v báo cáo số liệu cán bộ, công chức năm 2026',
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
          documentId: sent.DocumentId,
        },
      );
      const incoming = delivery.History.filter((h) => h.direction === 'in');
      expect(incoming.map((h) => h.StatusCode)).toEqual(['01', '03', '04', '05', '06']);
      expect(incoming[2]!.Description).toContain('Phòng Tổ chức cán bộ');
      expect(incoming[3]!.Description).toContain('Đang tổng hợp số liệu');
    } finally {
      a.close();
      b.close();
    }
  });
});
