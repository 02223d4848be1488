import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataLayout } from '../../src-main/core/data-paths';
import { callDirect as call, refusalOf as refusal } from '../support/app-harness';
import { AGENCY_A, AGENCY_B, hubOutgoing } from '../support/exchange-harness';
import { hubAgencyApp, useHubSimulator, type TestApp } from '../support/hub-apps';
import { writePdf } from './register-helpers';

/**
 * The window sends intentions (an entry id and recipients; an inbox id), main does the work:
 * exchange.sendEntry builds the packet from the register, exchange.registerIncoming registers a hub
 * document in one transaction. Two real apps (SQLite on disk) talk through the hub simulator.
 */
const hub = useHubSimulator('vanthu-entry-exch-');

const SUBJECT = 'V/v phối hợp kiểm tra công tác văn thư, lưu trữ năm 2026';

/** Rows a half-finished registration would leave behind, read on a connection of its own. */
function footprint(app: TestApp) {
  const db = new Database(dataLayout(app.dataDirPath).database, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      entries: n("SELECT count(*) AS n FROM register_entry WHERE direction = 'den'"),
      files: n('SELECT count(*) AS n FROM stored_file'),
      status03: n("SELECT count(*) AS n FROM exchange_outbox WHERE status_code = '03'"),
      audits: n("SELECT count(*) AS n FROM audit_log WHERE action IN ('register.registered', 'file.imported')"),
      inboxNew: n("SELECT count(*) AS n FROM exchange_inbox WHERE kind = 'edoc' AND state = 'new'"),
    };
  } finally {
    db.close();
  }
}

