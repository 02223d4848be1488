import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocumentKindByCode, readSoKyHieu } from '../../src-shared/domain';
import { callDirect as call } from '../support/app-harness';
import { AGENCY_A, hubAgencyProfile } from '../support/exchange-harness';
import { sendAndSync, useHubSimulator, withHubPair } from '../support/hub-apps';

const hub = useHubSimulator('vanthu-link-');

describe('exchange ↔ register', () => {
  it('registering an electronic document that came through the hub sends 03 back to the sender', async () => {
    const subject = 'V/v phối hợp kiểm tra công tác văn thư, lưu trữ năm 2026';
    await withHubPair(hub.sim, async (a, b) => {
      const letter = { CodeNumber: '12', CodeNotation: 'SO-VP', PromulgationDate: '2026-11-20', Subject: subject };
      const sent = await sendAndSync(a, b, path.join(hub.dir, 'cv.pdf'), letter);
      const documentId = String(sent.DocumentId ?? `${AGENCY_A.organId},2026/11/20,12/SO-VP`);
      const inbox = (await call(b, 'exchange.listInbox', {})) as unknown as { DocumentId: string; State: string }[];
      expect(inbox.find((r) => r.DocumentId === documentId)?.State).toBe('new');

      // The clerk registers it in the incoming register: số đến is given and 03 is queued.
      const reg = await call(b, 'register.addIncoming', {
        DocumentId: documentId,
        SoKyHieu: '12/SO-VP',
        OrganName: AGENCY_A.name,
        TypeName: 'Công văn',
        Subject: subject,
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
    });
  });

  it('a Party packet (CodeNumber 19, CodeNotation QC/HU) arrives as "19-QC/HU", registers as printed and is found by 19-qc', async () => {
    const partyA = { ...hubAgencyProfile(AGENCY_A), name: 'Huyện ủy Kim Động', abbreviation: 'HU', system: 'party' as const };
    await withHubPair(
      hub.sim,
      async (a, b) => {
        await sendAndSync(a, b, path.join(hub.dir, 'qc.pdf'), {
          CodeNumber: '19',
          CodeNotation: 'QC/HU',
          PromulgationDate: '2024-09-16',
          Place: 'Kim Động',
          TypeName: 'Quy chế',
          FromName: 'Huyện ủy Kim Động',
          Signer: 'Nguyễn Chi Hội',
          Subject: 'Quản lý, sử dụng phần mềm Quản lý văn bản và điều hành',
        });
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
      },
      partyA,
    );
  });
});
