import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SimDb, type SimAgency } from './sim-db';
import { Faults, type FailureKind, type FaultConfig } from './sim-faults';
import { peekPacket } from './sim-peek';

export const DEFAULT_AGENCIES: SimAgency[] = [
  { systemId: '000.00.01.H99', secret: 'bi-mat-so-a', organId: '000.00.01.H99', name: 'Sở Thông tin tỉnh Mẫu', mail: 'vt@a.mau.gov.vn' },
  { systemId: '000.00.02.H99', secret: 'bi-mat-so-b', organId: '000.00.02.H99', name: 'Sở Nội vụ tỉnh Mẫu', mail: 'vt@b.mau.gov.vn' },
  { systemId: '000.00.00.H99', secret: 'bi-mat-vp', organId: '000.00.00.H99', name: 'Văn phòng UBND tỉnh Mẫu', mail: 'vt@vp.mau.gov.vn' },
];

const MAX_UPLOAD = 400 * 1024 * 1024;

interface Reply {
  status: number;
  /** JSON value, or a prebuilt body (prefix + file base64 + suffix) for getEdoc. */
  json?: unknown;
  stream?: { prefix: string; file: string; size: number; suffix: string };
}

const ok = (extra: Record<string, unknown> = {}): Reply => ({
  status: 200,
  json: { status: 'OK', ErrorCode: '0', ErrorDesc: 'Thành công', ...extra },
});
const failReply = (code: string, desc: string, status = 200): Reply => ({
  status,
  json: { status: 'FAIL', ErrorCode: code, ErrorDesc: desc },
});
const unpaddedHex = (buf: Buffer) => Array.from(buf, (b) => b.toString(16)).join('');

/**
 * A real HTTP server speaking the VDXP adapter API (edxml.md §D.1) over loopback: it checks the
 * XroadVnpt-* HMAC signature and the hash-file quirk, routes packets by their header (To for
 * documents, ResponseFor/OrganId for statuses), keeps them in its own SQLite, and injects faults
 * as the tests ask (sim-faults.ts). Admin calls live under /__admin (loopback only, no auth).
 */
export class HubSimulator {
  readonly db: SimDb;
  readonly faults = new Faults();
  private server: http.Server | null = null;
  url = '';

  constructor(
    private readonly dataDir: string,
    agencies: SimAgency[] = DEFAULT_AGENCIES,
  ) {
    this.db = new SimDb(dataDir);
    for (const a of agencies) this.db.upsertAgency(a);
  }

