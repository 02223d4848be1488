import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../../../core/clock';
import { Base64Decoder } from '../edxml/xml-splitter';
import { DEFAULT_TIMEOUTS, HttpClient, readBounded, type HttpResponse, type HttpTimeouts } from './http-client';
import {
  hubError,
  type AckStatus,
  type DownloadedPacket,
  type HubAgency,
  type HubTransport,
  type MessageType,
  type PacketBody,
  type ReceivedItem,
  type SentItem,
} from './hub-transport';
import { JsonDataExtractor } from './json-data-stream';
import { vdxpHashFile, vdxpHeaders } from './vdxp-sign';

export interface VdxpConfig {
  /** `service.endpoint`, e.g. http://10.0.0.5:8080/XrdAdapter/adapter */
  endpoint: string;
  systemId: string;
  secret: string;
  timeouts?: Partial<HttpTimeouts>;
  maxSockets?: number;
  /** Largest packet accepted from getEdoc (decoded). */
  maxPacketBytes?: number;
}

const MAX_JSON_BYTES = 32 * 1024 * 1024;
const MAX_LIST = 20_000;

/** Hub values are strings in the SDK; some deployments send numbers or null. */
const s = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : String(v)));
const Envelope = z.object({ status: z.string().max(50), ErrorCode: s, ErrorDesc: s }).loose();
const SendResult = z.object({ DocId: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(200)) }).loose();
const ReceivedList = z.object({
  data: z
    .array(
      z
        .object({
          docId: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(200)),
          messageType: s,
          from: s,
          to: s,
          created_time: s,
          status: s,
          status_desc: s,
        })
        .loose(),
    )
    .max(MAX_LIST)
    .nullish(),
});
const SentList = z.object({
  data: z
    .array(
      z
        .object({
          senderDocId: s,
          receiverDocId: s,
          fromCode: s,
          toCode: s,
          title: s,
          notation: s,
          messageType: s,
          sentTime: s,
          receiveStatus: s,
          receiveStatusDesc: s,
        })
        .loose(),
    )
    .max(MAX_LIST)
    .nullish(),
});
const AgencyList = z.object({
  data: z
    .array(z.object({ id: s, code: z.string().min(1).max(100), name: z.string().max(500), mail: s, pid: s, oldCode: s }).loose())
    .max(MAX_LIST)
    .nullish(),
});

/**
 * The national VDXP adapter API (edxml.md §D.1), every call signed with the XroadVnpt-* headers.
 * sendEdoc posts the raw .edxml bytes followed by CRLF, as the Java SDK's "multipart" helper does;
 * getEdoc streams the base64 `data` member to a file. Every response is validated: HTML, garbled
 * JSON, oversize bodies and unexpected shapes are errors that name the call.
 */
export class VdxpAdapter implements HubTransport {
  readonly name = 'vdxp';
  private readonly http: HttpClient;
  private readonly base: string;

  constructor(
    private readonly config: VdxpConfig,
    private readonly clock: Clock,
  ) {
    const url = new URL(config.endpoint);
    this.base = url.toString().replace(/\/+$/, '');
    this.http = new HttpClient(url, { ...DEFAULT_TIMEOUTS, ...config.timeouts }, config.maxSockets ?? 8);
  }

  async sendEdoc(req: { messageType: MessageType; from: string; to?: string; packet: PacketBody }): Promise<{ docId: string }> {
    const params: Record<string, string> = { servicetype: 'eDoc', messagetype: req.messageType, from: req.from };
    if (req.to) params.to = req.to;
    params['hash-file'] = vdxpHashFile(req.packet.sha256);
    const res = await this.call('sendEdoc', params, 'application/octet-stream', {
      path: req.packet.path,
      size: req.packet.size,
      trailer: Buffer.from('\r\n'),
    });
    const body = SendResult.safeParse(await this.json(res, 'sendEdoc'));
    if (!body.success) throw this.shape('sendEdoc', 'docId');
    return { docId: body.data.DocId };
  }

  async getReceivedEdocList(messageType: MessageType): Promise<ReceivedItem[]> {
    const res = await this.call('getReceivedEdocList', { servicetype: 'eDoc', messagetype: messageType }, 'application/json');
    const body = ReceivedList.safeParse(await this.json(res, 'getReceivedEdocList'));
    if (!body.success) throw this.shape('getReceivedEdocList', body.error.issues[0]?.path.join('.') ?? '');
    return (body.data.data ?? []).map((d) => ({
      docId: d.docId,
      messageType: d.messageType === 'status' ? 'status' : d.messageType === 'edoc' ? 'edoc' : messageType,
      from: d.from,
      to: d.to,
      createdTime: d.created_time,
      status: d.status,
      statusDesc: d.status_desc,
    }));
  }

