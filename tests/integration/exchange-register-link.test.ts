import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PDF } from '../../src-main/features/exchange/edxml/edxml.samples';
import { findDocumentKindByCode, readSoKyHieu } from '../../src-shared/domain';
import { testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A, AGENCY_B, hubAgencyProfile } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';

let sim: SimProcess;
let dir: string;

beforeAll(async () => {
  dir = tempDataDir('vanthu-link-');
  sim = await startSimProcess(path.join(dir, 'hub'));
});
afterAll(async () => {
  await sim.stop();
});

describe('exchange ↔ register', () => {
  it('registering an electronic document that came through the hub sends 03 back to the sender', async () => {
    const a = testApp();
    const b = testApp();
    const call = async (app: typeof a, name: string, input: unknown) => {
      const r = await app.router.call(name, input, { transport: 'direct' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    try {
      await call(a, 'agency.saveProfile', hubAgencyProfile(AGENCY_A));
      await call(b, 'agency.saveProfile', hubAgencyProfile(AGENCY_B));
      await call(a, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      await call(b, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_B.systemId, secret: AGENCY_B.secret });

      const pdf = path.join(dir, 'cv.pdf');
      fs.writeFileSync(pdf, SAMPLE_PDF);
      const sent = await call(a, 'exchange.sendDocument', {
        packet: {
          MessageHeader: {
            From: { OrganId: AGENCY_A.organId, OrganName: AGENCY_A.name },
            To: [{ OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name }],
            Code: { CodeNumber: '12', CodeNotation: 'SO-VP' },
            PromulgationInfo: { Place: 'TP Mẫu', PromulgationDate: '2026-11-20' },
            DocumentType: { Type: 1, TypeDetail: 0, TypeName: 'Công văn' },
            Subject: 'V/v phối hợp kiểm tra công tác văn thư, lưu trữ năm 2026',
            SignerInfo: { FullName: 'Trần Văn Mẫu' },
            OtherInfo: { Priority: 0, Direction: false, Appendixes: [] },
          },
          Attachments: [{ path: pdf }],
        },
      });
      const documentId = String((sent as { DocumentId?: string }).DocumentId ?? `${AGENCY_A.organId},2026/11/20,12/SO-VP`);
      await call(a, 'exchange.sync', {});
      await call(b, 'exchange.sync', {});
      const inbox = (await call(b, 'exchange.listInbox', {})) as unknown as { DocumentId: string; State: string }[];
      expect(inbox.find((r) => r.DocumentId === documentId)?.State).toBe('new');

      // The clerk registers it in the incoming register: số đến is given and 03 is queued.
      const reg = await call(b, 'register.addIncoming', {
        DocumentId: documentId,
        SoKyHieu: '12/SO-VP',
        OrganName: AGENCY_A.name,
        TypeName: 'Công văn',
        Subject: 'V/v phối hợp kiểm tra công tác văn thư, lưu trữ năm 2026',
        Medium: 'dien-tu',
      });
      const arrival = (reg.entry as { ArrivalNumber: number }).ArrivalNumber;
      expect(arrival).toBe(1);
      const after = (await call(b, 'exchange.listInbox', {})) as unknown as { DocumentId: string; State: string }[];
      expect(after.find((r) => r.DocumentId === documentId)?.State).toBe('registered');

      await call(b, 'exchange.sync', {});
      await call(a, 'exchange.sync', {});
      const delivery = (await call(a, 'exchange.deliveries', { documentId })) as { History: { direction: string; StatusCode: string }[] };
      expect(delivery.History.filter((h) => h.direction === 'in').map((h) => h.StatusCode)).toEqual(['01', '03']);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a Party packet (CodeNumber 19, CodeNotation QC/HU) arrives as "19-QC/HU", registers as printed and is found by 19-qc', async () => {
    const a = testApp();
    const b = testApp();
    const call = async (app: typeof a, name: string, input: unknown) => {
      const r = await app.router.call(name, input, { transport: 'direct' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    try {
      await call(a, 'agency.saveProfile', {
        ...hubAgencyProfile(AGENCY_A),
        name: 'Huyện ủy Kim Động',
        abbreviation: 'HU',
        system: 'party',
      });
      await call(b, 'agency.saveProfile', hubAgencyProfile(AGENCY_B));
      await call(a, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      await call(b, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_B.systemId, secret: AGENCY_B.secret });
      const pdf = path.join(dir, 'qc.pdf');
      fs.writeFileSync(pdf, SAMPLE_PDF);
      await call(a, 'exchange.sendDocument', {
        packet: {
          MessageHeader: {
            From: { OrganId: AGENCY_A.organId, OrganName: 'Huyện ủy Kim Động' },
            To: [{ OrganId: AGENCY_B.organId, OrganName: AGENCY_B.name }],
            Code: { CodeNumber: '19', CodeNotation: 'QC/HU' },
            PromulgationInfo: { Place: 'Kim Động', PromulgationDate: '2024-09-16' },
            DocumentType: { Type: 1, TypeDetail: 0, TypeName: 'Quy chế' },
            Subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành',
            SignerInfo: { FullName: 'Nguyễn Chi Hội' },
            OtherInfo: { Priority: 0, Direction: false, Appendixes: [] },
          },
          Attachments: [{ path: pdf }],
        },
      });
      await call(a, 'exchange.sync', {});
      await call(b, 'exchange.sync', {});
      const inbox = (await call(b, 'exchange.listInbox', {})) as unknown as { DocumentId: string; Code: string | null }[];
      const row = inbox.find((r) => r.Code?.includes('QC'));
      expect(row?.Code).toBe('19-QC/HU');
      // As the inbox tab does it: the number as the packet's code, the type from the shared reader.
      const reading = readSoKyHieu(row!.Code!);
      const type = reading.ok && reading.value.typeCode ? findDocumentKindByCode(reading.value.typeCode)!.name : 'Công văn';
      const reg = await call(b, 'register.addIncoming', {
        DocumentId: row!.DocumentId,
        SoKyHieu: row!.Code,
        OrganName: 'Huyện ủy Kim Động',
        TypeName: type,
        Subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành',
        Medium: 'dien-tu',
      });
      expect(reg.entry).toMatchObject({
        SoKyHieu: '19-QC/HU',
        CodeNumber: '19',
        CodeNotation: 'QC/HU',
        NotationSystem: 'party',
        TypeCode: 'dang-quy-che',
      });
      const found = (await call(b, 'register.search', { q: '19-qc' })) as { items: { SoKyHieu: string }[] };
      expect(found.items.map((e) => e.SoKyHieu)).toEqual(['19-QC/HU']);
    } finally {
      a.close();
      b.close();
    }
  });
});