  async listen(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent)
          res
            .writeHead(500, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ status: 'FAIL', ErrorCode: '500', ErrorDesc: String(err) }));
        else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/XrdAdapter/adapter`;
    return this.url;
  }

  async close(): Promise<void> {
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
    this.db.close();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/__admin/')) return this.admin(url, req, res);
    const call = url.pathname.split('/').filter(Boolean).pop() ?? '';
    const fault = this.faults.pick(call);
    const delay = this.faults.latency();
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault === 'error5xx') {
      req.resume();
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html><body><h1>503 Service Unavailable</h1></body></html>');
      return;
    }
    const agency = this.authenticate(req);
    if (!agency) {
      req.resume();
      return this.send(res, failReply('401', 'Sai chữ ký hoặc mã hệ thống (XroadVnpt-hash-header)', 401), null);
    }
    const reply = await this.dispatch(call, req, agency, fault);
    if (reply === null) return; // the connection was already cut
    await this.send(res, reply, fault);
  }

  /** Checks systemid, the HMAC of the sign header, and that every signed header was sent as signed. */
  private authenticate(req: http.IncomingMessage): SimAgency | null {
    const h = (k: string) => {
      const v = req.headers[k.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    const agency = this.db.agencyBySystemId(h('XroadVnpt-systemid') ?? '');
    const signHeader = h('XroadVnpt-sign-header');
    const given = h('XroadVnpt-hash-header') ?? '';
    if (!agency || !signHeader || !/^[0-9a-f]{64}$/.test(given)) return null;
    const expected = createHmac('sha256', agency.secret).update(signHeader, 'utf8').digest();
    if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return null;
    let signed: Record<string, string>;
    try {
      signed = JSON.parse(signHeader) as Record<string, string>;
    } catch {
      return null;
    }
    const keys = (h('XroadVnpt-sign-header-key') ?? '').split(';');
    for (const k of keys) if (signed[`XroadVnpt-${k}`] === undefined || signed[`XroadVnpt-${k}`] !== h(`XroadVnpt-${k}`)) return null;
    if (!/^\d{8}T\d{6}\+\d{4}$/.test(signed['XroadVnpt-timestamp'] ?? '')) return null;
    return agency;
  }

  private async dispatch(call: string, req: http.IncomingMessage, agency: SimAgency, fault: FailureKind | null): Promise<Reply | null> {
    const p = (k: string) => {
      const v = req.headers[`xroadvnpt-${k.toLowerCase()}`];
      return Array.isArray(v) ? v[0] : v;
    };
    if (call !== 'sendEdoc') req.resume();
    switch (call) {
      case 'sendEdoc':
        return this.sendEdoc(req, agency, p, fault);
      case 'getReceivedEdocList': {
        const type = p('messagetype') === 'status' ? 'status' : 'edoc';
        const items = this.faults.shuffle(this.db.pending(agency.organId, type, 500));
        return ok({
          data: items.map((d) => ({
            docId: d.receiverDocId,
            serviceType: 'eDoc',
            messageType: d.messageType,
            created_time: d.createdAt,
            updated_time: d.updatedAt,
            from: d.fromOrgan,
            to: d.toOrgan,
            status: 'initial',
            status_desc: 'Chưa nhận',
          })),
        });
      }
      case 'getEdoc': {
        const d = this.db.delivery(p('docId') ?? p('docid') ?? '');
        if (!d || d.toOrgan !== agency.organId) return failReply('404', 'Không tìm thấy gói tin');
        return {
          status: 200,
          stream: { prefix: '{"status":"OK","ErrorCode":"0","ErrorDesc":"Thành công","data":"', file: d.file, size: d.size, suffix: '"}' },
        };
      }
      case 'updateStatus': {
        const d = this.db.delivery(p('docId') ?? p('docid') ?? '');
        const status = p('status') ?? '';
        if (!d || d.toOrgan !== agency.organId) return failReply('404', 'Không tìm thấy gói tin');
        if (!['done', 'fail', 'processing'].includes(status)) return failReply('400', `Trạng thái không hợp lệ: ${status}`);
        this.db.setDeliveryStatus(d.receiverDocId, status);
        return ok();
      }
      case 'getSentEdocList':
        return ok({ data: this.db.sent(agency.organId, p('messagetype') === 'status' ? 'status' : 'edoc', p('docId') ?? undefined) });
      case 'getAgenciesList':
        return ok({
          data: this.db
            .agencies()
            .map((a) => ({ id: a.systemId, code: a.organId, name: a.name, mail: a.mail ?? null, pid: null, oldCode: null })),
        });
      default:
        return { status: 404, json: { status: 'FAIL', ErrorCode: '404', ErrorDesc: `Không có dịch vụ ${call}` } };
    }
  }

  private async sendEdoc(
    req: http.IncomingMessage,
    agency: SimAgency,
    p: (k: string) => string | undefined,
    fault: FailureKind | null,
  ): Promise<Reply | null> {
    const length = Number(req.headers['content-length'] ?? -1);
    if (!(length > 2) || length > MAX_UPLOAD) {
      req.resume();
      return failReply('10', 'Tệp gói tin không hợp lệ (độ dài)');
    }
    const senderDocId = randomUUID();
    const file = path.join(this.db.packetsDir, `${senderDocId}.edxml`);
    const fd = fs.openSync(file, 'w');
    let received = 0;
    try {
      for await (const chunk of req) {
        fs.writeSync(fd, chunk as Buffer);
        received += (chunk as Buffer).length;
        if (fault === 'resetBeforeCommit' && received > length / 2) {
          req.socket.destroy();
          throw new Error('cut');
        }
      }
    } catch {
      fs.closeSync(fd);
      fs.rmSync(file, { force: true });
      return null;
    }
    fs.closeSync(fd);
    if (received !== length) {
      fs.rmSync(file, { force: true });
      return null;
    }
    // The SDK appends CRLF after the file bytes; the packet is what comes before it.
    const tail = Buffer.alloc(2);
    const rfd = fs.openSync(file, 'r+');
    fs.readSync(rfd, tail, 0, 2, length - 2);
    const size = tail.toString('latin1') === '\r\n' ? length - 2 : length;
    fs.ftruncateSync(rfd, size);
    fs.closeSync(rfd);
    const hash = createHash('sha256');
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    if (unpaddedHex(hash.digest()) !== p('hash-file')) {
      fs.rmSync(file, { force: true });
      return failReply('10', 'hash-file không khớp với nội dung gói tin');
    }
    let routing;
    try {
      routing = peekPacket(file);
    } catch (err) {
      fs.rmSync(file, { force: true });
      return failReply('22', `Gói tin edXML không đúng định dạng: ${(err as Error).message}`);
    }
    const messageType = p('messagetype') === 'status' ? 'status' : 'edoc';
    let to: string[];
    if (messageType === 'edoc') to = routing.to;
    else if (routing.statusCode === '13' && routing.responseForDocumentId)
      to = this.db.recipientsOf(routing.responseForDocumentId, agency.organId);
    else to = routing.responseForOrgan ? [routing.responseForOrgan] : [];
    const unknown = to.filter((o) => !this.db.organExists(o));
    if (to.length === 0 || unknown.length > 0) {
      fs.rmSync(file, { force: true });
      return failReply('18', `Đơn vị nhận không tồn tại trên trục: ${unknown.join(', ') || '(không có nơi nhận)'}`);
    }
    this.db.addDocument(
      {
        senderDocId,
        fromOrgan: agency.organId,
        messageType,
        documentId: messageType === 'edoc' ? routing.documentId : routing.responseForDocumentId,
        statusCode: routing.statusCode,
        title: routing.title,
        notation: routing.notation,
        file,
        size,
      },
      [...new Set(to)].map((organId) => ({ organId, copies: this.faults.duplicate() ? 2 : 1 })),
    );
    return ok({ DocId: senderDocId });
  }

  private async send(res: http.ServerResponse, reply: Reply, fault: FailureKind | null): Promise<void> {
    if (fault === 'resetAfterCommit') {
      res.socket?.destroy();
      return;
    }
    if (reply.json !== undefined) {
      const body = Buffer.from(JSON.stringify(reply.json), 'utf8');
      res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) });
      if (fault === 'resetMidBody') {
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      res.end(body);
      return;
    }
    const s = reply.stream!;
    const b64Len = 4 * Math.ceil(s.size / 3);
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(s.prefix) + b64Len + s.suffix.length),
    });
    res.write(s.prefix);
    const fd = await fs.promises.open(s.file, 'r');
    try {
      const chunk = Buffer.alloc(3 * 64 * 1024);
      let sent = 0;
      for (;;) {
        const { bytesRead } = await fd.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        const ok = res.write(chunk.subarray(0, bytesRead).toString('base64'));
        sent += bytesRead;
        if (fault === 'resetMidBody' && sent >= s.size / 2) {
          setTimeout(() => res.socket?.destroy(), 5);
          return;
        }
        if (!ok) await new Promise((r) => res.once('drain', r));
      }
    } finally {
      await fd.close();
    }
    res.end(s.suffix);
  }

  /** Delivers raw bytes as a packet without any check (bad-input tests); returns the sender docId. */
  inject(raw: Buffer, q: { from: string; to: string; messageType: 'edoc' | 'status' }): string {
    const senderDocId = randomUUID();
    const file = path.join(this.db.packetsDir, `${senderDocId}.edxml`);
    fs.writeFileSync(file, raw);
    this.db.addDocument(
      {
        senderDocId,
        fromOrgan: q.from,
        messageType: q.messageType,
        documentId: null,
        statusCode: null,
        title: null,
        notation: null,
        file,
        size: raw.length,
      },
      [{ organId: q.to, copies: 1 }],
    );
    return senderDocId;
  }

  private async admin(url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body: Buffer[] = [];
    for await (const c of req) body.push(c as Buffer);
    const json = (status: number, v: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(v));
    };
    const input = body.length ? Buffer.concat(body) : null;
    switch (url.pathname) {
      case '/__admin/faults':
        return json(
          200,
          req.method === 'POST' ? this.faults.set(JSON.parse(input!.toString('utf8')) as Partial<FaultConfig>) : this.faults.config,
        );
      case '/__admin/stats':
        return json(200, this.faults.counts);
      case '/__admin/state':
        return json(200, this.db.dump());
      case '/__admin/agencies':
        if (req.method === 'POST') this.db.upsertAgency(JSON.parse(input!.toString('utf8')) as SimAgency);
        return json(200, this.db.agencies());
      case '/__admin/inject': {
        const q = url.searchParams;
        return json(200, {
          DocId: this.inject(input ?? Buffer.alloc(0), {
            from: q.get('from') ?? '',
            to: q.get('to') ?? '',
            messageType: q.get('messageType') === 'status' ? 'status' : 'edoc',
          }),
        });
      }
      default:
        return json(404, { error: 'unknown admin call' });
    }
  }
}
