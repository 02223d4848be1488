/**
 * Register benchmark (a script, not a timed test):
 *   npx tsx tests/bench/register.bench.ts [N=1000000] [dataDir]
 * Builds a register of N synthetic entries (Vietnamese text from tests/fixtures/text) with the app's
 * own row, index-text and audit code, then prints: folded full-text query p50/p95 beside a plain
 * LIKE '%…%' scan of the same table, one registration p95 (router, BEGIN IMMEDIATE, fsync), first
 * page of the list, database size and open-to-first-page time.
 * BENCH_FTS="prefix='2 3', detail=column" recreates the FTS table with other options (experiments).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import { silentLogger } from '../../src-main/core/logger';
import { openDatabase } from '../../src-main/db/open';
import { createAuditRepo } from '../../src-main/features/audit/audit.repo';
import { createAuditService } from '../../src-main/features/audit/audit.service';
import { dupKeyOf } from '../../src-main/features/register/duplicates';
import { createRegisterRepo, type NewEntryRow } from '../../src-main/features/register/register.repo';
import { ftsHeadOf } from '../../src-main/features/register/register.service';
import { indexText } from '../../src-main/features/register/search-query';
import { foldVietnamese, formatCodeNumber } from '../../src-shared/domain';
import { buildCorpus, pick, rng } from './register-corpus';

const N = Number(process.argv[2] ?? 1_000_000);
const dataDir = process.argv[3] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const TYPES = [
  ['cong-van', 'Công văn', null],
  ['quyet-dinh', 'Quyết định', 'QĐ'],
  ['ke-hoach', 'Kế hoạch', 'KH'],
  ['bao-cao', 'Báo cáo', 'BC'],
  ['to-trinh', 'Tờ trình', 'TTr'],
  ['thong-bao', 'Thông báo', 'TB'],
  ['giay-moi', 'Giấy mời', 'GM'],
  ['quy-dinh', 'Quy định', 'QyĐ'],
] as const;
const URGENCY = ['thuong', 'thuong', 'thuong', 'thuong', 'thuong', 'thuong', 'khan', 'khan', 'thuong-khan', 'hoa-toc'];

const ms = (t0: number) => performance.now() - t0;
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const f2 = (x: number) => x.toFixed(2).padStart(8);
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
function fileSize(p: string): number {
  return fs.existsSync(p) ? fs.statSync(p).size : 0;
}

async function call(app: App, name: string, input: unknown): Promise<unknown> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

async function bulkLoad(dbFile: string): Promise<void> {
  const corpus = buildCorpus();
  const r = rng(30_2020);
  const database = openDatabase(dbFile);
  const { sqlite } = database;
  sqlite.pragma('synchronous = OFF');
  if (process.env.BENCH_FTS) {
    sqlite.exec('DROP TABLE register_fts');
    sqlite.exec(`CREATE VIRTUAL TABLE register_fts USING fts5(head, body, content='', contentless_delete=1, ${process.env.BENCH_FTS})`);
  }
  const repo = createRegisterRepo(sqlite);
  const clock = fixedClock('2016-01-04T02:00:00Z');
  const audit = createAuditService({ repo: createAuditRepo(sqlite), clock, logger: silentLogger });
  const counters = new Map<string, number>();
  const perYear = Math.ceil(N / YEARS.length);
  const t0 = performance.now();
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const year = YEARS[Math.floor(i / perYear)]!;
      const dayOfYear = Math.floor(((i % perYear) / perYear) * 360);
      const date = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
      const den = r() < 0.55;
      const [typeCode, typeName, abbr] = pick(r, TYPES);
      const copy = !den && r() < 0.03;
      const series = den ? 'den' : copy ? 'ban-sao' : 'hanh-chinh';
      const key = `${den ? 'den' : 'di'}|${year}|${series}`;
      const number = (counters.get(key) ?? 0) + 1;
      counters.set(key, number);
      const organ = den ? corpus.organ(r) : 'Ủy ban nhân dân xã Tân Phú';
      const senderAbbr = organ.startsWith('Sở') ? 'S' + organ.split(' ')[1]!.slice(0, 3).toUpperCase() : 'UBND';
      const codeNumber = den ? String(1 + Math.floor(r() * 3000)) : formatCodeNumber(number);
      const codeNotation = copy ? 'SY-UBND' : abbr ? `${abbr}-${senderAbbr}` : `${senderAbbr}-VP`;
      const signer = corpus.signer(r);
      const row: NewEntryRow = {
        id: `b-${i}`,
        direction: den ? 'den' : 'di',
        year,
        series,
        number,
        status: 'registered',
        medium: r() < 0.6 ? 'dien-tu' : 'giay',
        type_code: copy ? 'sao-y' : typeCode,
        type_name: copy ? 'Sao y' : typeName,
        code_number: codeNumber,
        code_notation: codeNotation,
        so_ky_hieu: null,
        notation_system: 'state',
        issued_date: date,
        organ_name: organ,
        organ_key: foldVietnamese(organ),
        // A needle in about one entry per 50,000: the rare-word case where LIKE must scan everything.
        subject: i % 50_021 === 7 ? `${corpus.subject(r)} tại khu kinh tế Nhơn Hội` : corpus.subject(r),
        language: null,
        page_amount: 1 + Math.floor(r() * 20),
        description: r() < 0.1 ? corpus.subject(r).slice(0, 120) : null,
        signer_position: signer.Position,
        signer_full_name: signer.FullName,
        urgency: pick(r, URGENCY),
        confidentiality: 'none',
        channel_restriction: null,
        arrival_date: den ? date : null,
        reg_date: date,
        to_places: den && r() < 0.5 ? pick(r, ['Văn phòng', 'Phòng Tư pháp', 'Phòng Tài chính - Kế hoạch', 'Chủ tịch UBND']) : null,
        recipients: den ? null : JSON.stringify([{ OrganId: null, OrganName: corpus.organ(r) }]),
        issued_amount: den ? null : 1 + Math.floor(r() * 10),
        archive_keeper: den ? null : 'Văn phòng',
        due_date: null,
        trace_header_list: null,
        document_id: null,
        dup_key: den ? dupKeyOf({ codeNumber, codeNotation, organName: organ, issuedDate: date }) : null,
        file_sha256: null,
        confirmed_not_duplicate: 0,
        cancel_reason: null,
        cancelled_at: null,
        registered_at: `${date}T08:00:00+07:00`,
        registered_by: 'bench',
      };
      const seq = repo.insert(row);
      // One entry in twenty has a PDF whose text layer is indexed (about a page of text).
      repo.ftsInsert(seq, ftsHeadOf(row), r() < 0.05 ? indexText([corpus.pageText(r, 300)]) : '');
      if (den) repo.touchOrganName(row.organ_key, organ, row.registered_at);
      audit.append({
        actor: 'bench',
        action: 'register.registered',
        entityType: 'register_entry',
        entityId: row.id,
        data: { Number: number, Year: year },
      });
    }
  });
  const step = 20_000;
  for (let i = 0; i < N; i += step) {
    batch(i, Math.min(N, i + step));
    if ((i / step) % 10 === 0) process.stderr.write(`  loaded ${Math.min(N, i + step)} / ${N} (${(ms(t0) / 1000).toFixed(0)} s)\n`);
  }
  sqlite.exec("INSERT INTO register_fts(register_fts) VALUES('optimize')");
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  process.stdout.write(`bulk load: ${N} entries in ${(ms(t0) / 1000).toFixed(1)} s\n`);
  database.close();
}

interface Q {
  label: string;
  /** What the clerk types (folded FTS). */
  q: string;
  /** The same words as a LIKE scan would need them, with diacritics (LIKE does not fold). */
  like: string[];
}

