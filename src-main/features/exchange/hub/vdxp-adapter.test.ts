import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES, HubSimulator } from '../../../../tests/support/hub-simulator/sim-server';
import { systemClock } from '../../../core/clock';
import { E1_NEW_DOCUMENT, E2_STATUS_01 } from '../edxml/edxml.samples';
import { VdxpAdapter } from './vdxp-adapter';
import { hmacHex, vdxpHashFile, vdxpHeaders, vdxpTimestamp } from './vdxp-sign';

const [A, B, VP] = DEFAULT_AGENCIES as [(typeof DEFAULT_AGENCIES)[0], (typeof DEFAULT_AGENCIES)[0], (typeof DEFAULT_AGENCIES)[0]];
let dir: string;
let sim: HubSimulator;
const adapters: VdxpAdapter[] = [];
const adapter = (who: { systemId: string; secret: string }, endpoint = sim.url, extra = {}) => {
  const a = new VdxpAdapter({ endpoint, systemId: who.systemId, secret: who.secret, ...extra }, systemClock);
  adapters.push(a);
  return a;
};
const packetFile = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { path: file, size: fs.statSync(file).size, sha256: createHash('sha256').update(text).digest('hex') };
};

/** A one-route server for answers the simulator does not give (HTML, silence, Gson escapes). */
async function rawServer(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/XrdAdapter/adapter`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vdxp-test-'));
  sim = new HubSimulator(path.join(dir, 'hub'));
  await sim.listen();
});
afterAll(async () => {
  for (const a of adapters) a.close();
  await sim.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('VDXP signing', () => {
  it('formats the timestamp with 4-digit millis in Vietnam time and the unpadded hash-file', () => {
    expect(vdxpTimestamp(new Date('2024-03-05T03:15:30.123Z'))).toBe('05032024T101530+0123');
    expect(vdxpHashFile('0a0b00ff' + '00'.repeat(28))).toBe('ab0ff' + '0'.repeat(28));
  });

  it('signs exactly the JSON string it sends', () => {
    const h = vdxpHeaders({ systemId: 'S', secret: 'k', contentType: 'application/json', now: new Date(0), params: { docId: 'x' } });
    expect(h['XroadVnpt-sign-header-key']).toBe('Content-Type;systemid;timestamp;docId');
    expect(JSON.parse(h['XroadVnpt-sign-header']!)).toEqual({
      'XroadVnpt-Content-Type': 'application/json',
      'XroadVnpt-systemid': 'S',
      'XroadVnpt-timestamp': '01011970T070000+0000',
      'XroadVnpt-docId': 'x',
    });
    expect(h['XroadVnpt-hash-header']).toBe(hmacHex('k', h['XroadVnpt-sign-header']!));
    expect(() => vdxpHeaders({ systemId: 'S', secret: 'k', contentType: 'x', now: new Date(0), params: { from: 'Sở A' } })).toThrow(
      /ASCII/,
    );
  });
});

describe('VDXP adapter against the simulator', () => {
  it('sends a document, the receiver lists, fetches and acknowledges it, the sender sees the ack', async () => {
    const sender = adapter({ systemId: '000.00.07.H99', secret: 's7' });
    sim.db.upsertAgency({ systemId: '000.00.07.H99', secret: 's7', organId: '000.00.07.H99', name: 'Sở Thông tin' });
    const packet = packetFile('e1.edxml', E1_NEW_DOCUMENT);
    const { docId } = await sender.sendEdoc({ messageType: 'edoc', from: '000.00.07.H99', packet });
    expect(docId).toMatch(/^[0-9a-f-]{36}$/);

    const receiver = adapter(VP);
    const list = await receiver.getReceivedEdocList('edoc');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ messageType: 'edoc', from: '000.00.07.H99' });
    const dest = path.join(dir, 'got.edxml');
    const got = await receiver.getEdoc(list[0]!.docId, dest);
    expect(fs.readFileSync(dest, 'utf8')).toBe(E1_NEW_DOCUMENT);
    expect(got.sha256).toBe(packet.sha256);
    await receiver.updateStatus(list[0]!.docId, 'done');
    expect(await receiver.getReceivedEdocList('edoc')).toEqual([]);

    const sent = await sender.getSentEdocList('edoc');
    expect(sent[0]).toMatchObject({ senderDocId: docId, toCode: '000.00.00.H99', notation: '125/STT-VP', receiveStatus: 'done' });

    // the status travels back to the issuer named in ResponseFor
    const status = packetFile('e2.edxml', E2_STATUS_01);
    await receiver.sendEdoc({ messageType: 'status', from: VP.organId, packet: status });
    expect(await sender.getReceivedEdocList('status')).toHaveLength(1);
  });

  it('lists the agency directory', async () => {
    const agencies = await adapter(A).getAgenciesList();
    expect(agencies.map((a) => a.code)).toEqual(expect.arrayContaining([A.organId, B.organId, VP.organId]));
  });

  it('a wrong secret is an auth error, not a retry', async () => {
    await expect(adapter({ systemId: A.systemId, secret: 'sai' }).getReceivedEdocList('edoc')).rejects.toMatchObject({
      kind: 'Validation',
      details: { hub: 'auth' },
      message: expect.stringMatching(/từ chối xác thực/),
    });
  });

  it('a refused packet (unknown receiver) is a rejection naming the reason', async () => {
    const packet = packetFile(
      'bad-to.edxml',
      E1_NEW_DOCUMENT.replace(/<edXML:To>\n\s+<edXML:OrganId>000.00.00.H99/, '<edXML:To><edXML:OrganId>000.00.55.H11'),
    );
    await expect(adapter(A).sendEdoc({ messageType: 'edoc', from: A.organId, packet })).rejects.toMatchObject({
      details: { hub: 'rejected' },
      message: expect.stringMatching(/không tồn tại/),
    });
  });

  it('5xx, dropped connections and resets are transient errors, and a cut download leaves no file', async () => {
    const client = adapter(B);
    for (const kind of ['error5xx', 'drop', 'resetMidBody'] as const) {
      sim.faults.set({ rate: 1, kinds: [kind] });
      await expect(client.getReceivedEdocList('edoc')).rejects.toMatchObject({ kind: 'Offline', details: { hub: 'transient' } });
    }
    sim.faults.set({ rate: 0 });
    const sender = adapter(A);
    const big = E1_NEW_DOCUMENT.replace(
      /<edXML:To>[\s\S]*?<\/edXML:To>/,
      `<edXML:To><edXML:OrganId>${B.organId}</edXML:OrganId><edXML:OrganName>B</edXML:OrganName></edXML:To>`,
    ).replace(/(<edXML:ContentTransferEncoded[^>]*>)[^<]*/, `$1${Buffer.alloc(600_000, 7).toString('base64')}`);
    await sender.sendEdoc({ messageType: 'edoc', from: A.organId, packet: packetFile('big.edxml', big) });
    const [item] = await client.getReceivedEdocList('edoc');
    sim.faults.set({ rate: 1, kinds: ['resetMidBody'] });
    const dest = path.join(dir, 'cut.edxml');
    await expect(client.getEdoc(item!.docId, dest)).rejects.toMatchObject({ kind: 'Offline' });
    expect(fs.existsSync(dest)).toBe(false);
    sim.faults.set({ rate: 0 });
    await client.getEdoc(item!.docId, dest);
    expect(fs.readFileSync(dest, 'utf8')).toBe(big);
  });

  it('an HTML page instead of JSON, silence, and Gson-escaped base64 are each handled', async () => {
    const html = await rawServer((_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html>Đăng nhập</html>'));
    await expect(adapter(A, html.url).getReceivedEdocList('edoc')).rejects.toMatchObject({
      kind: 'Offline',
      message: expect.stringMatching(/trang HTML thay vì JSON/),
    });
    await expect(adapter(A, html.url).getEdoc('x', path.join(dir, 'h.edxml'))).rejects.toMatchObject({
      message: expect.stringMatching(/HTML/),
    });
    await html.close();

    const silent = await rawServer(() => undefined);
    const t0 = Date.now();
    await expect(adapter(A, silent.url, { timeouts: { idleMs: 300 } }).getAgenciesList()).rejects.toMatchObject({
      kind: 'Offline',
      message: expect.stringMatching(/không có phản hồi/),
    });
    expect(Date.now() - t0).toBeLessThan(5000);
    await silent.close();

    const data = Buffer.from(E2_STATUS_01).toString('base64').replace(/\//g, '\\/').replace(/=/g, '\\u003d');
    const gson = await rawServer((_q, r) => r.end(`{"data":"${data}", "status" : "OK","ErrorCode":0,"extra":{"a":[1,"}"]}}`));
    const dest = path.join(dir, 'gson.edxml');
    await adapter(A, gson.url).getEdoc('x', dest);
    expect(fs.readFileSync(dest, 'utf8')).toBe(E2_STATUS_01);
    await gson.close();
  });
});
