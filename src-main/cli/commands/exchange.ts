import fs from 'node:fs';
import type { Command } from 'commander';
import type { InboxItem, OutboxItem, ParsedPacket, SyncResult } from '../../../src-shared/contracts/exchange.contract';
import type { CliContext } from '../context';
import { EXIT, report } from '../output';
import { describeInboxItem } from './exchange-actions';
import { callAndReport, type Run } from './kit';

const int = (v: string) => Number.parseInt(v, 10);

/** The packet described in the JSON file named by --input, or the exit code of the error printed for it. */
function readPacket(ctx: CliContext, file: string): { value: unknown } | number {
  try {
    return { value: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch (err) {
    return ctx.output.error({ kind: 'Validation', message: `Không đọc được tệp JSON "${file}": ${(err as Error).message}` });
  }
}

function describePacket(p: ParsedPacket): string {
  if (p.kind === 'status') {
    return [
      `Gói tin trạng thái ${p.StatusCode}: ${p.Description}`,
      `Từ: ${p.From.OrganName} (${p.From.OrganId})`,
      `Về văn bản: ${p.ResponseFor.DocumentId ?? p.ResponseFor.Code ?? '?'}`,
      `Lúc: ${p.Timestamp ?? '?'}`,
    ].join('\n');
  }
  const h = p.MessageHeader;
  return [
    `Văn bản ${h.Code.CodeNumber}/${h.Code.CodeNotation} — ${h.Subject}`,
    `Từ: ${h.From.OrganName} (${h.From.OrganId}) → ${h.To.map((t) => t.OrganId).join(', ')}`,
    `DocumentId: ${h.DocumentId}; loại nghiệp vụ: ${p.Bussiness.BussinessDocType}`,
    ...p.Attachments.map(
      (a) => `  tệp: ${a.AttachmentName} (${a.size} byte${a.unzipped ? ', đã giải nén' : ''})${a.path ? ` → ${a.path}` : ''}`,
    ),
    ...p.warnings.map((w) => `  lưu ý: ${w}`),
  ].join('\n');
}

const describeSync = (r: SyncResult) =>
  `Đã gửi ${r.sent}, nhận ${r.received} văn bản, ${r.statuses} trạng thái${r.errors.length ? `; ${r.errors.length} lỗi:\n${r.errors.map((e) => `  - ${e.message}`).join('\n')}` : '.'}`;

const describeOutbox = (items: OutboxItem[]) =>
  items.length === 0
    ? 'Hàng đợi gửi trống.'
    : items
        .map(
          (i) =>
            `${i.State.padEnd(8)} ${i.kind === 'edoc' ? 'văn bản' : `trạng thái ${i.StatusCode}`}  ${i.DocumentId}  (${i.Attempts} lần)${i.Stuck ? ' [KẸT]' : ''}${i.LastError ? `  ${i.LastError}` : ''}`,
        )
        .join('\n');

const describeInbox = (items: InboxItem[]) =>
  items.length === 0
    ? 'Không có gói tin đến.'
    : items
        .map(
          (i) =>
            `${i.State.padEnd(16)} ${i.kind === 'edoc' ? (i.Subject ?? '') : `trạng thái ${i.StatusCode}`}  ${i.DocumentId ?? ''}  từ ${i.From.OrganId ?? '?'}${i.Error ? `  ${i.Error}` : ''}`,
        )
        .join('\n');

/** `vanthu edxml …`, `vanthu hub …`, `vanthu outbox …`, `vanthu inbox …` (liên thông). */
export function registerExchangeCommands(program: Command, run: Run): void {
  const edxml = program.command('edxml').description('Gói tin edXML (QCVN 102:2016)');
  edxml
    .command('parse <file>')
    .description('Đọc và kiểm tra một gói tin .edxml')
    .option('--extract <dir>', 'lưu các tệp đính kèm vào thư mục này')
    .action((file: string, o: { extract?: string }) =>
      callAndReport(run, 'exchange.parsePacket', { path: file, ...(o.extract ? { extractTo: o.extract } : {}) }, (p) =>
        describePacket(p as ParsedPacket),
      ),
    );
  edxml
    .command('build')
    .description('Tạo gói tin văn bản hoặc trạng thái từ tệp JSON')
    .requiredOption('--input <doc.json>', 'tệp JSON mô tả gói tin (tên trường theo edXML)')
    .requiredOption('--out <file>', 'tệp .edxml sẽ ghi')
    .action((o: { input: string; out: string }) =>
      run(async (ctx) => {
        const packet = readPacket(ctx, o.input);
        if (typeof packet === 'number') return packet;
        return report(ctx.output, await ctx.call('exchange.buildPacket', { packet: packet.value, out: o.out }), (v) => {
          const b = v as { path: string; size: number; DocumentId: string };
          return `Đã ghi ${b.path} (${b.size} byte), DocumentId ${b.DocumentId}`;
        });
      }),
    );

  const hub = program.command('hub').description('Trục liên thông văn bản');
  hub
    .command('configure')
    .description('Ghi địa chỉ và thông tin xác thực của trục (khóa bí mật đọc từ biến môi trường)')
    .requiredOption('--url <url>', 'địa chỉ dịch vụ, ví dụ http://10.0.0.5:8080/XrdAdapter/adapter')
    .requiredOption('--system-id <id>', 'mã hệ thống (systemId) do đơn vị vận hành trục cấp')
    .requiredOption('--secret-env <VAR>', 'tên biến môi trường chứa khóa bí mật (không truyền khóa trên dòng lệnh)')
    .action((o: { url: string; systemId: string; secretEnv: string }) =>
      run(async (ctx) => {
        const secret = process.env[o.secretEnv];
        if (!secret) return ctx.output.error({ kind: 'Validation', message: `Biến môi trường ${o.secretEnv} chưa được đặt hoặc rỗng.` });
        return report(ctx.output, await ctx.call('exchange.configureHub', { url: o.url, systemId: o.systemId, secret }), (v) => {
          const i = v as { url: string; systemId: string; secretStorage: string };
          return `Đã cấu hình trục ${i.url} (systemId ${i.systemId}); khóa bí mật được mã hóa (${i.secretStorage}).`;
        });
      }),
    );
  hub
    .command('sync')
    .description('Đồng bộ với trục: nhận văn bản, trạng thái, rồi gửi hàng đợi')
    .option('--once', 'chạy một lượt rồi thoát')
    .option('--interval <ms>', 'khoảng nghỉ giữa các lượt', int, 30_000)
    .option('--concurrency <n>', 'số gói tin gửi song song', int)
    .option('--retry-base <ms>', 'thời gian chờ đầu tiên trước khi gửi lại', int)
    .option('--retry-cap <ms>', 'thời gian chờ tối đa giữa hai lần gửi lại', int)
    .action((o: { once?: boolean; interval: number; concurrency?: number; retryBase?: number; retryCap?: number }) =>
      run(async (ctx) => {
        const input = {
          ...(o.concurrency ? { concurrency: o.concurrency } : {}),
          ...(o.retryBase ? { retryBaseMs: o.retryBase } : {}),
          ...(o.retryCap ? { retryCapMs: o.retryCap } : {}),
        };
        if (o.once) return report(ctx.output, await ctx.call('exchange.sync', input), (r) => describeSync(r as SyncResult));
        let stop = false;
        let wake: () => void = () => undefined;
        const onSignal = () => {
          stop = true;
          wake();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        try {
          while (!stop) {
            const r = await ctx.call('exchange.sync', input);
            // A missing or wrong configuration ends the loop; anything else (another sync running, a
            // busy database, a crash of one cycle) is reported and retried at the next interval.
            if (!r.ok && (r.error.kind === 'Validation' || r.error.kind === 'NotFound')) return ctx.output.error(r.error);
            const line = r.ok ? r.value : { sent: 0, received: 0, statuses: 0, errors: [r.error] };
            process.stdout.write(ctx.output.json ? `${JSON.stringify(line)}\n` : `${describeSync(line as SyncResult)}\n`);
            if (stop) break;
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, o.interval);
              wake = () => {
                clearTimeout(t);
                resolve();
              };
            });
          }
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
        return EXIT.ok;
      }),
    );
  hub
    .command('agencies')
    .description('Danh bạ cơ quan trên trục (lưu sẵn để dùng khi mất mạng)')
    .option('--refresh', 'tải lại danh bạ từ trục')
    .option('--query <text>', 'tìm theo tên hoặc mã')
    .action((o: { refresh?: boolean; query?: string }) =>
      run(async (ctx) => {
        if (o.refresh) {
          const r = await ctx.call('exchange.refreshAgencies', {});
          if (!r.ok) return ctx.output.error(r.error);
        }
        return report(
          ctx.output,
          await ctx.call('exchange.listAgencies', { ...(o.query ? { query: o.query } : {}), limit: 500 }),
          (v) =>
            (v as { code: string; name: string }[]).map((a) => `${a.code.padEnd(16)} ${a.name}`).join('\n') ||
            'Danh bạ trống: chạy "vanthu hub agencies --refresh".',
        );
      }),
    );

  const outbox = program.command('outbox').description('Hàng đợi gói tin đi');
  outbox
    .command('list')
    .option('--state <state>', 'pending | sending | sent | failed')
    .option('--limit <n>', 'số dòng', int, 500)
    .action((o: { state?: string; limit: number }) =>
      callAndReport(run, 'exchange.listOutbox', { ...(o.state ? { state: o.state } : {}), limit: o.limit }, (v) =>
        describeOutbox(v as OutboxItem[]),
      ),
    );
  outbox
    .command('send')
    .description('Tạo gói tin văn bản từ tệp JSON và đưa vào hàng đợi gửi')
    .requiredOption('--input <doc.json>', 'tệp JSON mô tả văn bản (như edxml build)')
    .action((o: { input: string }) =>
      run(async (ctx) => {
        const packet = readPacket(ctx, o.input);
        if (typeof packet === 'number') return packet;
        return report(ctx.output, await ctx.call('exchange.sendDocument', { packet: packet.value }), (v) =>
          describeOutbox([v as OutboxItem]),
        );
      }),
    );
  outbox
    .command('retry <id>')
    .description('Đưa một gói tin lỗi/kẹt trở lại đầu hàng đợi')
    .action((id: string) => callAndReport(run, 'exchange.retryOutbox', { id }, (v) => describeOutbox([v as OutboxItem])));

  const inbox = program.command('inbox').description('Gói tin đến');
  inbox
    .command('list')
    .option('--state <state>', 'new | registered | refused | change-requested | rejected | duplicate …')
    .option('--kind <kind>', 'edoc | status')
    .option('--limit <n>', 'số dòng', int, 500)
    .action((o: { state?: string; kind?: string; limit: number }) =>
      callAndReport(
        run,
        'exchange.listInbox',
        {
          ...(o.state ? { states: [o.state] } : {}),
          ...(o.kind ? { kind: o.kind } : {}),
          limit: o.limit,
        },
        (v) => ((v as InboxItem[]).length ? (v as InboxItem[]).map(describeInboxItem).join('\n') : describeInbox([])),
      ),
    );
}
