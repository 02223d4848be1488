import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportPreview } from '../../../src-shared/contracts/books-import.contract';
import type { Report, StoredOutput, Volume } from '../../../src-shared/contracts/books.contract';
import type { LockedBookPrintOutput } from '../../../src-shared/contracts/locked-book.contract';
import type { CliContext } from '../context';
import { report } from '../output';
import { reportWritten, type Run, usage } from './kit';

/** A whole number from a CLI flag, or an error message naming the flag. */
function intFlag(value: string | undefined, flag: string): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value.trim())) return `${flag} phải là số nguyên dương (nhận "${value}").`;
  return Number(value);
}

export function ints(ctx: CliContext, flags: Record<string, string | undefined>): Record<string, number | undefined> | number {
  const out: Record<string, number | undefined> = {};
  for (const [flag, v] of Object.entries(flags)) {
    const n = intFlag(v, flag);
    if (typeof n === 'string') return usage(ctx, n);
    out[flag] = n;
  }
  return out;
}

/** `--term 2` is the term's id, anything else its name (the service resolves and checks it). */
export function termFlag(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : value;
}

const TERM_HELP = 'nhiệm kỳ (cơ quan Đảng): mã hoặc tên, thay cho --year';

function describeVolume(v: Volume): string {
  return `Quyển số ${v.VolumeNo} năm ${v.Year} — ${v.Entries} văn bản, ${v.Pages} trang, khóa lúc ${v.LockedAt}, SHA-256 ${v.PdfSha256}`;
}

function describePreview(p: ImportPreview, imported?: number): string {
  const lines = [
    `Tệp: ${p.FileName} (${p.Format}${p.Sheet ? `, trang tính "${p.Sheet}"` : ''}), dòng tiêu đề ${p.HeaderRow}`,
    `Cột: ${p.Columns.filter((c) => c.Field)
      .map((c) => `${c.Letter} "${c.Header}" → ${c.Field}`)
      .join('; ')}`,
    `Mã chữ: ${p.Encoding.Detected}${p.Encoding.ConvertedCells ? ` (đã chuyển ${p.Encoding.ConvertedCells} ô sang Unicode)` : ''}`,
    `Dòng dữ liệu: ${p.DataRows}, hợp lệ: ${p.Accepted}, bị loại: ${p.RejectedCount}`,
    ...p.Rejected.slice(0, 20).map((r) => `  - dòng ${r.Row}: ${r.Reasons.join(' ')}`),
    ...p.Warnings.map((w) => `Lưu ý: ${w}`),
    ...p.Continues.map((c) => `Năm ${c.Year} (${c.Series}): số lớn nhất ${c.Highest}, số tiếp theo ${c.Next}`),
  ];
  if (imported !== undefined) lines.unshift(`Đã nhập ${imported} văn bản.`);
  return lines.join('\n');
}

/**
 * Prints a book kept in locked volumes (sổ theo dõi, sổ gửi bưu điện): a preview, a lock into the next
 * volume, or a reprint; writes the PDF to `out` and says which it was.
 */
export async function printLockedBook(
  ctx: CliContext,
  operation: 'books.printFollowUp' | 'post.printBook',
  o: { from?: string; to?: string; lock?: boolean; paper: string; out: string },
  n: Record<string, number | undefined>,
  what: (v: { Pages: number; Entries: number }) => string,
): Promise<number> {
  const r = await ctx.call(operation, {
    From: o.from,
    To: o.to,
    Year: n['--year'],
    Volume: n['--volume'],
    Lock: Boolean(o.lock),
    Paper: o.paper,
  });
  return reportWritten<LockedBookPrintOutput>(ctx, r, o.out, (v, written) =>
    [
      `Đã ghi ${written}: ${what(v)}.`,
      v.Volume
        ? `${v.Source === 'generated' ? 'Đã khóa' : 'In lại'} Quyển số ${v.Volume.VolumeNo} năm ${v.Volume.Year} (${v.Volume.DateFrom} – ${v.Volume.DateTo}), SHA-256 ${v.Volume.PdfSha256}`
        : 'Bản xem trước, chưa khóa.',
    ].join('\n'),
  );
}

