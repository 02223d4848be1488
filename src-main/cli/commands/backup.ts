import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { BackupRunResult, BackupStatus, BackupSummary, BackupVerifyResult } from '../../../src-shared/contracts/backup.contract';
import { EXIT, report } from '../output';
import { callAndReport, type Run } from './kit';

/** The passphrase from the named environment variable (never from the command line: it would sit in the shell history). */
function passphraseFrom(varName: string | undefined): string | undefined {
  if (!varName) return undefined;
  const value = process.env[varName];
  if (value === undefined || value === '') throw new Error(`Biến môi trường ${varName} (mật khẩu sao lưu) chưa được đặt.`);
  return value;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function describeBackup(b: BackupSummary): string {
  const lines = [
    `${b.name}${b.encrypted ? ' [mã hóa]' : ''} — ${b.createdAt}, vanthu ${b.vanthuVersion}`,
    `  Cơ quan: ${b.agency ? `${b.agency.name} (${b.agency.code})` : '(chưa khai báo)'}`,
    `  ${b.fileCount} tệp, ${mb(b.totalBytes)}`,
  ];
  for (const c of b.counts) lines.push(`  Sổ văn bản ${c.direction === 'den' ? 'đến' : 'đi'} năm ${c.year}: ${c.count} văn bản`);
  for (const n of b.lastNumbers) lines.push(`  Số cuối ${n.direction === 'den' ? 'đến' : `đi (${n.series})`} năm ${n.year}: ${n.number}`);
  return lines.join('\n');
}

/**
 * `vanthu backup [--to DIR] [--passphrase-env VAR]`, `vanthu backup list DIR`, `vanthu backup verify DIR/…`
 * and `vanthu restore DIR/… --into NEWDIR`. Verify exits 4 (Conflict) when the backup is damaged.
 */
export function registerBackupCommands(program: Command, run: Run): void {
  const backup = program
    .command('backup')
    .description('Sao lưu dữ liệu (cơ sở dữ liệu + kho tệp, tăng dần) vào thư mục đã chọn hoặc --to')
    .option('--to <dir>', 'thư mục sao lưu (mặc định: thư mục trong Cài đặt › Sao lưu)')
    .option('--passphrase-env <var>', 'mã hóa bằng mật khẩu lấy từ biến môi trường này')
    .action((o: { to?: string; passphraseEnv?: string }) =>
      run(async (ctx) => {
        if (o.to) fs.mkdirSync(path.resolve(o.to), { recursive: true });
        const passphrase = passphraseFrom(o.passphraseEnv);
        return report(
          ctx.output,
          await ctx.call('backup.run', { ...(o.to ? { to: o.to } : {}), ...(passphrase ? { passphrase } : {}) }),
          (v) => {
            const r = v as BackupRunResult;
            return [
              `Đã sao lưu và kiểm tra: ${r.dir}${r.encrypted ? ' (mã hóa)' : ''}`,
              `  ${r.fileCount} tệp (${mb(r.totalBytes)}), chép mới ${r.copiedFiles} tệp (${mb(r.copiedBytes)}) trong ${(r.ms / 1000).toFixed(1)} giây`,
              `  Cơ sở dữ liệu: đọc lại ${r.databaseChunksRead}/${r.databaseChunks} khối`,
              ...(r.removed.length ? [`  Đã xóa theo chế độ lưu giữ: ${r.removed.join(', ')}`] : []),
            ].join('\n');
          },
        );
      }),
    );
  backup
    .command('settings')
    .description('Xem hoặc đặt thư mục sao lưu, giờ sao lưu hằng ngày và chế độ lưu giữ')
    .option('--folder <dir>', 'thư mục sao lưu (ổ USB, thư mục mạng); phải có sẵn')
    .option('--time <HH:MM>', 'giờ sao lưu hằng ngày (giờ Việt Nam)')
    .option('--keep-daily <n>', 'số ngày giữ bản hằng ngày', (v) => Number(v))
    .option('--keep-monthly <n>', 'số tháng giữ bản hằng tháng', (v) => Number(v))
    .action((o: { folder?: string; time?: string; keepDaily?: number; keepMonthly?: number }) =>
      run(async (ctx) => {
        const patch = {
          ...(o.folder ? { folder: path.resolve(o.folder) } : {}),
          ...(o.time ? { time: o.time } : {}),
          ...(o.keepDaily !== undefined ? { keepDaily: o.keepDaily } : {}),
          ...(o.keepMonthly !== undefined ? { keepMonthly: o.keepMonthly } : {}),
        };
        const res = Object.keys(patch).length ? await ctx.call('backup.saveSettings', patch) : await ctx.call('backup.status', {});
        return report(ctx.output, res, (v) => {
          const s = (v as BackupStatus).settings;
          return `Thư mục: ${s.folder ?? '(chưa chọn)'}\nHằng ngày lúc ${s.time}${s.daily ? '' : ' (đang tắt)'}; giữ ${s.keepDaily} ngày, ${s.keepMonthly} tháng${s.encrypt ? '; mã hóa' : ''}`;
        });
      }),
    );
  backup
    .command('list <dir>')
    .description('Các bản sao lưu trong thư mục (mới nhất trước) và nội dung của từng bản')
    .action((dir: string) =>
      callAndReport(run, 'backup.list', { dir }, (v) => {
        const r = v as { items: BackupSummary[]; problems: { dir: string; problem: string }[] };
        const out = r.items.length ? r.items.map(describeBackup) : ['Thư mục chưa có bản sao lưu nào.'];
        for (const p of r.problems) out.push(`KHÔNG DÙNG ĐƯỢC: ${p.dir}: ${p.problem}`);
        return out.join('\n');
      }),
    );
  backup
    .command('verify <dir>')
    .description('Đọc lại toàn bộ một bản sao lưu: tệp kê khai, cơ sở dữ liệu, mã băm của từng tệp')
    .option('--passphrase-env <var>', 'mật khẩu của bản sao lưu mã hóa, lấy từ biến môi trường này')
    .action((dir: string, o: { passphraseEnv?: string }) =>
      run(async (ctx) => {
        // `backup` itself has --passphrase-env too: commander may hand the option to it.
        const passphrase = passphraseFrom(o.passphraseEnv ?? backup.opts<{ passphraseEnv?: string }>().passphraseEnv);
        const res = await ctx.call('backup.verify', { dir, ...(passphrase ? { passphrase } : {}) });
        if (!res.ok) return ctx.output.error(res.error);
        const r = res.value as BackupVerifyResult;
        ctx.output.result(r, () =>
          r.ok
            ? `Bản sao lưu toàn vẹn: ${r.checkedFiles} tệp và cơ sở dữ liệu khớp mã băm.`
            : `BẢN SAO LƯU BỊ HỎNG:\n${r.problems.map((p) => `  ${p}`).join('\n')}`,
        );
        if (!r.ok) process.stderr.write(`vanthu: bản sao lưu ${dir} bị hỏng (${r.problems.length} lỗi).\n`);
        return r.ok ? EXIT.ok : EXIT.Conflict;
      }),
    );

  program
    .command('purge <sha256>')
    .description('Quản trị: xóa hẳn một tệp nhập nhầm khỏi kho, chỉ mục tìm kiếm và các bản sao lưu sau này (giữ dấu vết và số)')
    .requiredOption('--reason <text>', 'lý do xóa (ghi vào nhật ký)')
    .action((sha256: string, o: { reason: string }) =>
      callAndReport(run, 'files.purge', { sha256, reason: o.reason }, (v) => {
        const r = v as { entryIds: string[]; purgedAt: string };
        return `Đã xóa tệp ${sha256} lúc ${r.purgedAt}; ${r.entryIds.length} văn bản giữ nguyên số và ghi dấu vết xóa.`;
      }),
    );

  program
    .command('restore <dir>')
    .description('Khôi phục một bản sao lưu vào một thư mục dữ liệu MỚI (không bao giờ ghi đè dữ liệu hiện có)')
    .requiredOption('--into <newdir>', 'thư mục dữ liệu mới (chưa có hoặc trống)')
    .option('--passphrase-env <var>', 'mật khẩu của bản sao lưu mã hóa, lấy từ biến môi trường này')
    .option('--accept-other-agency', 'vẫn khôi phục khi bản sao lưu thuộc cơ quan khác')
    .action((dir: string, o: { into: string; passphraseEnv?: string; acceptOtherAgency?: boolean }) =>
      run(async (ctx) => {
        const passphrase = passphraseFrom(o.passphraseEnv);
        return report(
          ctx.output,
          await ctx.call('backup.restore', {
            dir,
            into: o.into,
            acceptOtherAgency: Boolean(o.acceptOtherAgency),
            ...(passphrase ? { passphrase } : {}),
          }),
          (v) => {
            const r = v as { into: string; summary: BackupSummary };
            return `Đã khôi phục và kiểm tra vào thư mục mới: ${r.into}\n${describeBackup(r.summary)}\nMở bằng: vanthu --data "${r.into}" …`;
          },
        );
      }),
    );
}
