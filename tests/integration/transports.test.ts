import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpBridge, TOKEN_HEADER, type HttpBridge } from '../../src-main/bridge/http-bridge';
import type { App } from '../../src-main/app/create-app';
import { memoryLogger, runVanthu, SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { incoming, writePdf } from './register-helpers';

const ROOT = path.resolve(__dirname, '..', '..');
let app: App & { dataDirPath: string };
let bridge: HttpBridge | undefined;

afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  app?.close();
});

async function post(b: HttpBridge, name: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${b.url}rpc/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: b.token, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: unknown; error?: { kind: string; message: string } } };
}

describe('one operation, three transports', () => {
  it('app.info gives the same answer through the router, the HTTP bridge and the CLI', async () => {
    app = testApp();
    const saved = await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
    expect(saved.ok).toBe(true);

    const direct = await app.router.call('app.info', {}, { transport: 'direct' });
    bridge = await startHttpBridge({ router: app.router, events: app.events, logger: memoryLogger() });
    const http = await post(bridge, 'app.info', {});
    const cli = runVanthu(['--data', app.dataDirPath, 'info', '--json']);

    expect(cli.code, cli.stderr).toBe(0);
    expect(direct.ok && http.body.ok).toBe(true);
    const strip = (v: unknown) => {
      const { transport, ...rest } = v as Record<string, unknown>;
      return { rest, transport };
    };
    const d = strip(direct.ok ? direct.value : null);
    const h = strip(http.body.value);
    const c = strip(cli.json());
    expect(h.rest).toEqual(d.rest);
    expect(c.rest).toEqual(d.rest);
    expect([d.transport, h.transport, c.transport]).toEqual(['direct', 'http', 'cli']);
    expect((d.rest.agency as { name: string }).name).toBe('Ủy ban nhân dân xã Tân Phú');
  });
});

