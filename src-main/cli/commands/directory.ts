/**
 * `vanthu danhba list|add|import|export`: the internal directory (đơn vị, cán bộ), JSON in and out.
 * KIND is "don-vi" (units) or "can-bo" (people).
 */
import type { Command } from 'commander';
import type { DirectoryPerson, DirectoryUnit, PersonInput, UnitInput } from '../../../src-shared/contracts/directory.contract';
import { report } from '../output';
import { readJsonFile, type Run, usage } from './kit';

const KINDS: Record<string, 'units' | 'people'> = { 'don-vi': 'units', 'can-bo': 'people', units: 'units', people: 'people' };

export function registerDirectoryCommands(program: Command, run: Run): void {
  const cmd = program.command('danhba').description('Danh bạ nội bộ: đơn vị (phòng, ban) và cán bộ, lãnh đạo');

  cmd
    .command('list <kind>')
    .description('Danh sách đơn vị (don-vi) hoặc cán bộ (can-bo)')
    .option('--q <text>', 'lọc theo tên (không phân biệt dấu, hoa thường)')
    .option('--lanh-dao', 'chỉ lãnh đạo')
    .option('--ca-ngung', 'kể cả đơn vị, cán bộ đã ngừng hoạt động')
    .option('--limit <n>', 'số dòng (tối đa 1000)', '1000')
    .action((kind: string, o: { q?: string; lanhDao?: boolean; caNgung?: boolean; limit: string }) =>
      run(async (ctx) => {
        const k = KINDS[kind];
        if (!k) return usage(ctx, `Loại danh bạ "${kind}" không có; dùng don-vi hoặc can-bo.`);
        if (!/^\d{1,4}$/.test(o.limit)) return usage(ctx, `--limit "${o.limit}" không phải số.`);
        const base = { query: o.q, includeInactive: o.caNgung ?? false, limit: Number(o.limit) };
        if (k === 'units')
          return report(
            ctx.output,
            (await ctx.call('directory.listUnits', base)) as never,
            (v: { items: DirectoryUnit[]; total: number }) =>
              [
                ...v.items.map((u) => `${u.name}${u.shortName ? ` (${u.shortName})` : ''}${u.active ? '' : ' [ngừng]'}  ${u.id}`),
                `(${v.total} đơn vị)`,
              ].join('\n'),
          );
        return report(
          ctx.output,
          (await ctx.call('directory.listPeople', { ...base, leadersOnly: o.lanhDao ?? false })) as never,
          (v: { items: DirectoryPerson[]; total: number }) =>
            [
              ...v.items.map(
                (p) =>
                  `${p.fullName}${p.position ? `, ${p.position}` : ''}${p.unitName ? ` — ${p.unitName}` : ''}${p.isLeader ? ' [lãnh đạo]' : ''}${p.active ? '' : ' [ngừng]'}  ${p.id}`,
              ),
              `(${v.total} cán bộ)`,
            ].join('\n'),
        );
      }),
    );

  cmd
    .command('add <kind>')
    .description('Thêm đơn vị (--ten, --viet-tat) hoặc cán bộ (--ho-ten, --chuc-vu, --don-vi, --lanh-dao); hoặc --input tệp JSON')
    .option('--ten <text>', 'tên đơn vị')
    .option('--viet-tat <text>', 'tên viết tắt của đơn vị')
    .option('--ho-ten <text>', 'họ và tên cán bộ')
    .option('--chuc-vu <text>')
    .option('--don-vi <text>', 'đơn vị của cán bộ (tên hoặc tên viết tắt)')
    .option('--email <text>')
    .option('--dien-thoai <text>')
    .option('--lanh-dao', 'là lãnh đạo (nhận trình, cho ý kiến chỉ đạo)')
    .option('--input <file.json>', 'bản ghi JSON theo hợp đồng directory.addUnit / directory.addPerson')
    .action(
      (
        kind: string,
        o: {
          ten?: string;
          vietTat?: string;
          hoTen?: string;
          chucVu?: string;
          donVi?: string;
          email?: string;
          dienThoai?: string;
          lanhDao?: boolean;
          input?: string;
        },
      ) =>
        run(async (ctx) => {
          const k = KINDS[kind];
          if (!k) return usage(ctx, `Loại danh bạ "${kind}" không có; dùng don-vi hoặc can-bo.`);
          let input: unknown;
          if (o.input) {
            const r = readJsonFile(ctx, o.input);
            if (!r.ok) return r.code;
            input = r.value;
          } else if (k === 'units') {
            if (!o.ten) return usage(ctx, 'Thiếu --ten (tên đơn vị).');
            input = { name: o.ten, shortName: o.vietTat } satisfies UnitInput;
          } else {
            if (!o.hoTen) return usage(ctx, 'Thiếu --ho-ten.');
            let unitId: string | undefined;
            if (o.donVi) {
              const found = await ctx.call('directory.search', { query: o.donVi, kinds: ['unit'], limit: 5 });
              const items = found.ok ? (found.value as { items: { id: string; name: string; detail: string | null }[] }).items : [];
              const exact = items.filter(
                (u) => u.name.toLowerCase() === o.donVi!.toLowerCase() || u.detail?.toLowerCase() === o.donVi!.toLowerCase(),
              );
              const pick = exact.length === 1 ? exact[0] : items.length === 1 ? items[0] : undefined;
              if (!pick)
                return ctx.output.error({
                  kind: 'NotFound',
                  message: `Không có đơn vị "${o.donVi}" trong danh bạ (hoặc có nhiều đơn vị trùng tên).`,
                });
              unitId = pick.id;
            }
            input = {
              fullName: o.hoTen,
              position: o.chucVu,
              unitId,
              email: o.email,
              phone: o.dienThoai,
              isLeader: o.lanhDao ?? false,
            } satisfies PersonInput;
          }
          const res = await ctx.call(k === 'units' ? 'directory.addUnit' : 'directory.addPerson', input);
          return report(ctx.output, res as never, (v: { id: string }) => `Đã thêm vào danh bạ: ${v.id}`);
        }),
    );

  cmd
    .command('import <kind> <file>')
    .description('Nhập danh bạ từ CSV hoặc xlsx (kiểm tra cả tệp; lỗi ở dòng nào thì không nhập dòng nào)')
    .option('--dry-run', 'chỉ kiểm tra, không ghi')
    .action((kind: string, file: string, o: { dryRun?: boolean }) =>
      run(async (ctx) => {
        const k = KINDS[kind];
        if (!k) return usage(ctx, `Loại danh bạ "${kind}" không có; dùng don-vi hoặc can-bo.`);
        const fs = await import('node:fs');
        const path = await import('node:path');
        if (!fs.existsSync(file)) return usage(ctx, `Không có tệp "${file}".`);
        if (fs.statSync(file).size > 10 * 1024 * 1024) return usage(ctx, `Tệp "${file}" quá lớn (tối đa 10 MB).`);
        const res = await ctx.call('directory.import', {
          kind: k,
          fileName: path.basename(file),
          dataBase64: fs.readFileSync(file).toString('base64'),
          dryRun: o.dryRun ?? false,
        });
        return report(
          ctx.output,
          res as never,
          (v: { added: number; updated: number; unchanged: number; dryRun: boolean }) =>
            `${v.dryRun ? 'Kiểm tra xong (chưa ghi)' : 'Đã nhập'}: thêm ${v.added}, sửa ${v.updated}, không đổi ${v.unchanged}.`,
        );
      }),
    );

  cmd
    .command('export <kind>')
    .description('Xuất danh bạ (CSV, xlsx hoặc JSON) theo đúng mẫu nhập')
    .requiredOption('--out <file>', 'tệp ghi ra')
    .option('--format <csv|xlsx|json>', 'định dạng (mặc định theo đuôi tệp)')
    .action((kind: string, o: { out: string; format?: string }) =>
      run(async (ctx) => {
        const k = KINDS[kind];
        if (!k) return usage(ctx, `Loại danh bạ "${kind}" không có; dùng don-vi hoặc can-bo.`);
        const format = o.format ?? (/\.(xlsx|json)$/i.exec(o.out)?.[1]?.toLowerCase() || 'csv');
        const res = await ctx.call('directory.export', { kind: k, format });
        if (!res.ok) return ctx.output.error(res.error);
        const v = res.value as { dataBase64: string; count: number };
        const fs = await import('node:fs');
        fs.writeFileSync(o.out, Buffer.from(v.dataBase64, 'base64'));
        ctx.output.result(
          { out: o.out, count: v.count, format },
          (x: { out: string; count: number }) => `Đã xuất ${x.count} dòng ra ${x.out}.`,
        );
        return 0;
      }),
    );
}