/** `vanthu book --kind theo-doi`: the Sổ theo dõi giải quyết văn bản đến of a period (Phụ lục IV.VIII). */
async function printFollowUp(
  ctx: CliContext,
  o: { from?: string; to?: string; lock?: boolean; paper: string; out: string; numberFrom?: string; series?: string },
  n: Record<string, number | undefined>,
): Promise<number> {
  if (o.numberFrom !== undefined || o.series !== undefined)
    return usage(ctx, 'Sổ theo dõi in theo khoảng ngày đến (--from, --to), không theo số hay dãy số.');
  return printLockedBook(
    ctx,
    'books.printFollowUp',
    o,
    n,
    (v) => `sổ theo dõi giải quyết văn bản đến, ${v.Pages} trang, ${v.Entries} văn bản`,
  );
}

export function registerBooksCommands(program: Command, run: Run): void {
  program
    .command('phieu')
    .description('In phiếu giải quyết văn bản đến (Phụ lục IV.VII NĐ 30/2020) của một văn bản đến ra PDF')
    .argument('<id>', 'mã văn bản đến (id)')
    .requiredOption('--out <file.pdf>', 'tệp PDF ghi ra')
    .action((id: string, o: { out: string }) =>
      run(async (ctx) => {
        const r = await ctx.call('books.printPhieu', { entryId: id });
        return reportWritten<{ File: StoredOutput; Pages: number }>(
          ctx,
          r,
          o.out,
          (v, written) => `Đã ghi ${written}: phiếu giải quyết văn bản đến, ${v.Pages} trang.`,
        );
      }),
    );

  program
    .command('book')
    .description(
      'In sổ đăng ký văn bản đến/đi, hoặc sổ theo dõi giải quyết văn bản đến (--kind theo-doi), theo Phụ lục IV NĐ 30/2020 ra PDF; --lock khóa thành quyển',
    )
    .option(
      '--kind <dang-ky|theo-doi>',
      'dang-ky (sổ đăng ký, cần --direction) hoặc theo-doi (sổ theo dõi giải quyết văn bản đến)',
      'dang-ky',
    )
    .option('--direction <den|di>', 'den (văn bản đến) hoặc di (văn bản đi)')
    .option('--from <YYYY-MM-DD>', 'từ ngày')
    .option('--to <YYYY-MM-DD>', 'đến ngày')
    .option('--year <Y>', 'năm (khi in theo số hoặc in lại quyển)')
    .option('--term <id|tên>', TERM_HELP)
    .option('--number-from <N>', 'từ số')
    .option('--number-to <N>', 'đến số')
    .option('--series <code>', 'dãy số văn bản đi (hanh-chinh, mã loại, ban-sao)')
    .option('--volume <N>', 'quyển số: in lại quyển đã khóa, hoặc số quyển khi khóa')
    .option('--lock', 'khóa khoảng này thành quyển tiếp theo của năm')
    .option('--paper <a4|a3>', 'khổ giấy (ngang)', 'a4')
    .requiredOption('--out <file.pdf>', 'tệp PDF ghi ra')
    .action(
      (o: {
        kind: string;
        direction?: string;
        from?: string;
        to?: string;
        year?: string;
        term?: string;
        numberFrom?: string;
        numberTo?: string;
        series?: string;
        volume?: string;
        lock?: boolean;
        paper: string;
        out: string;
      }) =>
        run(async (ctx) => {
          const n = ints(ctx, { '--year': o.year, '--number-from': o.numberFrom, '--number-to': o.numberTo, '--volume': o.volume });
          if (typeof n === 'number') return n;
          if (o.kind === 'theo-doi') return printFollowUp(ctx, o, n);
          if (o.kind !== 'dang-ky') return usage(ctx, `--kind phải là "dang-ky" hoặc "theo-doi" (nhận "${o.kind}").`);
          if (!o.direction) return usage(ctx, 'Sổ đăng ký cần --direction den (văn bản đến) hoặc di (văn bản đi).');
          const r = await ctx.call('books.print', {
            Direction: o.direction,
            From: o.from,
            To: o.to,
            Year: n['--year'],
            Term: termFlag(o.term),
            NumberFrom: n['--number-from'],
            NumberTo: n['--number-to'],
            Series: o.series,
            Volume: n['--volume'],
            Lock: Boolean(o.lock),
            Paper: o.paper,
          });
          return reportWritten<{
            File: StoredOutput;
            Pages: number;
            Entries: number;
            Empty: boolean;
            Volume: Volume | null;
            Source: string;
            FontName: string;
            AmendmentRows: number;
          }>(ctx, r, o.out, (v, written) =>
            [
              `Đã ghi ${written}: ${v.Pages} trang, ${v.Entries} văn bản${v.Empty ? ' (khoảng này không có văn bản: bìa và dòng "không có văn bản")' : ''}, phông ${v.FontName}.`,
              v.AmendmentRows ? `Có ${v.AmendmentRows} dòng đính chính/bổ sung cho các quyển đã khóa.` : '',
              v.Volume
                ? `${v.Source === 'generated' ? 'Đã khóa' : 'In lại'} ${describeVolume(v.Volume)}${v.Source === 'stored' ? ' (từ bản PDF đã lưu)' : ''}`
                : 'Bản xem trước, chưa khóa.',
            ]
              .filter(Boolean)
              .join('\n'),
          );
        }),
    );

  program
    .command('volumes')
    .description('Các quyển sổ đã khóa và các đính chính chờ in')
    .option('--direction <den|di>', 'den hoặc di')
    .option('--year <Y>', 'năm')
    .option('--term <id|tên>', TERM_HELP)
    .action((o: { direction?: string; year?: string; term?: string }) =>
      run(async (ctx) => {
        const n = ints(ctx, { '--year': o.year });
        if (typeof n === 'number') return n;
        const r = await ctx.call('books.volumes', { Direction: o.direction, Year: n['--year'], Term: termFlag(o.term) });
        return report(ctx.output, r, (v) => {
          const x = v as { items: Volume[]; pending: { Summary: string; Number: number }[] };
          return (
            [
              ...x.items.map((i) => `${i.Direction === 'den' ? 'Đến' : 'Đi'}: ${describeVolume(i)}`),
              ...x.pending.map((p) => `Chờ in: số ${p.Number} — ${p.Summary}`),
            ].join('\n') || 'Chưa có quyển nào được khóa.'
          );
        });
      }),
    );

  program
    .command('export')
    .description('Xuất sổ đăng ký một năm (hoặc một nhiệm kỳ) ra .xlsx hoặc CSV (UTF-8 có BOM)')
    .requiredOption('--direction <den|di>', 'den hoặc di')
    .option('--year <Y>', 'năm')
    .option('--term <id|tên>', TERM_HELP)
    .requiredOption('--format <xlsx|csv>', 'định dạng')
    .requiredOption('--out <file>', 'tệp ghi ra')
    .action((o: { direction: string; year?: string; term?: string; format: string; out: string }) =>
      run(async (ctx) => {
        const n = ints(ctx, { '--year': o.year });
        if (typeof n === 'number') return n;
        const r = await ctx.call('books.export', { Direction: o.direction, Year: n['--year'], Term: termFlag(o.term), Format: o.format });
        return reportWritten<{ File: StoredOutput; Rows: number }>(
          ctx,
          r,
          o.out,
          (v, written) => `Đã xuất ${v.Rows} văn bản ra ${written}.`,
        );
      }),
    );

  program
    .command('import')
    .description('Nhập sổ đăng ký cũ từ .xlsx/.csv (giữ nguyên số; tất cả hoặc không gì cả)')
    .requiredOption('--direction <den|di>', 'den hoặc di')
    .requiredOption('--file <path>', 'tệp .xlsx hoặc .csv')
    .option('--mapping <map.json>', 'tệp JSON ghép cột: { "Columns": { "ArrivalNumber": "Số đến" }, "HeaderRow": 3, "Encoding": "tcvn3" }')
    .option('--skip-bad-rows', 'bỏ qua các dòng lỗi, nhập các dòng hợp lệ')
    .option('--preview', 'chỉ kiểm tra và xem trước, không ghi')
    .action((o: { direction: string; file: string; mapping?: string; skipBadRows?: boolean; preview?: boolean }) =>
      run(async (ctx) => {
        let mapping: unknown;
        if (o.mapping) {
          let text: string;
          try {
            const stat = fs.statSync(o.mapping);
            if (stat.size > 64 * 1024) return usage(ctx, `Tệp mapping "${o.mapping}" quá lớn (tối đa 64 KB).`);
            text = fs.readFileSync(o.mapping, 'utf8');
          } catch {
            return usage(ctx, `Không đọc được tệp mapping "${o.mapping}".`);
          }
          try {
            mapping = JSON.parse(text.replace(/^\ufeff/, ''));
          } catch (err) {
            return usage(ctx, `Tệp mapping "${o.mapping}" không phải JSON hợp lệ: ${(err as Error).message}`);
          }
        }
        const input = { Direction: o.direction, Path: path.resolve(o.file), ...(mapping === undefined ? {} : { Mapping: mapping }) };
        if (o.preview) return report(ctx.output, await ctx.call('books.importPreview', input), (v) => describePreview(v as ImportPreview));
        const r = await ctx.call('books.import', { ...input, SkipBadRows: Boolean(o.skipBadRows) });
        if (!r.ok && r.error.details?.rejected && !ctx.output.json) {
          process.stderr.write(
            (r.error.details.rejected as { Row: number; Reasons: string[] }[])
              .slice(0, 50)
              .map((x) => `  - dòng ${x.Row}: ${x.Reasons.join(' ')}\n`)
              .join(''),
          );
        }
        return report(ctx.output, r, (v) => describePreview(v as ImportPreview, (v as { Imported: number }).Imported));
      }),
    );

  program
    .command('report')
    .description('Thống kê văn bản đến, đi theo tháng, quý hoặc năm; --out ghi báo cáo PDF')
    .option('--year <Y>', 'năm')
    .option('--term <id|tên>', TERM_HELP)
    .option('--month <1-12>', 'tháng')
    .option('--quarter <1-4>', 'quý')
    .option('--out <file.pdf>', 'ghi báo cáo PDF')
    .action((o: { year?: string; term?: string; month?: string; quarter?: string; out?: string }) =>
      run(async (ctx) => {
        const n = ints(ctx, { '--year': o.year, '--month': o.month, '--quarter': o.quarter });
        if (typeof n === 'number') return n;
        const input = { Year: n['--year'], Term: termFlag(o.term), Month: n['--month'], Quarter: n['--quarter'] };
        if (!o.out) {
          return report(ctx.output, await ctx.call('books.report', input), (v) => {
            const x = v as Report;
            return `${x.Label}: văn bản đến ${x.Incoming.Total} (điện tử ${x.Incoming.Electronic}), văn bản đi ${x.Outgoing.Total} (điện tử ${x.Outgoing.Electronic}).`;
          });
        }
        const r = await ctx.call('books.reportPdf', input);
        return reportWritten<{ File: StoredOutput; Pages: number; Report: Report }>(
          ctx,
          r,
          o.out,
          (v, written) => `Đã ghi báo cáo ${v.Report.Label} (${v.Pages} trang) ra ${written}.`,
        );
      }),
    );
}
