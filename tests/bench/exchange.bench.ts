/**
 * Exchange benchmark (issue 7). Run: `npx tsx tests/bench/exchange.bench.ts`
 *
 * 1. Drain a backlog of BENCH_PACKETS (10,000) Thường document packets, plus one Hỏa tốc packet
 *    queued last, from the outbox to the hub simulator on loopback with the real sync engine, then
 *    post the same bytes with a minimal raw HTTP client (keep-alive, same concurrency, files
 *    preloaded in memory, same signed headers) to a fresh simulator: packets/s of both and the
 *    ratio (target ≥ 80 %), and the Hỏa tốc packet's place in the hub's arrival order (target: among
 *    the first 10).
 * 2. Peak memory with BENCH_BIG_MB (50) MB attachments: send 1 and then BENCH_BIG_COUNT (4) such
 *    documents and receive them on the other side; peak RSS/heap growth should not scale with the count.
 * The simulator runs in its own process so its work is not counted in this process's memory.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { PreparedPacket } from '../../src-main/features/exchange/outbox.service';
import { vdxpHashFile, vdxpHeaders } from '../../src-main/features/exchange/hub/vdxp-sign';
import Database from 'better-sqlite3';
import { AGENCY_A, AGENCY_B, exchangeNode, sampleDocument } from '../support/exchange-harness';
import { startSimProcess } from '../support/hub-simulator/sim-process';

const PACKETS = Number(process.env.BENCH_PACKETS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 50);
const BIG_COUNT = Number(process.env.BENCH_BIG_COUNT ?? 4);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Samples memory every 10 ms while `work` runs; returns peaks above the level at the start. */
async function peakMemory<T>(work: () => Promise<T>): Promise<{ value: T; rss: number; heapPlusBuffers: number }> {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss - base.rss);
    heap = Math.max(heap, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
  };
  const timer = setInterval(sample, 10);
  try {
    const value = await work();
    sample();
    return { value, rss, heapPlusBuffers: heap };
  } finally {
    clearInterval(timer);
  }
}

/** Writes N distinct packets into A's outbox: one real build, then variants of its header (setup only). */
async function backlog(a: ReturnType<typeof exchangeNode>, n: number): Promise<string[]> {
  const template = await a.exchange.prepareDocument(sampleDocument(AGENCY_A, [AGENCY_B], root, 1));
  const xml = fs.readFileSync(a.exchange.files.pathOf(template.sha256), 'utf8');
  const files: string[] = [];
  const prepared: PreparedPacket[] = [];
  for (let i = 2; i <= n + 1; i++) {
    const variant = xml
      .replace(/,1\/SO-VP</, `,${i}/SO-VP<`)
      .replace('<edXML:CodeNumber>1<', `<edXML:CodeNumber>${i}<`)
      .replace('số 1<', `số ${i}<`);
    const sha256 = createHash('sha256').update(variant).digest('hex');
    const file = a.exchange.files.pathOf(sha256);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, variant);
    files.push(file);
    prepared.push({
      ...template,
      id: `bench-${i}`,
      documentId: `${AGENCY_A.organId},2025/03/05,${i}/SO-VP`,
      notation: `${i}/SO-VP`,
      title: `V/v thử liên thông số ${i}`,
      sha256,
      size: Buffer.byteLength(variant),
    });
  }
  for (let i = 0; i < prepared.length; i += 1000) a.exchange.enqueueMany(prepared.slice(i, i + 1000));
  return files;
}

const URGENT_NOTATION = 'HT-VP';

/** One Hỏa tốc document queued after the whole backlog (built for real: its Priority is in the packet). */
async function urgentLast(a: ReturnType<typeof exchangeNode>): Promise<void> {
  const doc = sampleDocument(AGENCY_A, [AGENCY_B], root, 1);
  doc.MessageHeader.Code.CodeNotation = URGENT_NOTATION;
  doc.MessageHeader.OtherInfo.Priority = 3;
  await a.exchange.sendDocument(doc);
}

/** The urgent packet's place (1-based) in the order the hub stored the engine's packets. */
function urgentRank(simDir: string): number {
  const hub = new Database(path.join(simDir, 'hub.db'), { readonly: true });
  try {
    const row = hub
      .prepare(
        `SELECT count(*) + 1 AS rank FROM delivery d WHERE d.seq < (SELECT min(x.seq) FROM delivery x
           JOIN document doc ON doc.sender_doc_id = x.sender_doc_id WHERE doc.notation LIKE ?)`,
      )
      .get(`%/${URGENT_NOTATION}`) as { rank: number };
    return row.rank;
  } finally {
    hub.close();
  }
}

