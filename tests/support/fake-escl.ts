/**
 * A fake eSCL (AirScan) scanner on 127.0.0.1 for tests, with the behaviour real devices show:
 * capabilities and status XML, POST ScanJobs → 201 + Location, NextDocument → one page per call
 * then 404, DELETE → cancel. Error injection: 503 busy on POST, N×503 before a page, jam
 * mid-batch (503 + ScannerAdfJam), unsupported settings (409), empty feeder (409 or 404),
 * and a device that vanishes mid-batch (connection cut in the middle of a page body).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

export interface FakeEsclOptions {
  adfPages?: number;
  /** POST ScanJobs answers 503 this many times first (device busy). */
  busyPosts?: number;
  /** page number (1-based) → how many 503s before it is served. */
  notReadyBefore?: Record<number, number>;
  /** The feeder jams when this page is requested. */
  jamAtPage?: number;
  /** The device disappears while sending this page (connection reset mid-body, server closed). */
  vanishAtPage?: number;
  /** Empty feeder: 'conflict' answers 409 to POST; 'accept' takes the job and 404s the first page. */
  emptyFeeder?: 'conflict' | 'accept';
  resolutions?: number[];
  /** Location header host: some devices send a wrong one; clients must use only the path. */
  locationHost?: string;
}

export interface FakeEscl {
  url: string;
  base: string;
  log: string[];
  state: { adfLeft: number; jobs: Map<string, { state: string; served: number; source: string }> };
  close(): Promise<void>;
}

const NS = 'xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm" xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03"';

function caps(res: number[]): string {
  const r = res
    .map(
      (x) =>
        `<scan:DiscreteResolution><scan:XResolution>${x}</scan:XResolution><scan:YResolution>${x}</scan:YResolution></scan:DiscreteResolution>`,
    )
    .join('');
  const profile = `<scan:SettingProfiles><scan:SettingProfile><scan:ColorModes><scan:ColorMode>RGB24</scan:ColorMode><scan:ColorMode>Grayscale8</scan:ColorMode></scan:ColorModes><scan:DocumentFormats><pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat><scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt></scan:DocumentFormats><scan:SupportedResolutions><scan:DiscreteResolutions>${r}</scan:DiscreteResolutions></scan:SupportedResolutions></scan:SettingProfile></scan:SettingProfiles>`;
  const input = `<scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth><scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>4200</scan:MaxHeight>${profile}`;
  return `<?xml version="1.0" encoding="UTF-8"?><scan:ScannerCapabilities ${NS}><pwg:Version>2.63</pwg:Version><pwg:MakeAndModel>Fake eSCL Scanner</pwg:MakeAndModel><scan:Platen><scan:PlatenInputCaps>${input}</scan:PlatenInputCaps></scan:Platen><scan:Adf><scan:AdfSimplexInputCaps>${input}</scan:AdfSimplexInputCaps><scan:FeederCapacity>50</scan:FeederCapacity></scan:Adf></scan:ScannerCapabilities>`;
}

function num(xml: string, name: string): number {
  return Number(new RegExp(`<(?:\\w+:)?${name}>\\s*([\\d.]+)\\s*<`).exec(xml)?.[1] ?? NaN);
}
function text(xml: string, name: string): string {
  return new RegExp(`<(?:\\w+:)?${name}>\\s*([^<]+?)\\s*<`).exec(xml)?.[1] ?? '';
}

async function renderPage(n: number, wPx: number, hPx: number, dpi: number, gray: boolean): Promise<Buffer> {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${wPx}" height="${hPx}"><rect width="100%" height="100%" fill="white"/><text x="20" y="${Math.round(hPx / 3)}" font-size="${Math.round(dpi / 4)}" font-family="Liberation Serif">Trang ${n}</text><circle cx="${Math.round(wPx * 0.7)}" cy="${Math.round(hPx * 0.7)}" r="${Math.round(wPx / 8)}" fill="none" stroke="#d01010" stroke-width="4"/></svg>`,
  );
  const img = sharp(svg).withMetadata({ density: dpi });
  return (gray ? img.grayscale() : img).jpeg({ quality: 80 }).toBuffer();
}