describe('HTTP bridge guards', () => {
  it('refuses calls without the per-run token and with a foreign Host', async () => {
    app = testApp();
    bridge = await startHttpBridge({ router: app.router, events: app.events, logger: memoryLogger() });
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const noToken = await post(bridge, 'app.info', {}, { [TOKEN_HEADER]: 'wrong' });
    expect(noToken.status).toBe(401);
    // Keyed like every error a clerk can meet: the window words it in its language.
    expect(noToken.body).toMatchObject({
      ok: false,
      error: { kind: 'Validation', message: 'Thiếu hoặc sai mã phiên (token).', code: 'bridge.badToken' },
    });

    const rebound = await new Promise<number>((resolve, reject) => {
      // fetch() forbids setting Host; use node:http to imitate a DNS-rebinding page.
      void import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: bridge!.port,
            path: '/rpc/app.info',
            method: 'POST',
            headers: { host: 'evil.example:80', [TOKEN_HEADER]: bridge!.token },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      });
    });
    expect(rebound).toBe(421);
  });

  it('refuses to run packaged: the browser-mode bundle started from inside an app.asar exits 1 and touches no data', () => {
    // An installed app keeps its code in resources/app.asar; lay the built bundle out the same way.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-packaged-'));
    try {
      const asarMain = path.join(root, 'resources', 'app.asar', 'dist', 'main');
      fs.mkdirSync(asarMain, { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'dist', 'main', 'serve.cjs'), path.join(asarMain, 'serve.cjs'));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'resources', 'app.asar', 'node_modules'), 'junction');
      const data = path.join(root, 'data');
      const r = spawnSync(process.execPath, [path.join(asarMain, 'serve.cjs'), '--data', data, '--port', '0'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/không chạy trong bản cài đặt/);
      expect(r.stdout).not.toMatch(/VANTHU_URL/);
      expect(fs.existsSync(data)).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('returns error envelopes: unknown operation, invalid input, malformed JSON', async () => {
    app = testApp();
    bridge = await startHttpBridge({ router: app.router, events: app.events, logger: memoryLogger() });

    const unknown = await post(bridge, 'nope.doIt', {});
    expect(unknown.body).toMatchObject({ ok: false, error: { kind: 'NotFound' } });

    const invalid = await post(bridge, 'agency.saveProfile', { ...SAMPLE_AGENCY, code: '000.00.4.H44' });
    expect(invalid.body.ok).toBe(false);
    expect(invalid.body.error?.kind).toBe('Validation');
    expect(invalid.body.error?.message).toContain('LLL.KK.JJ.XNN');

    const res = await fetch(`${bridge.url}rpc/app.info`, { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { kind: string } }).error.kind).toBe('Validation');

    // Nothing was written by the refused save.
    const profile = await app.router.call('agency.getProfile', {}, { transport: 'direct' });
    expect(profile).toEqual({ ok: true, value: null });
  });

  it('pushes main-process events over the WebSocket only with the token', async () => {
    app = testApp();
    bridge = await startHttpBridge({ router: app.router, events: app.events, logger: memoryLogger() });
    const { WebSocket } = await import('ws');

    const refused = new WebSocket(`ws://127.0.0.1:${bridge.port}/events?token=bad`);
    await new Promise<void>((resolve) => refused.on('error', () => resolve()));

    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/events?token=${bridge.token}`);
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    const got = new Promise<unknown>((resolve) => ws.on('message', (m) => resolve(JSON.parse(String(m)))));
    app.events.emit('app.connectivityChanged', { online: false, reason: 'test' });
    expect(await got).toEqual({ name: 'app.connectivityChanged', payload: { online: false, reason: 'test' } });
    ws.close();
  });

  it('refuses operations that take paths on this machine from the window; the CLI still reads its files', async () => {
    app = testApp();
    expect((await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' })).ok).toBe(true);
    const pdf = await writePdf(app.dataDirPath, 'qd.pdf', 'Quyet dinh thu nghiem', 1);
    bridge = await startHttpBridge({ router: app.router, events: app.events, logger: memoryLogger() });

    const imported = await post(bridge, 'files.import', { path: pdf });
    expect(imported.body).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { operation: 'files.import', transport: 'http' } },
    });
    expect(imported.body.error?.message).toBe(
      'Không được gọi files.import từ cửa sổ trình duyệt; chỉ dùng được từ: dòng lệnh, tiến trình chính. Thao tác này nhận đường dẫn tệp trên máy; từ cửa sổ hãy gửi nội dung tệp hoặc mã tệp đã lưu.',
    );
    for (const [name, input] of [
      ['exchange.parsePacket', { path: pdf }],
      ['exchange.buildPacket', { packet: {}, out: path.join(app.dataDirPath, 'x.edxml') }],
      ['intake.importFiles', { paths: [pdf] }],
      ['signing.verify', { path: pdf }],
    ] as const) {
      const r = await post(bridge, name, input);
      expect(r.body, name).toMatchObject({ ok: false, error: { kind: 'Validation', details: { operation: name } } });
    }
    const ocr = await post(bridge, 'intake.ocr', { path: pdf });
    expect(ocr.body).toMatchObject({ ok: false, error: { kind: 'Validation', details: { field: 'path' } } });
    expect(ocr.body.error?.message).toContain('không được gửi đường dẫn tệp (path)');
    // The window's way in: the bytes (created: true — the refused import stored nothing).
    const bytes = await post(bridge, 'files.importBytes', { fileName: 'qd.pdf', dataBase64: fs.readFileSync(pdf).toString('base64') });
    expect(bytes.body).toMatchObject({ ok: true, value: { pageCount: 1, created: true } });

    // The CLI (beside the open app, as allowed) names files on this machine: `den add --file` goes through files.import.
    const rec = path.join(app.dataDirPath, 'den.json');
    fs.writeFileSync(rec, JSON.stringify(incoming({ IssuedDate: '2020-01-02' })));
    const cli = runVanthu(['--data', app.dataDirPath, 'den', 'add', '--input', rec, '--file', pdf, '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.json()).toMatchObject({ entry: { ArrivalNumber: 1, File: { pageCount: 1 } } });
  });
});