  async getEdoc(docId: string, destPath: string): Promise<DownloadedPacket> {
    const res = await this.call('getEdoc', { docId }, 'application/json');
    if (res.status >= 400 || /html/i.test(res.contentType)) {
      await this.json(res, 'getEdoc'); // throws the right error
    }
    const max = this.config.maxPacketBytes ?? 300 * 1024 * 1024;
    const hash = createHash('sha256');
    const fd = fs.openSync(destPath, 'w');
    let size = 0;
    try {
      const decoder = new Base64Decoder(
        (bytes) => {
          hash.update(bytes);
          fs.writeSync(fd, bytes);
          size += bytes.length;
        },
        max,
        'download',
      );
      const extractor = new JsonDataExtractor((chunk) => decoder.push(chunk), 'getEdoc');
      try {
        for await (const chunk of res.body) extractor.push(chunk as Buffer);
      } catch (err) {
        if ((err as { details?: { hub?: string } }).details) throw err;
        throw hubError('hub.cutWhileDownloading', 'transient', { docId }, { call: 'getEdoc' });
      } finally {
        res.done();
      }
      const { members, sawData } = extractor.end();
      this.checkEnvelope(members, 'getEdoc');
      decoder.end();
      if (!sawData || size === 0) throw hubError('hub.edocWithoutData', 'rejected', { docId }, { call: 'getEdoc', docId });
    } catch (err) {
      fs.closeSync(fd);
      fs.rmSync(destPath, { force: true });
      throw err;
    }
    fs.closeSync(fd);
    return { size, sha256: hash.digest('hex') };
  }

  async updateStatus(docId: string, status: AckStatus): Promise<void> {
    const res = await this.call('updateStatus', { docId, status }, 'application/json');
    await this.json(res, 'updateStatus');
  }

  async getSentEdocList(messageType: MessageType, docId?: string): Promise<SentItem[]> {
    const params: Record<string, string> = { servicetype: 'eDoc', messagetype: messageType };
    if (docId) params.docId = docId;
    const res = await this.call('getSentEdocList', params, 'application/json');
    const body = SentList.safeParse(await this.json(res, 'getSentEdocList'));
    if (!body.success) throw this.shape('getSentEdocList', body.error.issues[0]?.path.join('.') ?? '');
    return (body.data.data ?? []).map((d) => ({
      senderDocId: d.senderDocId,
      receiverDocId: d.receiverDocId,
      fromCode: d.fromCode,
      toCode: d.toCode,
      title: d.title,
      notation: d.notation,
      messageType: d.messageType,
      sentTime: d.sentTime,
      receiveStatus: d.receiveStatus,
      receiveStatusDesc: d.receiveStatusDesc,
    }));
  }

  async getAgenciesList(): Promise<HubAgency[]> {
    const res = await this.call('getAgenciesList', {}, 'application/json');
    const body = AgencyList.safeParse(await this.json(res, 'getAgenciesList'));
    if (!body.success) throw this.shape('getAgenciesList', body.error.issues[0]?.path.join('.') ?? '');
    return (body.data.data ?? []).map((a) => ({ id: a.id, code: a.code, name: a.name, mail: a.mail, pid: a.pid, oldCode: a.oldCode }));
  }

  close(): void {
    this.http.close();
  }

  private call(
    path: string,
    params: Record<string, string>,
    contentType: string,
    file?: { path: string; size: number; trailer: Buffer },
  ): Promise<HttpResponse> {
    const headers = vdxpHeaders({ systemId: this.config.systemId, secret: this.config.secret, contentType, now: this.clock.now(), params });
    return this.http.send(
      { method: 'POST', url: new URL(`${this.base}/${path}`), headers, what: path, ...(file ? { file } : {}) },
      path === 'getEdoc' ? 64 * 1024 * 1024 : 0,
    );
  }

  /** Reads and checks a JSON answer: HTTP status, HTML, size, syntax, then the OK/FAIL envelope. */
  private async json(res: HttpResponse, what: string): Promise<unknown> {
    let buf: Buffer;
    try {
      buf = await readBounded(res.body, MAX_JSON_BYTES, what);
    } finally {
      res.done();
    }
    const textStart = buf.subarray(0, 512).toString('utf8').trimStart();
    const looksHtml = /html/i.test(res.contentType) || textStart.startsWith('<');
    if (res.status === 401 || res.status === 403) {
      throw hubError('hub.authRefused', 'auth', { status: res.status, call: what }, { call: what, httpStatus: res.status });
    }
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw hubError(
        looksHtml ? 'hub.serverErrorHtml' : 'hub.serverError',
        'transient',
        { status: res.status, call: what },
        { call: what, httpStatus: res.status },
      );
    }
    if (looksHtml) {
      throw hubError('hub.htmlPage', 'transient', { status: res.status, call: what }, { call: what, httpStatus: res.status });
    }
    if (res.status >= 400) {
      throw hubError(
        'hub.refused',
        'rejected',
        { call: what, status: res.status, body: textStart.slice(0, 200) },
        { call: what, httpStatus: res.status },
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(buf.toString('utf8'));
    } catch {
      throw hubError('hub.notJson', 'transient', { call: what }, { call: what });
    }
    this.checkEnvelope(value, what);
    return value;
  }

  private checkEnvelope(value: unknown, what: string): void {
    const env = Envelope.safeParse(value);
    if (!env.success) throw this.shape(what, 'status');
    const { status, ErrorCode, ErrorDesc } = env.data;
    if (status.toUpperCase() !== 'OK' || (ErrorCode !== null && ErrorCode !== '0')) {
      throw hubError(
        ErrorDesc == null ? 'hub.reportedErrorBare' : 'hub.reportedError',
        'rejected',
        { call: what, code: ErrorCode ?? status, ...(ErrorDesc == null ? {} : { desc: ErrorDesc }) },
        { call: what, hubErrorCode: ErrorCode, hubErrorDesc: ErrorDesc },
      );
    }
  }

  /** `where`: a code of the `hubShape` words, or the path of the faulty member as zod names it. */
  private shape(what: string, where: string) {
    return hubError('hub.badShape', 'transient', { call: what, where }, { call: what });
  }
}