describe('exchange.sendEntry and exchange.registerIncoming', () => {
  it('A sends a registered entry by id; B registers it all-or-nothing; a retry writes nothing twice', async () => {
    const a = await hubAgencyApp(hub.sim, AGENCY_A);
    const b = await hubAgencyApp(hub.sim, AGENCY_B);
    try {
      const pdf = await writePdf(hub.dir, 'cv.pdf', 'Cong van phoi hop kiem tra', 2);
      const file = await call<{ sha256: string }>(a, 'files.import', { path: pdf });
      const out = await call<{ entry: { id: string; SoKyHieu: string } }>(
        a,
        'register.addOutgoing',
        hubOutgoing({ Subject: SUBJECT, FileSha256: file.sha256 }),
      );
      const noFile = await call<{ entry: { id: string } }>(a, 'register.addOutgoing', {
        TypeName: 'Công văn',
        UnitAbbreviation: 'VP',
        Subject: 'Chưa có tệp',
        SignerInfo: { FullName: 'Trần Văn Mẫu' },
      });

      // Refusals name the problem and queue nothing.
      expect((await refusal(a, 'exchange.sendEntry', { entryId: noFile.entry.id, to: [AGENCY_B.organId] })).message).toContain(
        'chưa có tệp PDF',
      );
      expect((await refusal(a, 'exchange.sendEntry', { entryId: out.entry.id, to: ['000.00.77.H99'] })).message).toContain(
        'Không có trong danh bạ trục liên thông: 000.00.77.H99',
      );
      expect((await refusal(a, 'exchange.sendEntry', { entryId: 'khong-co', to: [AGENCY_B.organId] })).kind).toBe('NotFound');
      expect(await call<unknown[]>(a, 'exchange.listOutbox', {})).toEqual([]);

      // From the window, by id (the HTTP transport is allowed): one packet, then the retry finds it.
      const sent = await a.router.call('exchange.sendEntry', { entryId: out.entry.id, to: [AGENCY_B.organId] }, { transport: 'http' });
      expect(sent).toMatchObject({
        ok: true,
        value: { kind: 'edoc', Title: SUBJECT, Notation: out.entry.SoKyHieu, Recipients: [AGENCY_B.organId], alreadyQueued: false },
      });
      const again = await call<{ id: string; alreadyQueued: boolean }>(a, 'exchange.sendEntry', {
        entryId: out.entry.id,
        to: [AGENCY_B.organId],
      });
      expect(again).toMatchObject({ id: sent.ok ? (sent.value as { id: string }).id : '', alreadyQueued: true });
      expect((await call<unknown[]>(a, 'exchange.listOutbox', {})).length).toBe(1);
      const documentId = (sent.ok ? (sent.value as { DocumentId: string }) : { DocumentId: '' }).DocumentId;
      expect(documentId).toMatch(new RegExp(`^${AGENCY_A.organId.replace(/\./g, '\\.')},\\d{4}/\\d{2}/\\d{2},01/SO-VP$`));

      await call(a, 'exchange.sync', {});
      await call(b, 'exchange.sync', {});
      const [row] = await call<{ id: string; DocumentId: string; State: string; Attachments: { AttachmentName: string }[] }[]>(
        b,
        'exchange.listInbox',
        { kind: 'edoc' },
      );
      expect(row).toMatchObject({ DocumentId: documentId, State: 'new', Attachments: [{ AttachmentName: '01-SO-VP.pdf' }] });
      const clean = footprint(b);
      expect(clean).toEqual({ entries: 0, files: 0, status03: 0, audits: 0, inboxNew: 1 });

      // A failure in the middle: the entry and its file are written, then queueing 03 fails.
      const ddl = new Database(dataLayout(b.dataDirPath).database);
      ddl.exec(
        "CREATE TRIGGER test_fail_03 BEFORE INSERT ON exchange_outbox WHEN NEW.status_code = '03' BEGIN SELECT RAISE(ABORT, 'ổ đĩa đầy (thử)'); END",
      );
      const failed = await refusal(b, 'exchange.registerIncoming', { inboxId: row!.id });
      expect(failed.message).toContain('ổ đĩa đầy (thử)');
      expect(footprint(b)).toEqual(clean);
      ddl.exec('DROP TRIGGER test_fail_03');
      ddl.close();

      // A record the register refuses stores nothing either (here: the clerk's own bad correction).
      const bad = await refusal(b, 'exchange.registerIncoming', { inboxId: row!.id, overrides: { IssuedDate: '31/02/2026' } });
      expect(bad.kind).toBe('Validation');
      expect(bad.message).toContain('IssuedDate');
      expect(footprint(b)).toEqual(clean);

      // Then it succeeds, with số đến 1 (the failed attempts consumed no number), from the window by id.
      const done = await b.router.call(
        'exchange.registerIncoming',
        { inboxId: row!.id, overrides: { Description: 'Chuyển phòng Tổ chức' } },
        { transport: 'http' },
      );
      expect(done).toMatchObject({
        ok: true,
        value: {
          alreadyRegistered: false,
          entry: {
            ArrivalNumber: 1,
            Medium: 'dien-tu',
            DocumentId: documentId,
            SoKyHieu: '01/SO-VP',
            TypeName: 'Công văn',
            Subject: SUBJECT,
            OrganName: AGENCY_A.name,
            Description: 'Chuyển phòng Tổ chức',
            File: { sha256: file.sha256, pageCount: 2 },
          },
          inbox: { State: 'registered', ArrivalNumber: 1 },
        },
      });
      expect(footprint(b)).toEqual({ entries: 1, files: 1, status03: 1, audits: 2, inboxNew: 0 });

      // A retry (double click, lost answer) returns the same entry and writes nothing.
      const retry = await call<{ alreadyRegistered: boolean; entry: { id: string } }>(b, 'exchange.registerIncoming', { inboxId: row!.id });
      expect(retry.alreadyRegistered).toBe(true);
      expect(retry.entry.id).toBe(done.ok ? (done.value as { entry: { id: string } }).entry.id : '');
      expect(footprint(b)).toEqual({ entries: 1, files: 1, status03: 1, audits: 2, inboxNew: 0 });

      // The sender sees 01 then 03.
      await call(b, 'exchange.sync', {});
      await call(a, 'exchange.sync', {});
      const delivery = await call<{ History: { direction: string; StatusCode: string }[] }>(a, 'exchange.deliveries', { documentId });
      expect(delivery.History.filter((h) => h.direction === 'in').map((h) => h.StatusCode)).toEqual(['01', '03']);
    } finally {
      a.close();
      b.close();
    }
  });
});
