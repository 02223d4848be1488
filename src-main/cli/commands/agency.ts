import type { Command } from 'commander';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { CliContext } from '../context';
import { report } from '../output';

function describeProfile(p: AgencyProfile): string {
  return [
    `Cơ quan:           ${p.name}`,
    `Cơ quan chủ quản:  ${p.parentName}`,
    `Mã định danh:      ${p.code}`,
    `Chữ viết tắt:      ${p.abbreviation}`,
    `Địa chỉ:           ${p.address}`,
    `Địa danh:          ${p.placeName}`,
  ].join('\n');
}

export function registerAgencyCommands(program: Command, run: (action: (ctx: CliContext) => Promise<number>) => Promise<void>): void {
  program
    .command('init')
    .description('Khởi tạo thư mục dữ liệu và ghi hồ sơ cơ quan (record the agency profile)')
    .requiredOption('--name <text>', 'tên cơ quan')
    .requiredOption('--parent <text>', 'tên cơ quan chủ quản')
    .requiredOption('--code <code>', 'mã định danh (QCVN 102 LLL.KK.JJ.XNN hoặc mã QĐ 20/2020)')
    .requiredOption('--abbr <text>', 'chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND')
    .requiredOption('--address <text>', 'địa chỉ')
    .requiredOption('--place <text>', 'địa danh ghi ở dòng ngày tháng, ví dụ "Hà Nội"')
    .option('--force', 'ghi đè hồ sơ cơ quan đã có')
    .action((o: { name: string; parent: string; code: string; abbr: string; address: string; place: string; force?: boolean }) =>
      run(async (ctx) => {
        const existing = await ctx.call('agency.getProfile', {});
        if (existing.ok && existing.value !== null && !o.force) {
          return ctx.output.error({
            kind: 'Conflict',
            message: 'Thư mục dữ liệu đã được khởi tạo; dùng --force để ghi đè hồ sơ cơ quan.',
          });
        }
        const saved = await ctx.call('agency.saveProfile', {
          name: o.name,
          parentName: o.parent,
          code: o.code,
          abbreviation: o.abbr,
          address: o.address,
          placeName: o.place,
        });
        return report(ctx.output, saved, (p) => `Đã khởi tạo.\n${describeProfile(p as AgencyProfile)}`);
      }),
    );

  program
    .command('info')
    .description('Thông tin cài đặt và hồ sơ cơ quan')
    .action(() =>
      run(async (ctx) => {
        const info = await ctx.call('app.info', {});
        return report(ctx.output, info, (v) => {
          const i = v as AppInfo;
          const head = `vanthu ${i.version} — dữ liệu: ${i.dataDir} (lược đồ ${i.schemaVersion})`;
          return i.agency ? `${head}\n${describeProfile(i.agency)}` : `${head}\nChưa khởi tạo: chạy "vanthu init".`;
        });
      }),
    );
}
