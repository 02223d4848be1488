import type { Command } from 'commander';
import type { CliContext } from '../context';
import { EXIT, report } from '../output';
import { callAndReport, type Run } from './kit';

interface Fields {
  fields: Record<string, string | null>;
  confidence: Record<string, number>;
  flags: { field: string; message: string }[];
}

function describeFields(v: Fields): string {
  const lines = Object.entries(v.fields).map(
    ([k, val]) => `  ${k.padEnd(13)} ${val ?? '—'}  (${Math.round((v.confidence[k] ?? 0) * 100)}%)`,
  );
  for (const f of v.flags) lines.push(`  ! ${f.field}: ${f.message}`);
  return lines.join('\n');
}

/** Progress on stderr (never on stdout, which --json keeps for the result). */
function watchProgress(ctx: CliContext): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  return ctx.app().events.subscribe((name, payload) => {
    const p = payload as { stage?: string; done?: number; total?: number | null; index?: number };
    if (name === 'intake.pageScanned') process.stderr.write(`  đã quét trang ${(p.index ?? 0) + 1}\n`);
    else if (name === 'intake.progress' && p.stage !== 'scan') process.stderr.write(`  ${p.stage} ${p.done}/${p.total ?? '?'}\r`);
  });
}

/** Ctrl+C cancels the running batch (finished pages stay) instead of killing the process. */
function cancelOnSigint(ctx: CliContext, batchId: () => string | null): () => void {
  const onSig = () => {
    const id = batchId();
    if (id) void ctx.call('intake.cancel', { batchId: id });
    else process.exit(130);
  };
  process.on('SIGINT', onSig);
  return () => process.off('SIGINT', onSig);
}