async function main(): Promise<void> {
  process.stdout.write(`vanthu register benchmark — N=${N}, data=${dataDir}, node ${process.version}, ${os.cpus().length} cpu\n`);
  const setup = createApp({ dataDir }, { logger: silentLogger });
  await call(setup, 'agency.saveProfile', {
    name: 'Ủy ban nhân dân xã Tân Phú',
    parentName: 'Ủy ban nhân dân huyện Đồng Phú',
    code: '000.00.24.H44',
    abbreviation: 'UBND',
    address: 'Ấp 2',
    placeName: 'Tân Phú',
  });
  setup.close();
  const dbFile = path.join(dataDir, 'vanthu.db');
  // N=0 measures an existing data folder again (e.g. when the machine was busy the first time).
  if (N > 0) await bulkLoad(dbFile);
  else {
    const db = new Database(dbFile, { readonly: true });
    process.stdout.write(
      `measuring existing register: ${(db.prepare('SELECT COUNT(*) AS n FROM register_entry').get() as { n: number }).n} entries\n`,
    );
    db.close();
  }
  process.stdout.write(`database size: ${mb(fileSize(dbFile))} (+ wal ${mb(fileSize(dbFile + '-wal'))})\n`);

  // Open-to-first-page: a cold process would also pay module loading; this is open + migrate check + query.
  const clock = fixedClock('2026-11-20T03:00:00Z');
  let t0 = performance.now();
  const app = createApp({ dataDir }, { logger: silentLogger, clock });
  const firstPage = (await call(app, 'register.list', { Direction: 'den', limit: 100 })) as { items: unknown[] };
  process.stdout.write(`open to first page: ${ms(t0).toFixed(1)} ms (${firstPage.items.length} rows)\n\n`);

  const listCases: [string, unknown][] = [
    ['list den, first page (100)', { Direction: 'den', limit: 100 }],
    ['list di year=2024 (100)', { Direction: 'di', Year: 2024, limit: 100 }],
    ['list den hỏa tốc (100)', { Direction: 'den', Priority: 'hoa-toc', limit: 100 }],
    ['list den by sender (100)', { Direction: 'den', OrganName: 'Ủy ban nhân dân tỉnh Bình Định', limit: 100 }],
    ['list den offset 50000 (100)', { Direction: 'den', offset: 50_000, limit: 100 }],
    ['list den + total count', { Direction: 'den', limit: 100, withTotal: true }],
  ];
  process.stdout.write('list (router)                         p50 ms   p95 ms\n');
  for (const [label, input] of listCases) {
    const ts: number[] = [];
    for (let i = 0; i < 40; i++) {
      t0 = performance.now();
      await call(app, 'register.list', input);
      ts.push(ms(t0));
    }
    process.stdout.write(`  ${label.padEnd(34)} ${f2(pct(ts, 50))} ${f2(pct(ts, 95))}\n`);
  }

  const corpus = buildCorpus();
  const rare = corpus.rareWords.slice(0, 3);
  const queries: Q[] = [
    { label: 'quyet dinh ubnd', q: 'quyet dinh ubnd', like: ['quyết định', 'ubnd'] },
    { label: 'uỷ ban nhân dân (old tone)', q: 'uỷ ban nhân dân', like: ['ủy ban nhân dân'] },
    { label: 'hoà', q: 'hoà', like: ['hòa'] },
    { label: 'ke hoach trien khai', q: 'ke hoach trien khai', like: ['kế hoạch', 'triển khai'] },
    { label: 'phan mem quan ly van ban', q: 'phan mem quan ly van ban', like: ['phần mềm', 'quản lý văn bản'] },
    { label: 'so ngoai vu binh dinh', q: 'so ngoai vu binh dinh', like: ['sở ngoại vụ', 'bình định'] },
    { label: 'typing: quy che qu', q: 'quy che qu', like: ['quy chế', 'qu'] },
    { label: 'typing: tr', q: 'tr', like: ['tr'] },
    { label: '15/QĐ-UBND', q: '15/QĐ-UBND', like: ['15/QĐ-UBND'] },
    ...rare.map((w) => ({ label: `sample-rare: ${w}`, q: w, like: [w] })),
    { label: 'needle: nhon hoi', q: 'nhon hoi', like: ['nhơn hội'] },
    { label: 'needle+common: kinh te nhon hoi', q: 'kinh te nhon hoi', like: ['kinh tế', 'nhơn hội'] },
  ];
  const ro = new Database(dbFile, { readonly: true });
  process.stdout.write('\nsearch, 50 newest hits               FTS p50  FTS p95  hits | LIKE p50 LIKE p95 hits\n');
  const allFts: number[] = [];
  for (const q of queries) {
    const ts: number[] = [];
    let hits = 0;
    for (let i = 0; i < 25; i++) {
      t0 = performance.now();
      const res = (await call(app, 'register.search', { q: q.q, limit: 50 })) as { items: unknown[] };
      ts.push(ms(t0));
      hits = res.items.length;
    }
    allFts.push(...ts);
    const likeSql = `SELECT seq FROM register_entry WHERE ${q.like
      .map(
        () =>
          "(subject || ' ' || organ_name || ' ' || type_name || ' ' || ifnull(code_number, '') || '/' || ifnull(code_notation, '')) LIKE ?",
      )
      .join(' AND ')} ORDER BY seq DESC LIMIT 50`;
    const stmt = ro.prepare(likeSql);
    const lt: number[] = [];
    let likeHits = 0;
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      likeHits = stmt.all(...q.like.map((w) => `%${w}%`)).length;
      lt.push(ms(t0));
    }
    process.stdout.write(
      `  ${q.label.slice(0, 34).padEnd(34)} ${f2(pct(ts, 50))} ${f2(pct(ts, 95))} ${String(hits).padStart(5)} | ${f2(pct(lt, 50))} ${f2(pct(lt, 95))} ${String(likeHits).padStart(4)}\n`,
    );
  }
  process.stdout.write(`  ALL FTS queries                    ${f2(pct(allFts, 50))} ${f2(pct(allFts, 95))}\n`);
  ro.close();

  // One registration through the router: validation, duplicate check, MAX+1, insert, FTS, audit, fsync.
  const reg: number[] = [];
  for (let i = 0; i < 300; i++) {
    t0 = performance.now();
    await call(app, 'register.addIncoming', {
      TypeName: 'Công văn',
      SoKyHieu: `${1000 + i}/UBND-BENCH`,
      IssuedDate: '2026-11-18',
      OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
      Subject: `Về việc triển khai phần mềm quản lý văn bản và điều hành, đợt ${i}`,
      Priority: i % 10 === 0 ? 'Khẩn' : 'thuong',
    });
    reg.push(ms(t0));
  }
  process.stdout.write(
    `\nregistration (router, incl. fsync)  p50 ${pct(reg, 50).toFixed(2)} ms  p95 ${pct(reg, 95).toFixed(2)} ms  max ${pct(reg, 100).toFixed(2)} ms\n`,
  );
  t0 = performance.now();
  const v = (await call(app, 'audit.verify', {})) as { ok: boolean; count: number };
  process.stdout.write(`audit.verify: ok=${v.ok} over ${v.count} entries in ${ms(t0).toFixed(0)} ms\n`);
  app.close();
  process.stdout.write(`final database size: ${mb(fileSize(dbFile))} (+ wal ${mb(fileSize(dbFile + '-wal'))})\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
