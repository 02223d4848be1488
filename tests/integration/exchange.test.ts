import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E1_NEW_DOCUMENT } from '../../src-main/features/exchange/edxml/edxml.samples';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A, AGENCY_B, exchangeNode, sampleDocument, type ExchangeNode } from '../support/exchange-harness';
import { HubSimulator } from '../support/hub-simulator/sim-server';

let sim: HubSimulator;
let dir: string;
let a: ExchangeNode;
let b: ExchangeNode;
const fast = { policy: { baseMs: 20, capMs: 100 } };

beforeAll(async () => {
  dir = tempDataDir('vanthu-exch-it-');
  sim = new HubSimulator(path.join(dir, 'hub'));
  await sim.listen();
  a = exchangeNode(AGENCY_A, { hubUrl: sim.url });
  b = exchangeNode(AGENCY_B, { hubUrl: sim.url });
});
afterAll(async () => {
  a.close();
  b.close();
  await sim.close();
});

describe('exchange between two agencies through the hub simulator', () => {
  it('A issues a document; B receives it, 01 goes back automatically, registering sends 03; A sees 01 then 03', async () => {
    const seen: string[] = [];
    a.events.subscribe((name, p) => name === 'exchange.statusChanged' && seen.push((p as { StatusCode: string }).StatusCode));
    const item = await a.exchange.sendDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir));
    expect(item).toMatchObject({ State: 'pending', kind: 'edoc' });
    expect(await a.exchange.sync(fast)).toMatchObject({ sent: 1, errors: [] });
    expect(a.exchange.listOutbox({ limit: 10 })[0]).toMatchObject({ State: 'sent', HubDocId: expect.any(String) });

    expect(await b.exchange.sync(fast)).toMatchObject({ received: 1, sent: 1 }); // the 01 leaves in the same cycle
    const [doc] = b.exchange.listInbox({ kind: 'edoc', limit: 10 });
    expect(doc).toMatchObject({ State: 'new', DocumentId: item.DocumentId, Acked: true, From: { OrganId: AGENCY_A.organId } });
    expect(fs.readFileSync(doc!.Attachments[0]!.path, 'latin1')).toContain('%PDF-1.7');

    expect(b.exchange.onIncomingRegistered(item.DocumentId, 15)).toBe(true);
    expect(b.exchange.onIncomingRegistered(item.DocumentId, 15)).toBe(true); // idempotent
    expect(b.exchange.onIncomingRegistered('khong-co', 16)).toBe(false);
    await b.exchange.sync(fast);
    expect(await a.exchange.sync(fast)).toMatchObject({ statuses: 2 });
    const view = a.exchange.deliveries(item.DocumentId);
    expect(view.Recipients).toEqual([expect.objectContaining({ OrganId: AGENCY_B.organId, LatestCode: '03' })]);
    expect(view.History.map((h) => h.StatusCode)).toEqual(['01', '03']);
    expect(view.History[1]!.Description).toContain('số đến 15');
    expect(seen.sort()).toEqual(['01', '03']); // events come in arrival order; the history above is in business order

    // 04/05/06 through one function
    b.exchange.reportProgress(item.DocumentId, '04');
    b.exchange.reportProgress(item.DocumentId, '06', 'Đã hoàn thành');
    await b.exchange.sync(fast);
    await a.exchange.sync(fast);
    expect(a.exchange.deliveries(item.DocumentId).History.map((h) => h.StatusCode)).toEqual(['01', '03', '04', '06']);
  });

  it('refusal sends 02 with the reason', async () => {
    const item = await a.exchange.sendDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir));
    await a.exchange.sync(fast);
    await b.exchange.sync(fast);
    const doc = b.exchange.listInbox({ kind: 'edoc', states: ['new'], limit: 10 }).find((d) => d.DocumentId === item.DocumentId)!;
    expect(b.exchange.refuseIncoming(doc.id, 'Không đúng thẩm quyền').State).toBe('refused');
    await b.exchange.sync(fast);
    await a.exchange.sync(fast);
    const h = a.exchange.deliveries(item.DocumentId).History;
    expect(h.at(-1)).toMatchObject({ StatusCode: '02', Description: 'Không đúng thẩm quyền' });
  });

  it('a duplicated delivery and reordered lists still give one document', async () => {
    sim.faults.set({ duplicate: 1, reorder: true });
    const items = [];
    for (let i = 0; i < 3; i++) items.push(await a.exchange.sendDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir)));
    await a.exchange.sync(fast);
    sim.faults.set({ duplicate: 0, reorder: false });
    await b.exchange.sync(fast);
    for (const it of items) {
      const rows = b.exchange.listInbox({ kind: 'edoc', limit: 1000 }).filter((r) => r.DocumentId === it.DocumentId);
      expect(rows.map((r) => r.State).sort()).toEqual(['duplicate', 'new']);
    }
    expect(await sim.db.pending(AGENCY_B.organId, 'edoc', 100)).toEqual([]);
  });

  it('bad packets are refused with a reason, 02 goes back when the sender is known, the queue keeps moving', async () => {
    const malformed = Buffer.from('<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><oops></edXML>');
    const noAttachment = Buffer.from(
      E1_NEW_DOCUMENT.replace('000.00.07.H99,', `${AGENCY_A.organId},`)
        .replace(/<edXML:OrganId>000.00.07.H99<\/edXML:OrganId>/g, `<edXML:OrganId>${AGENCY_A.organId}</edXML:OrganId>`)
        .replace(/<AttachmentEncoded>[\s\S]*<\/AttachmentEncoded>\n/, ''),
    );
    const statusForUnknown = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>${AGENCY_B.organId}</edXML:OrganId><edXML:OrganName>B</edXML:OrganName></edXML:From><edXML:ResponseFor><edXML:OrganId>${AGENCY_A.organId}</edXML:OrganId><edXML:DocumentId>khong-ton-tai</edXML:DocumentId></edXML:ResponseFor><edXML:StatusCode>03</edXML:StatusCode><edXML:Timestamp>2025/03/05 10:00:00</edXML:Timestamp></edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>`,
    );
    await sim.inject(malformed, { from: AGENCY_A.organId, to: AGENCY_B.organId, messageType: 'edoc' });
    await sim.inject(noAttachment, { from: AGENCY_A.organId, to: AGENCY_B.organId, messageType: 'edoc' });
    await sim.inject(statusForUnknown, { from: AGENCY_B.organId, to: AGENCY_A.organId, messageType: 'status' });
    const good = await a.exchange.sendDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir));
    await a.exchange.sync(fast);

    const r = await b.exchange.sync(fast);
    expect(r.received).toBe(1);
    const rejected = b.exchange.listInbox({ states: ['rejected'], limit: 10 });
    expect(rejected.map((x) => x.Error).join('\n')).toMatch(/không phải XML hợp lệ/);
    expect(rejected.map((x) => x.Error).join('\n')).toMatch(/Thiếu tệp đính kèm "125-STT-VP.pdf"/);
    expect(b.exchange.listInbox({ states: ['new'], limit: 100 }).some((x) => x.DocumentId === good.DocumentId)).toBe(true);

    const ra = await a.exchange.sync(fast);
    expect(ra.errors.map((e) => e.message).join('\n')).toMatch(/không có trong danh sách văn bản đã gửi/);
    const refusal = a.exchange
      .listInbox({ kind: 'status', limit: 100 })
      .find((x) => x.StatusCode === '02' && x.DocumentId?.endsWith('125/STT-VP'));
    expect(refusal?.State).toBe('rejected'); // A never sent 125/STT-VP, so the 02 about it is itself refused
    expect(refusal?.Error).toBeTruthy();
    expect(sim.db.pending(AGENCY_A.organId, 'status', 100)).toEqual([]);
    expect(sim.db.pending(AGENCY_B.organId, 'edoc', 100)).toEqual([]);
  });

  it('a packet the hub keeps refusing becomes a visible failed item with a retry action', async () => {
    const doc = sampleDocument(AGENCY_A, [AGENCY_B], dir);
    doc.MessageHeader.To.push({ OrganId: '000.00.77.H11', OrganName: 'Không có trên trục' });
    const item = await a.exchange.sendDocument(doc);
    for (let i = 0; i < 3; i++) {
      await a.exchange.sync(fast);
      await new Promise((r) => setTimeout(r, 160));
    }
    const failed = a.exchange.listOutbox({ state: 'failed', limit: 10 }).find((x) => x.id === item.id);
    expect(failed).toMatchObject({ State: 'failed', LastError: expect.stringMatching(/không tồn tại/) });
    expect(a.exchange.retryOutbox(item.id)).toMatchObject({ State: 'pending', Attempts: 0 });
  });

  it('a wrong secret stops the cycle with a clear error and leaves the queue untouched', async () => {
    const c = exchangeNode(AGENCY_A, { dataDir: a.dataDir });
    c.exchange.configureHub({ url: sim.url, systemId: AGENCY_A.systemId, secret: 'sai-khoa' });
    const before = c.exchange.listOutbox({ limit: 100 }).map((x) => [x.id, x.State, x.Attempts]);
    const r = await c.exchange.sync(fast);
    expect(r.errors[0]?.message).toMatch(/từ chối xác thực/);
    expect(c.exchange.listOutbox({ limit: 100 }).map((x) => [x.id, x.State, x.Attempts])).toEqual(before);
    c.exchange.configureHub({ url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
    c.close();
  });

  it('take-back (13) and a revoke packet wait for the clerk, and the 15 answers reach the sender', async () => {
    const item = await a.exchange.sendDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir, 5000));
    await a.exchange.sync(fast);
    await b.exchange.sync(fast);
    a.exchange.requestTakeBack(item.DocumentId, 'Gửi nhầm nơi nhận');
    await a.exchange.sync(fast);
    await b.exchange.sync(fast);
    const req = b.exchange
      .listInbox({ kind: 'status', states: ['change-requested'], limit: 10 })
      .find((r) => r.DocumentId === item.DocumentId)!;
    expect(req).toMatchObject({ StatusCode: '13', Subject: 'Gửi nhầm nơi nhận' });
    expect(b.exchange.answerChange(req.id, true, 'Đồng ý trả lại').State).toBe('answered');

    const revoke = await a.exchange.sendDocument(
      sampleDocument(AGENCY_A, [AGENCY_B], dir, 5000, { Bussiness: { BussinessDocType: 1, Paper: 0 } }),
    );
    expect(revoke).toMatchObject({ DocumentId: item.DocumentId, BussinessDocType: 1 });
    await a.exchange.sync(fast);
    await b.exchange.sync(fast);
    const rv = b.exchange
      .listInbox({ kind: 'edoc', states: ['change-requested'], limit: 10 })
      .find((r) => r.DocumentId === item.DocumentId)!;
    expect(rv.BussinessDocType).toBe(1);
    b.exchange.answerChange(rv.id, false, 'Văn bản đã vào sổ và đang xử lý');
    await b.exchange.sync(fast);
    await a.exchange.sync(fast);
    const h = a.exchange.deliveries(item.DocumentId).History.map((x) => `${x.direction}:${x.StatusCode}`);
    expect(h.slice(0, 2)).toEqual(['in:01', 'out:13']);
    expect(h.slice(2).sort()).toEqual(['in:15', 'in:16']);
  });

  it('an attachment refused by the antivirus check is not stored and the sender gets 02 with the reason', async () => {
    const scanned = exchangeNode(AGENCY_B, {
      dataDir: b.dataDir,
      checkAttachment: async (file) => (fs.readFileSync(file, 'latin1').includes('EICAR') ? 'nhiễm mã độc Eicar-Test-Signature' : null),
    });
    const doc = sampleDocument(AGENCY_A, [AGENCY_B], dir);
    fs.appendFileSync(doc.Attachments[0]!.path, 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE');
    const item = await a.exchange.sendDocument(doc);
    await a.exchange.sync(fast);
    const r = await scanned.exchange.sync(fast);
    expect(r).toMatchObject({ received: 0, errors: [expect.objectContaining({ kind: 'Infected' })] });
    expect(scanned.exchange.listInbox({ states: ['new'], limit: 1000 }).some((x) => x.DocumentId === item.DocumentId)).toBe(false);
    await a.exchange.sync(fast);
    expect(a.exchange.deliveries(item.DocumentId).Recipients[0]).toMatchObject({ LatestCode: '02' });
    expect(a.exchange.deliveries(item.DocumentId).History.at(-1)!.Description).toMatch(/nhiễm mã độc/);
    scanned.close();
  });

  it('caches the agency directory for offline search', async () => {
    expect(await a.exchange.refreshAgencies()).toEqual({ count: 3 });
    expect(a.exchange.listAgencies('noi vu', 10).map((x) => x.code)).toEqual([AGENCY_B.organId]);
    expect(a.exchange.listAgencies('000.00.0', 10)).toHaveLength(3);
  });
});