export function registerIntakeCommands(program: Command, run: Run): void {
  program
    .command('scan')
    .description('Quét giấy từ máy quét thành PDF (scan pages into a batch, then a PDF)')
    .requiredOption('--source <src>', 'nguồn quét: sane:<thiết bị>, escl:<địa chỉ>, naps2:<driver>:<tên>, wia:<thiết bị>')
    .option('--dpi <n>', 'độ phân giải (tối thiểu 200 theo Phụ lục I NĐ 30/2020)', '200')
    .option('--mode <m>', 'color | gray | bw', 'color')
    .option('--pages <n>', 'số trang tối đa (khay nạp giấy)')
    .option('--feeder <f>', 'flatbed | adf | adf-duplex (mặc định: adf khi có --pages, ngược lại flatbed)')
    .option('--batch <id>', 'quét tiếp vào lô đã có (tiếp tục lô bị gián đoạn)')
    .option('--out <file>', 'ghi PDF ra tệp này')
    .option('--ocr', 'nhận dạng chữ tiếng Việt và thêm lớp chữ ẩn')
    .action(
      (o: { source: string; dpi: string; mode: string; pages?: string; feeder?: string; batch?: string; out?: string; ocr?: boolean }) =>
        run(async (ctx) => {
          let batchId: string | null = o.batch ?? null;
          const stopWatch = watchProgress(ctx);
          const unsubscribe = ctx.app().events.subscribe((name, payload) => {
            if (name === 'intake.batchChanged') batchId = (payload as { batchId: string }).batchId;
          });
          const stopSig = cancelOnSigint(ctx, () => batchId);
          try {
            const scanned = await ctx.call('intake.scan', {
              source: o.source,
              dpi: Number(o.dpi),
              mode: o.mode,
              feeder: o.feeder ?? (o.pages ? 'adf' : 'flatbed'),
              ...(o.pages ? { pages: Number(o.pages) } : {}),
              ...(o.batch ? { batchId: o.batch } : {}),
            });
            if (!scanned.ok) return ctx.output.error(scanned.error);
            const s = scanned.value as {
              batch: { id: string; pages: unknown[] };
              added: number;
              end: string;
              error: { code: string; message: string } | null;
            };
            if (s.error) {
              const kind = s.end === 'cancelled' ? 'Conflict' : s.added > 0 ? 'Conflict' : 'Offline';
              return ctx.output.error({
                kind,
                message: `${s.error.message} Đã giữ ${s.batch.pages.length} trang trong lô ${s.batch.id}; quét tiếp bằng --batch ${s.batch.id}.`,
                details: { batchId: s.batch.id, added: s.added, end: s.end, scanError: s.error.code },
              });
            }
            if (!o.out) return report(ctx.output, scanned, () => `Đã quét ${s.added} trang vào lô ${s.batch.id}.`);
            const made = await ctx.call('intake.assemble', { batchId: s.batch.id, out: o.out, ocr: Boolean(o.ocr), mode: o.mode });
            if (!made.ok) return ctx.output.error(made.error);
            const m = made.value as { file: { sha256: string; size: number }; pages: number; warnings: string[] };
            ctx.output.result({ batchId: s.batch.id, added: s.added, end: s.end, out: o.out, ...m }, () =>
              [
                `Đã quét ${s.added} trang → ${o.out} (${Math.round(m.file.size / 1024)} KB), mã tệp ${m.file.sha256}.`,
                ...m.warnings.map((w) => `  ! ${w}`),
              ].join('\n'),
            );
            return EXIT.ok;
          } finally {
            stopSig();
            unsubscribe();
            stopWatch();
          }
        }),
    );

  program
    .command('intake')
    .description('Nhập tệp PDF, JPEG, PNG, TIFF thành một PDF (kiểm tra virus trước)')
    .argument('<files...>', 'các tệp cần nhập, theo thứ tự trang')
    .requiredOption('--out <file>', 'ghi PDF ra tệp này')
    .option('--ocr', 'nhận dạng chữ tiếng Việt, thêm lớp chữ ẩn và đọc các trường của trang 1')
    .option('--mode <m>', 'color | gray | bw', 'color')
    .action((files: string[], o: { out: string; ocr?: boolean; mode: string }) =>
      run(async (ctx) => {
        const stopWatch = watchProgress(ctx);
        try {
          const imported = await ctx.call('intake.importFiles', { paths: files });
          if (!imported.ok) return ctx.output.error(imported.error);
          const im = imported.value as { batch: { id: string }; added: number; warnings: string[] };
          const made = await ctx.call('intake.assemble', { batchId: im.batch.id, out: o.out, ocr: Boolean(o.ocr), mode: o.mode });
          if (!made.ok) return ctx.output.error(made.error);
          const m = made.value as { file: { sha256: string; size: number }; pages: number; warnings: string[]; ocr: Fields | null };
          ctx.output.result({ batchId: im.batch.id, out: o.out, ...m, warnings: [...im.warnings, ...m.warnings] }, () =>
            [
              `Đã tạo ${o.out}: ${m.pages} trang, ${Math.round(m.file.size / 1024)} KB, mã tệp ${m.file.sha256}.`,
              ...[...im.warnings, ...m.warnings].map((w) => `  ! ${w}`),
              ...(m.ocr ? [describeFields(m.ocr)] : []),
            ].join('\n'),
          );
          return EXIT.ok;
        } finally {
          stopWatch();
        }
      }),
    );

  program
    .command('ocr')
    .description('Nhận dạng chữ tiếng Việt (OCR) và đọc số, ký hiệu, ngày, cơ quan, tên loại, trích yếu, người ký')
    .argument('<file>', 'PDF hoặc ảnh')
    .action((file: string) =>
      run(async (ctx) => {
        const r = await ctx.call('intake.ocr', { path: file });
        return report(
          ctx.output,
          r,
          (v) => `${describeFields(v as Fields)}\n--- văn bản (${(v as { engine: string }).engine}) ---\n${(v as { text: string }).text}`,
        );
      }),
    );

  program
    .command('av-scan')
    .description('Kiểm tra virus một tệp (clamd hoặc Windows Defender); tệp nhiễm được chuyển vào khu cách ly')
    .argument('<file>')
    .action((file: string) =>
      run(async (ctx) => {
        const r = await ctx.call('intake.avScan', { path: file });
        return report(ctx.output, r, (v) => {
          const x = v as { verdict: string; engine: string; warning: string | null };
          return x.verdict === 'clean' ? `Sạch (${x.engine}).` : `Chưa kiểm tra được: ${x.warning ?? ''}`;
        });
      }),
    );

  program
    .command('batches')
    .description('Các lô quét (lô bị gián đoạn có thể quét tiếp bằng "vanthu scan --batch <id>")')
    .action(() =>
      callAndReport(run, 'intake.listBatches', {}, (v) => {
        const x = v as { batches: { id: string; status: string; pages: unknown[]; createdAt: string }[] };
        return (
          x.batches.map((b) => `${b.id}  ${b.status.padEnd(11)} ${String(b.pages.length).padStart(4)} trang  ${b.createdAt}`).join('\n') ||
          'Chưa có lô quét nào.'
        );
      }),
    );

  program
    .command('hotfolder')
    .description('Nhận các tệp đã ghi xong trong thư mục quét (một lượt; --watch để chạy liên tục)')
    .option('--folder <dir>', 'thư mục (mặc định: theo cài đặt)')
    .option('--stable-ms <n>', 'tệp phải không đổi kích thước trong chừng này mili giây', '2000')
    .option('--watch', 'chạy liên tục tới khi Ctrl+C')
    .action((o: { folder?: string; stableMs: string; watch?: boolean }) =>
      run(async (ctx) => {
        const input = { ...(o.folder ? { folder: o.folder } : {}), stableMs: Number(o.stableMs) };
        for (;;) {
          const r = await ctx.call('intake.hotFolderPoll', input);
          if (!o.watch || !r.ok) return report(ctx.output, r, (v) => JSON.stringify(v, null, 2));
          const v = r.value as { imported: unknown[]; quarantined: unknown[] };
          if (v.imported.length + v.quarantined.length > 0) ctx.output.result(v, (x) => JSON.stringify(x));
          await new Promise((res) => setTimeout(res, Math.max(500, Number(o.stableMs) / 2)));
        }
      }),
    );
}
