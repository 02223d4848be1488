/**
 * `vanthu buudien list|record|print|bi|volumes`: the post side of outgoing documents (post.*). Paper
 * recipients are the Nơi nhận not served through the hub; a recipient is named as written in the
 * Nơi nhận (diacritics and case do not matter).
 */
import type { Command } from 'commander';
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import type { PostRecipient } from '../../../src-shared/contracts/post.contract';
import type { LockedVolume } from '../../../src-shared/contracts/locked-book.contract';
import { report } from '../output';
import { ints, printLockedBook } from './books';
import { collect, dmy, reportWritten, type Run, usage } from './kit';

function describe(r: PostRecipient): string {
  const where = r.Channel === 'hub' ? 'qua trục liên thông' : r.Sent ? `gửi bưu điện ngày ${dmy(r.Sent.SentDate)}` : 'chưa gửi bưu điện';
  const extra = r.Sent
    ? [r.Sent.ReceiptNo ? `biên lai ${r.Sent.ReceiptNo}` : '', r.Sent.Cost != null ? `cước ${r.Sent.Cost} đ` : '', `${r.Sent.Envelopes} bì`]
        .filter(Boolean)
        .join(', ')
    : '';
  return `${r.SoKyHieu ?? '(chưa số)'} ngày ${dmy(r.IssuedDate)} → ${r.Recipient}: ${where}${extra ? ` (${extra})` : ''}${r.Address ? `\n    ${r.Address}` : ''}`;
}

export function registerPostCommands(program: Command, run: Run): void {
  const bd = program.command('buudien').description('Sổ gửi văn bản đi bưu điện và bì văn bản (Phụ lục IV NĐ 30/2020)');

  bd.command('list')
    .description('Nơi nhận của văn bản đi: --entry ID (cả nơi nhận qua trục) hoặc --from/--to (chỉ nơi nhận gửi giấy)')
    .option('--entry <id>', 'mã văn bản đi')
    .option('--from <date>', 'từ ngày (YYYY-MM-DD hoặc dd/mm/yyyy)')
    .option('--to <date>', 'đến ngày')
    .option('--pending', 'chỉ nơi nhận chưa gửi')
    .action((o: { entry?: string; from?: string; to?: string; pending?: boolean }) =>
      run(async (ctx) => {
        const r = await ctx.call('post.list', { EntryId: o.entry, From: o.from, To: o.to, Pending: Boolean(o.pending) });
        return report(ctx.output, r as { ok: true; value: PostRecipient[] }, (rows) =>
          rows.length ? rows.map(describe).join('\n') : 'Không có nơi nhận nào gửi bưu điện.',
        );
      }),
    );

  bd.command('record')
    .description('Ghi việc gửi bưu điện cho một nơi nhận của văn bản đi (ghi lại lần nữa để sửa; lần trước vẫn được giữ)')
    .argument('<id>', 'mã văn bản đi')
    .requiredOption('--noi-nhan <tên>', 'nơi nhận như trong mục Nơi nhận')
    .option('--ngay <date>', 'ngày chuyển (mặc định hôm nay)')
    .option('--bien-lai <số>', 'số biên lai / số hiệu bưu gửi')
    .option('--cuoc <đồng>', 'cước phí (đồng)')
    .option('--so-bi <n>', 'số lượng bì', '1')
    .option('--dia-chi <địa chỉ>', 'địa chỉ nơi nhận (ghi trên bì)')
    .option('--ghi-chu <text>', 'ghi chú')
    .action(
      (
        id: string,
        o: { noiNhan: string; ngay?: string; bienLai?: string; cuoc?: string; soBi: string; diaChi?: string; ghiChu?: string },
      ) =>
        run(async (ctx) => {
          const n = ints(ctx, { '--cuoc': o.cuoc, '--so-bi': o.soBi });
          if (typeof n === 'number') return n;
          const r = await ctx.call('post.record', {
            EntryId: id,
            Recipient: o.noiNhan,
            SentDate: o.ngay,
            ReceiptNo: o.bienLai,
            Cost: n['--cuoc'],
            Envelopes: n['--so-bi'],
            Address: o.diaChi,
            Note: o.ghiChu,
          });
          return report(ctx.output, r as { ok: true; value: PostRecipient }, (v) => `Đã ghi: ${describe(v)}`);
        }),
    );

  bd.command('print')
    .description('In sổ gửi văn bản đi bưu điện của một khoảng ngày ra PDF (--lock: khóa thành quyển tiếp theo)')
    .option('--from <date>', 'từ ngày')
    .option('--to <date>', 'đến ngày')
    .option('--year <n>', 'năm (in lại quyển đã khóa)')
    .option('--volume <n>', 'quyển số (in lại, hoặc kiểm tra số quyển khi khóa)')
    .option('--lock', 'khóa khoảng này thành quyển tiếp theo')
    .option('--paper <a4|a3>', 'khổ giấy', 'a4')
    .requiredOption('--out <file.pdf>', 'tệp PDF ghi ra')
    .action((o: { from?: string; to?: string; year?: string; volume?: string; lock?: boolean; paper: string; out: string }) =>
      run(async (ctx) => {
        const n = ints(ctx, { '--year': o.year, '--volume': o.volume });
        if (typeof n === 'number') return n;
        return printLockedBook(ctx, 'post.printBook', o, n, (v) => `sổ gửi văn bản đi bưu điện, ${v.Pages} trang, ${v.Entries} dòng`);
      }),
    );

  bd.command('bi')
    .description('In bì văn bản (khổ DL 220×110 mm, mỗi bì một trang): của một văn bản đi, hoặc cả ngày gửi (--ngay)')
    .argument('[id]', 'mã văn bản đi')
    .option('--noi-nhan <tên>', 'chỉ in bì cho nơi nhận này (lặp lại được)', collect)
    .option('--ngay <date>', 'mọi nơi nhận gửi bưu điện trong ngày này')
    .requiredOption('--out <file.pdf>', 'tệp PDF ghi ra')
    .action((id: string | undefined, o: { noiNhan?: string[]; ngay?: string; out: string }) =>
      run(async (ctx) => {
        if ((id === undefined) === (o.ngay === undefined)) return usage(ctx, 'Cần mã văn bản đi hoặc --ngay (một trong hai).');
        const r = await ctx.call('post.envelopes', { EntryId: id, Recipients: o.noiNhan, Date: o.ngay });
        return reportWritten<{ File: StoredOutput; Envelopes: number }>(
          ctx,
          r,
          o.out,
          (v, written) => `Đã ghi ${written}: ${v.Envelopes} bì.`,
        );
      }),
    );

  bd.command('volumes')
    .description('Các quyển sổ gửi bưu điện đã khóa')
    .option('--year <n>', 'năm')
    .action((o: { year?: string }) =>
      run(async (ctx) => {
        const n = ints(ctx, { '--year': o.year });
        if (typeof n === 'number') return n;
        const r = await ctx.call('post.volumes', { Year: n['--year'] });
        return report(ctx.output, r as { ok: true; value: LockedVolume[] }, (vs) =>
          vs.length
            ? vs
                .map((v) => `Quyển số ${v.VolumeNo} năm ${v.Year} (${v.DateFrom} – ${v.DateTo}) — ${v.Entries} dòng, ${v.Pages} trang`)
                .join('\n')
            : 'Chưa có quyển nào đã khóa.',
        );
      }),
    );
}
