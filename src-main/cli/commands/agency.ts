import type { Command } from 'commander';
import type { AppInfo } from '../../../src-shared/contracts/app.contract';
import type { AgencyProfile, PartyTerm } from '../../../src-shared/contracts/agency.contract';
import { report } from '../output';
import { callAndReport, type Run } from './kit';

function describeProfile(p: AgencyProfile): string {
  return [
    `Cơ quan:           ${p.name}`,
    `Cơ quan chủ quản:  ${p.parentName}`,
    `Mã định danh:      ${p.code}`,
    `Chữ viết tắt:      ${p.abbreviation}`,
    `Địa chỉ:           ${p.address}`,
    `Địa danh:          ${p.placeName}`,
    `Hệ thống văn bản:  ${p.system === 'party' ? 'cơ quan Đảng (Quy định 399-QĐ/TW)' : 'cơ quan nhà nước (Nghị định 30/2020/NĐ-CP)'}`,
  ].join('\n');
}

export function registerAgencyCommands(program: Command, run: Run): void {
  program
    .command('init')
    .description('Khởi tạo thư mục dữ liệu và ghi hồ sơ cơ quan (record the agency profile)')
    .requiredOption('--name <text>', 'tên cơ quan')
    .requiredOption('--parent <text>', 'tên cơ quan chủ quản')
    .requiredOption('--code <code>', 'mã định danh (QCVN 102 LLL.KK.JJ.XNN hoặc mã QĐ 20/2020)')
    .requiredOption('--abbr <text>', 'chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND')
    .requiredOption('--address <text>', 'địa chỉ')
    .requiredOption('--place <text>', 'địa danh ghi ở dòng ngày tháng, ví dụ "Hà Nội"')
    .option('--system <state|party>', 'hệ thống văn bản: state (Nghị định 30/2020) hoặc party (cơ quan Đảng, Quy định 399-QĐ/TW)', 'state')
    .option('--force', 'ghi đè hồ sơ cơ quan đã có')
    .action(
      (o: { name: string; parent: string; code: string; abbr: string; address: string; place: string; system: string; force?: boolean }) =>
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
            system: o.system,
          });
          return report(ctx.output, saved, (p) => `Đã khởi tạo.\n${describeProfile(p as AgencyProfile)}`);
        }),
    );

  program
    .command('info')
    .description('Thông tin cài đặt và hồ sơ cơ quan')
    .action(() =>
      callAndReport(run, 'app.info', {}, (v) => {
        const i = v as AppInfo;
        const head = `vanthu ${i.version} — dữ liệu: ${i.dataDir} (lược đồ ${i.schemaVersion})`;
        return i.agency ? `${head}\n${describeProfile(i.agency)}` : `${head}\nChưa khởi tạo: chạy "vanthu init".`;
      }),
    );

  const term = program.command('term').description('Nhiệm kỳ của cấp ủy (cơ quan Đảng): số văn bản bắt đầu lại từ 01 ở mỗi nhiệm kỳ');
  term
    .command('list')
    .description('Danh sách nhiệm kỳ')
    .action(() =>
      callAndReport(run, 'agency.listTerms', {}, (v) => {
        const items = (v as { items: PartyTerm[] }).items;
        if (items.length === 0) return 'Chưa khai báo nhiệm kỳ nào.';
        return items.map((t) => `${String(t.id).padStart(3)}  ${t.startDate} → ${t.endDate ?? 'nay'}  ${t.name}`).join('\n');
      }),
    );
  term
    .command('add')
    .description('Khai báo nhiệm kỳ (không được chồng lên nhiệm kỳ khác)')
    .requiredOption('--name <text>', 'tên nhiệm kỳ, ví dụ "Khóa XXVI, nhiệm kỳ 2025–2030"')
    .requiredOption('--from <yyyy-mm-dd>', 'ngày bắt đầu (ngày sau khi bế mạc đại hội)')
    .option('--to <yyyy-mm-dd>', 'ngày kết thúc (bế mạc đại hội nhiệm kỳ sau); bỏ trống nếu đang diễn ra')
    .action((o: { name: string; from: string; to?: string }) =>
      callAndReport(run, 'agency.addTerm', { name: o.name, startDate: o.from, endDate: o.to ?? null }, (v) => {
        const t = v as PartyTerm;
        return `Đã khai báo nhiệm kỳ ${t.id}: ${t.name} (${t.startDate} → ${t.endDate ?? 'nay'}).`;
      }),
    );
  term
    .command('end')
    .description('Kết thúc nhiệm kỳ đang diễn ra')
    .requiredOption('--id <n>', 'mã nhiệm kỳ (xem "term list")')
    .requiredOption('--to <yyyy-mm-dd>', 'ngày kết thúc')
    .action((o: { id: string; to: string }) =>
      callAndReport(run, 'agency.endTerm', { id: Number(o.id), endDate: o.to }, (v) => {
        const t = v as PartyTerm;
        return `Đã kết thúc nhiệm kỳ ${t.name} ngày ${t.endDate}.`;
      }),
    );
}
