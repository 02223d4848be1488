import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import type { DuplicateMatch, RegisterEntry } from '../../../src-shared/contracts/register.contract';
import type { Envelope } from '../../../src-shared/rpc/envelope';
import type { AppErrorData } from '../../../src-shared/rpc/errors';
import type { CliContext } from '../context';
import { EXIT, report } from '../output';
import { termFlag } from './books';
import type { Run } from './kit';

type Direction = 'den' | 'di';

const LABEL: Record<Direction, string> = { den: 'văn bản đến', di: 'văn bản đi' };

function describeEntry(e: RegisterEntry): string {
  const lines = [
    e.Direction === 'den'
      ? `Số đến: ${e.ArrivalNumber}/${e.Year}   Ngày đến: ${e.ArrivalDate}   (${e.Medium === 'giay' ? 'giấy' : 'điện tử'})`
      : `Số, ký hiệu: ${e.SoKyHieu}   Ngày: ${e.IssuedDate}   Dãy số: ${e.Series}`,
    `Mã:          ${e.id}`,
    e.Direction === 'den' && e.SoKyHieu ? `Số, ký hiệu: ${e.SoKyHieu}${e.IssuedDate ? `  ngày ${e.IssuedDate}` : ''}` : null,
    `Cơ quan:     ${e.OrganName}`,
    `Loại:        ${e.TypeName}`,
    `Trích yếu:   ${e.Subject}`,
    e.Priority !== 'thuong' ? `Độ khẩn:     ${e.Priority}` : null,
    e.File ? `Tệp:         ${e.File.sha256} (${e.File.pageCount ?? '?'} trang)` : null,
    e.Cancellation ? `ĐÃ HỦY SỐ:   ${e.Cancellation.At} — ${e.Cancellation.Reason}` : null,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

function row(e: RegisterEntry): string {
  const num = e.Direction === 'den' ? String(e.ArrivalNumber).padStart(5) : (e.SoKyHieu ?? '').padEnd(18);
  const date = (e.Direction === 'den' ? e.ArrivalDate : e.IssuedDate) ?? '';
  const so = e.Direction === 'den' ? `${(e.SoKyHieu ?? '—').padEnd(18)} ` : '';
  const cancelled = e.Cancellation ? ' [ĐÃ HỦY]' : '';
  return `${num}  ${date}  ${so}${e.OrganName.slice(0, 40).padEnd(40)}  ${e.Subject.slice(0, 70)}${cancelled}`;
}

function describeMatches(matches: DuplicateMatch[]): string {
  return matches
    .map((m) => {
      const n = m.Direction === 'den' ? `số đến ${m.Number}/${m.Year}` : `${m.SoKyHieu} (${m.Year})`;
      return `  - ${n} [${m.reasons.join(', ')}] ${m.OrganName}: ${m.Subject.slice(0, 70)}  (mã ${m.id})`;
    })
    .join('\n');
}

function readRecord(ctx: CliContext, file: string): Record<string, unknown> | number {
  try {
    const value = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('không phải một đối tượng JSON');
    return value as Record<string, unknown>;
  } catch (err) {
    return ctx.output.error({
      kind: 'Validation',
      message: `Không đọc được bản ghi JSON "${file}": ${(err as Error).message}`,
      details: { field: 'input' },
    });
  }
}

/**
 * `add`: the record is checked first (register.preview), then the PDF is put in the file store
 * (files.import: the router takes a local path, which the CLI has), then registered by its sha256.
 * So a bad record stores nothing, and a bad file is refused before any number is given.
 */
async function add(
  ctx: CliContext,
  direction: Direction,
  o: { input: string; file?: string; confirmNotDuplicate?: boolean; traLoi?: string[] },
): Promise<number> {
  const rec = readRecord(ctx, o.input);
  if (typeof rec === 'number') return rec;
  const op = direction === 'den' ? 'register.addIncoming' : 'register.addOutgoing';
  const checked = await ctx.call('register.preview', { Direction: direction, Record: rec });
  if (!checked.ok) return failWith(ctx, asAddError(checked.error, op));
  if (o.file) {
    const stored = await ctx.call('files.import', { path: path.resolve(o.file) });
    if (!stored.ok) return ctx.output.error(stored.error);
    rec.FileSha256 = (stored.value as StoredFile).sha256;
  }
  if (o.confirmNotDuplicate) rec.confirmNotDuplicate = true;
  // A reply: registered and the incoming documents it answers completed in one transaction.
  const answers = direction === 'di' ? (o.traLoi ?? []) : [];
  const added = answers.length > 0 ? await ctx.call('workflow.registerReply', { Record: rec, Answers: answers }) : await ctx.call(op, rec);
  if (!added.ok) return failWith(ctx, added);
  return report(ctx.output, added, (v) => {
    const r = v as { entry: RegisterEntry; warnings: { message: string }[] };
    const warn = r.warnings.map((w) => `Lưu ý: ${w.message}`).join('\n');
    return `Đã đăng ký ${LABEL[direction]}.\n${describeEntry(r.entry)}${warn ? `\n${warn}` : ''}`;
  });
}

/** The preview's refusal, worded as the add operation's own (fields named without "Record."). */
function asAddError(error: AppErrorData, op: string): AppErrorData {
  const fields = error.details?.fields as { field: string; message: string }[] | undefined;
  return {
    ...error,
    message: error.message.replace('register.preview', op).replace(/(^|[—;] )Record\./g, '$1'),
    ...(fields ? { details: { ...error.details, fields: fields.map((f) => ({ ...f, field: f.field.replace(/^Record\./, '') })) } } : {}),
  };
}

/** Errors with the duplicate matches spelled out (exit code 3 for Duplicate). */
function failWith(ctx: CliContext, env: Envelope<unknown> | AppErrorData): number {
  if ('ok' in env && env.ok) return EXIT.ok;
  const error = 'ok' in env ? (env as { error: AppErrorData }).error : env;
  const code = ctx.output.error(error);
  const matches = error.details?.matches as DuplicateMatch[] | undefined;
  if (error.kind === 'Duplicate' && matches && !ctx.output.json) {
    process.stderr.write(
      `Các văn bản đã đăng ký trùng:\n${describeMatches(matches)}\nDùng --confirm-not-duplicate nếu đây là văn bản khác.\n`,
    );
  }
  return code;
}

function registerDirection(program: Command, run: Run, direction: Direction): void {
  const cmd = program.command(direction).description(direction === 'den' ? 'Sổ đăng ký văn bản đến' : 'Sổ đăng ký văn bản đi');

  const addCmd = cmd
    .command('add')
    .description(`Đăng ký ${LABEL[direction]} từ một bản ghi JSON (tên trường theo Phụ lục VI Nghị định 30/2020)`)
    .requiredOption('--input <file>', 'bản ghi JSON, ví dụ {"TypeName":"Quyết định","SoKyHieu":"15/QĐ-UBND",...}')
    .option('--file <pdf>', 'tệp PDF của văn bản')
    .option('--confirm-not-duplicate', 'đã xem cảnh báo trùng và xác nhận đây là văn bản khác (được ghi nhật ký)');
  if (direction === 'di') {
    const collect = (v: string, p: string[] = []) => [...p, v];
    addCmd.option('--tra-loi <id>', 'văn bản đến được trả lời: hoàn thành cùng lúc với đăng ký (lặp lại được)', collect);
  }
  addCmd.action((o: { input: string; file?: string; confirmNotDuplicate?: boolean; traLoi?: string[] }) =>
    run((ctx) => add(ctx, direction, o)),
  );

  cmd
    .command('list')
    .description(`Danh sách ${LABEL[direction]}, mới nhất trước`)
    .option('--year <year>', 'năm đăng ký', (v) => Number(v))
    .option('--term <id|tên>', 'nhiệm kỳ (cơ quan Đảng): mã hoặc tên, thay cho --year')
    .option('--limit <n>', 'số dòng (tối đa 500)', (v) => Number(v), 100)
    .option('--cursor <c>', 'trang tiếp theo (nextCursor của lần trước)')
    .action((o: { year?: number; term?: string; limit: number; cursor?: string }) =>
      run(async (ctx) => {
        const res = await ctx.call('register.list', {
          Direction: direction,
          Year: o.year,
          Term: termFlag(o.term),
          limit: o.limit,
          cursor: o.cursor,
          withTotal: true,
        });
        return report(ctx.output, res, (v) => {
          const p = v as { items: RegisterEntry[]; total: number | null; nextCursor: string | null };
          const more = p.nextCursor ? `\n… còn nữa: --cursor ${p.nextCursor}` : '';
          return p.items.length === 0
            ? 'Sổ chưa có văn bản nào.'
            : `${p.items.map(row).join('\n')}\n(${p.items.length}/${p.total ?? '?'} văn bản)${more}`;
        });
      }),
    );

  cmd
    .command('show <id>')
    .description('Chi tiết một văn bản và lịch sử của nó (lần xem được ghi nhật ký)')
    .action((id: string) =>
      run(async (ctx) => {
        const res = await ctx.call('register.get', { id });
        return report(ctx.output, res, (v) => {
          const r = v as { entry: RegisterEntry; history: { seq: number; at: string; actor: string; action: string }[] };
          return `${describeEntry(r.entry)}\nLịch sử:\n${r.history.map((h) => `  #${h.seq} ${h.at} ${h.action} (${h.actor})`).join('\n')}`;
        });
      }),
    );

  if (direction === 'di') {
    cmd
      .command('cancel <id>')
      .description('Hủy số văn bản đi (số không bao giờ được cấp lại; dòng vẫn hiển thị với lý do)')
      .requiredOption('--reason <text>', 'lý do hủy số')
      .action((id: string, o: { reason: string }) =>
        run(async (ctx) => {
          const res = await ctx.call('register.cancelOutgoing', { id, Reason: o.reason });
          return report(ctx.output, res, (v) => `Đã hủy số.\n${describeEntry(v as RegisterEntry)}`);
        }),
      );

    cmd
      .command('numbering')
      .description('Xem hoặc đặt cách đánh số văn bản đi: single (một dãy số) hoặc per-type (mỗi loại một dãy)')
      .option('--series <mode>', 'single | per-type')
      .action((o: { series?: string }) =>
        run(async (ctx) => {
          const res = o.series
            ? await ctx.call('register.saveSettings', { OutgoingSeries: o.series })
            : await ctx.call('register.getSettings', {});
          return report(ctx.output, res, (v) => `Cách đánh số văn bản đi: ${(v as { OutgoingSeries: string }).OutgoingSeries}`);
        }),
      );
  }
}

export function registerRegisterCommands(program: Command, run: Run): void {
  registerDirection(program, run, 'den');
  registerDirection(program, run, 'di');

  program
    .command('search <text>')
    .description('Tìm văn bản (không dấu cũng được: "quyet dinh ubnd"), trên mọi trường và nội dung PDF')
    .option('--direction <d>', 'den | di')
    .option('--year <year>', 'năm đăng ký', (v) => Number(v))
    .option('--term <id|tên>', 'nhiệm kỳ (cơ quan Đảng): mã hoặc tên, thay cho --year')
    .option('--limit <n>', 'số kết quả (tối đa 200)', (v) => Number(v), 50)
    .action((text: string, o: { direction?: string; year?: number; term?: string; limit: number }) =>
      run(async (ctx) => {
        const res = await ctx.call('register.search', {
          q: text,
          Direction: o.direction,
          Year: o.year,
          Term: termFlag(o.term),
          limit: o.limit,
        });
        return report(ctx.output, res, (v) => {
          const p = v as { items: RegisterEntry[] };
          return p.items.length === 0 ? 'Không tìm thấy văn bản nào.' : p.items.map((e) => `[${e.Direction}] ${row(e)}`).join('\n');
        });
      }),
    );
}