async function rawClient(url: string, files: string[], concurrency: number): Promise<number> {
  const bodies = files.map((f) => {
    const bytes = fs.readFileSync(f);
    return { bytes: Buffer.concat([bytes, Buffer.from('\r\n')]), hash: vdxpHashFile(createHash('sha256').update(bytes).digest('hex')) };
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(`${url}/sendEdoc`);
  const post = (b: (typeof bodies)[0]) =>
    new Promise<void>((resolve, reject) => {
      const headers = vdxpHeaders({
        systemId: AGENCY_A.systemId,
        secret: AGENCY_A.secret,
        contentType: 'application/octet-stream',
        now: new Date(),
        params: { servicetype: 'eDoc', messagetype: 'edoc', from: AGENCY_A.organId, 'hash-file': b.hash },
      });
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { ...headers, 'Content-Length': String(b.bytes.length) } },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () =>
            Buffer.concat(parts).toString().includes('"OK"') ? resolve() : reject(new Error(Buffer.concat(parts).toString())),
          );
        },
      );
      req.on('error', reject);
      req.end(b.bytes);
    });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) await post(bodies[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return bodies.length / seconds;
}

async function drainBench(): Promise<void> {
  const a = exchangeNode(AGENCY_A, { dataDir: path.join(root, 'a') });
  process.stdout.write(`backlog: writing ${PACKETS} packets into the outbox…\n`);
  const files = await backlog(a, PACKETS);
  await urgentLast(a);
  const size = fs.statSync(files[0]!).size;

  // Raw client before and after the engine, each against a fresh simulator, so neither side gets
  // the quieter machine; the engine is compared with the mean of the two.
  const raw = async (name: string) => {
    const sim = await startSimProcess(path.join(root, name));
    try {
      return await rawClient(sim.url, files, CONCURRENCY);
    } finally {
      await sim.stop();
    }
  };
  const raw1 = await raw('hub-raw-1');

  const simDir = path.join(root, 'hub-engine');
  const sim = await startSimProcess(simDir);
  a.exchange.configureHub({ url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
  const started = performance.now();
  let sent = 0;
  while (sent < PACKETS + 1) {
    const r = await a.exchange.sync({ concurrency: CONCURRENCY, maxItems: 100_000 });
    sent += r.sent;
    if (r.sent === 0 && r.errors.length) throw new Error(JSON.stringify(r.errors[0]));
  }
  const engineSeconds = (performance.now() - started) / 1000;
  const engineRate = (PACKETS + 1) / engineSeconds;
  await sim.stop();
  const rank = urgentRank(simDir);
  a.close();

  const raw2 = await raw('hub-raw-2');
  const rawRate = (raw1 + raw2) / 2;
  process.stdout.write(
    [
      `drain ${PACKETS} packets of ${size} bytes, concurrency ${CONCURRENCY}, loopback:`,
      `  sync engine (outbox → hub):  ${engineRate.toFixed(0)} packets/s  (${engineSeconds.toFixed(1)} s)`,
      `  raw HTTP client, same bytes: ${rawRate.toFixed(0)} packets/s  (runs before/after: ${raw1.toFixed(0)}, ${raw2.toFixed(0)})`,
      `  engine / raw: ${((engineRate / rawRate) * 100).toFixed(0)} %  (target ≥ 80 %)`,
      `  Hỏa tốc packet queued after the ${PACKETS} Thường ones reached the hub as number ${rank}  (target ≤ 10)`,
      '',
    ].join('\n'),
  );
}

async function bigBench(): Promise<void> {
  const sim = await startSimProcess(path.join(root, 'hub-big'));
  const a = exchangeNode(AGENCY_A, { dataDir: path.join(root, 'big-a'), hubUrl: sim.url });
  const b = exchangeNode(AGENCY_B, { dataDir: path.join(root, 'big-b'), hubUrl: sim.url });
  const big = path.join(root, 'big.pdf');
  const fd = fs.openSync(big, 'w');
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < BIG_MB; i++) {
    block.fill(i % 251);
    block.write('%PDF-1.7', 0);
    fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
  const lines = [`peak memory with ${BIG_MB} MB attachments (growth above the start of each step):`];
  for (const count of [1, BIG_COUNT]) {
    const docs = Array.from({ length: count }, (_, i) => {
      const d = sampleDocument(AGENCY_A, [AGENCY_B], root, 900_000 + count * 100 + i);
      d.Attachments = [{ path: big, AttachmentName: `big-${i}.pdf` }];
      return d;
    });
    const build = await peakMemory(async () => {
      for (const d of docs) await a.exchange.sendDocument(d);
    });
    const send = await peakMemory(() => a.exchange.sync({ concurrency: CONCURRENCY }));
    const receive = await peakMemory(() => b.exchange.sync({ concurrency: CONCURRENCY }));
    if (send.value.sent !== count || receive.value.received !== count)
      throw new Error(`big: sent ${send.value.sent}, received ${receive.value.received}`);
    lines.push(
      `  ${count} × ${BIG_MB} MB  build: rss +${mb(build.rss)}, heap+buffers +${mb(build.heapPlusBuffers)}` +
        ` | send: rss +${mb(send.rss)}, heap+buffers +${mb(send.heapPlusBuffers)}` +
        ` | receive+parse+store: rss +${mb(receive.rss)}, heap+buffers +${mb(receive.heapPlusBuffers)}`,
    );
  }
  lines.push(`  process peak RSS over the whole run: ${mb(process.resourceUsage().maxRSS * 1024)}`, '');
  process.stdout.write(lines.join('\n'));
  a.close();
  b.close();
  await sim.stop();
}

async function main(): Promise<void> {
  process.stdout.write(`vanthu exchange benchmark — node ${process.version}, ${os.cpus().length} CPU, data in ${root}\n`);
  await drainBench();
  await bigBench();
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