export async function startFakeEscl(opts: FakeEsclOptions = {}): Promise<FakeEscl> {
  const log: string[] = [];
  const state = {
    adfLeft: opts.emptyFeeder ? 0 : (opts.adfPages ?? 3),
    jobs: new Map<string, { state: string; served: number; source: string; settings: string; notReady: Record<number, number> }>(),
  };
  let busyPosts = opts.busyPosts ?? 0;
  let adfState = state.adfLeft > 0 ? 'ScannerAdfLoaded' : 'ScannerAdfEmpty';
  let nextId = 1;
  const resolutions = opts.resolutions ?? [100, 150, 200, 300, 600];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => void handle(req, res, body));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    const url = req.url ?? '/';
    log.push(`${req.method} ${url}`);
    const xml = (code: number, s: string) => {
      res.writeHead(code, { 'content-type': 'text/xml' });
      res.end(s);
    };
    if (req.method === 'GET' && url === '/eSCL/ScannerCapabilities') return xml(200, caps(resolutions));
    if (req.method === 'GET' && url === '/eSCL/ScannerStatus') {
      const busy = [...state.jobs.values()].some((j) => j.state === 'Processing');
      return xml(
        200,
        `<?xml version="1.0"?><scan:ScannerStatus ${NS}><pwg:Version>2.63</pwg:Version><pwg:State>${busy ? 'Processing' : 'Idle'}</pwg:State><scan:AdfState>${adfState}</scan:AdfState></scan:ScannerStatus>`,
      );
    }
    if (req.method === 'POST' && url === '/eSCL/ScanJobs') {
      if (busyPosts > 0) {
        busyPosts -= 1;
        res.writeHead(503);
        return res.end();
      }
      const dpi = num(body, 'XResolution');
      const source = text(body, 'InputSource');
      const format = text(body, 'DocumentFormatExt') || text(body, 'DocumentFormat');
      if (!resolutions.includes(dpi) || !['Platen', 'Feeder'].includes(source) || format !== 'image/jpeg' || !text(body, 'Version')) {
        res.writeHead(409);
        return res.end();
      }
      if (source === 'Feeder' && state.adfLeft === 0 && opts.emptyFeeder !== 'accept') {
        res.writeHead(409);
        return res.end();
      }
      const id = `job${nextId++}`;
      state.jobs.set(id, { state: 'Processing', served: 0, source, settings: body, notReady: { ...(opts.notReadyBefore ?? {}) } });
      res.writeHead(201, { location: `http://${opts.locationHost ?? req.headers.host}/eSCL/ScanJobs/${id}` });
      return res.end();
    }
    const m = /^\/eSCL\/ScanJobs\/(job\d+)(\/NextDocument)?$/.exec(url);
    const job = m ? state.jobs.get(m[1]!) : undefined;
    if (!m || !job) {
      res.writeHead(404);
      return res.end();
    }
    if (req.method === 'DELETE' && !m[2]) {
      if (job.state === 'Processing') job.state = 'Canceled';
      res.writeHead(200);
      return res.end();
    }
    if (req.method === 'GET' && m[2]) {
      if (job.state !== 'Processing') {
        res.writeHead(404);
        return res.end();
      }
      const n = job.served + 1;
      if ((job.notReady[n] ?? 0) > 0) {
        job.notReady[n]! -= 1;
        res.writeHead(503);
        return res.end();
      }
      const done = job.source === 'Platen' ? job.served >= 1 : state.adfLeft === 0;
      if (done) {
        job.state = 'Completed';
        if (job.source === 'Feeder') adfState = 'ScannerAdfEmpty';
        res.writeHead(404);
        return res.end();
      }
      if (opts.jamAtPage === n) {
        adfState = 'ScannerAdfJam';
        job.state = 'Aborted';
        res.writeHead(503);
        return res.end();
      }
      const dpi = num(job.settings, 'XResolution');
      const wPx = Math.round((num(job.settings, 'Width') / 300) * dpi);
      const hPx = Math.round((num(job.settings, 'Height') / 300) * dpi);
      const page = await renderPage(n, wPx, hPx, dpi, text(job.settings, 'ColorMode') === 'Grayscale8');
      if (opts.vanishAtPage === n) {
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': page.length });
        res.write(page.subarray(0, Math.floor(page.length / 2)));
        // The scanner is switched off: every connection drops and nothing answers any more.
        server.close();
        for (const s of sockets) s.destroy();
        return;
      }
      job.served = n;
      if (job.source === 'Feeder') state.adfLeft -= 1;
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': page.length });
      return res.end(page);
    }
    res.writeHead(405);
    res.end();
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    base: `${url}/eSCL`,
    log,
    state,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
        if (!server.listening) r();
      }),
  };
}
