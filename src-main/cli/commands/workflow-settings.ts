/**
 * `vanthu hanxuly`: the default deadlines of incoming documents (workflow.getSettings / saveSettings).
 * Without options it shows them; each option changes one value and keeps the others.
 */
import type { Command } from 'commander';
import type { WorkflowSettings } from '../../../src-shared/contracts/workflow.contract';
import { report } from '../output';
import { collect, type Run, usage } from './kit';

const URGENCY_FLAGS = { khan: 'khan', thuongKhan: 'thuong-khan', hoaToc: 'hoa-toc' } as const;

function describe(s: WorkflowSettings): string {
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ') || '(không)';
  return [
    `Sắp đến hạn: trong ${s.soonWorkingDays} ngày làm việc`,
    `Hạn mặc định: ${s.defaultWorkingDays === null ? 'không có' : `${s.defaultWorkingDays} ngày làm việc`}`,
    `Theo độ khẩn: ${list(s.byUrgency)}`,
    `Theo loại văn bản: ${list(s.byTypeCode)}`,
  ].join('\n');
}

export function registerWorkflowSettingsCommands(program: Command, run: Run): void {
  program
    .command('hanxuly')
    .description('Xem hoặc đặt thời hạn giải quyết mặc định của văn bản đến (ngày làm việc)')
    .option('--sap-den-han <n>', '"sắp đến hạn" khi còn n ngày làm việc')
    .option('--mac-dinh <n|none>', 'hạn mặc định khi nơi gửi và lãnh đạo không cho hạn')
    .option('--khan <n>', 'hạn cho văn bản Khẩn')
    .option('--thuong-khan <n>', 'hạn cho văn bản Thượng khẩn')
    .option('--hoa-toc <n>', 'hạn cho văn bản Hỏa tốc')
    .option('--loai <MA=n>', 'hạn theo loại văn bản, ví dụ CV=10 (MA=none để bỏ; lặp lại được)', collect)
    .action((o: Record<string, string | string[] | undefined>) =>
      run(async (ctx) => {
        const cur = await ctx.call('workflow.getSettings', {});
        if (!cur.ok) return ctx.output.error(cur.error);
        const next = structuredClone(cur.value as WorkflowSettings);
        const int = (v: string, flag: string): number | string =>
          /^\d{1,3}$/.test(v.trim()) ? Number(v) : `${flag} phải là số ngày làm việc (nhận "${v}").`;
        let changed = false;
        if (typeof o.sapDenHan === 'string') {
          const n = int(o.sapDenHan, '--sap-den-han');
          if (typeof n === 'string') return usage(ctx, n);
          next.soonWorkingDays = n;
          changed = true;
        }
        if (typeof o.macDinh === 'string') {
          const n = o.macDinh === 'none' ? null : int(o.macDinh, '--mac-dinh');
          if (typeof n === 'string') return usage(ctx, n);
          next.defaultWorkingDays = n;
          changed = true;
        }
        for (const [flag, urgency] of Object.entries(URGENCY_FLAGS)) {
          const v = o[flag];
          if (typeof v !== 'string') continue;
          const n = int(v, `--${urgency}`);
          if (typeof n === 'string') return usage(ctx, n);
          next.byUrgency[urgency] = n;
          changed = true;
        }
        for (const pair of (o.loai as string[] | undefined) ?? []) {
          const m = /^([^=]{1,20})=(\d{1,3}|none)$/.exec(pair.trim());
          if (!m) return usage(ctx, `--loai phải có dạng MA=n, ví dụ CV=10 (nhận "${pair}").`);
          if (m[2] === 'none') delete next.byTypeCode[m[1]!];
          else next.byTypeCode[m[1]!] = Number(m[2]);
          changed = true;
        }
        const r = changed ? await ctx.call('workflow.saveSettings', next) : cur;
        return report(ctx.output, r as { ok: true; value: WorkflowSettings }, (s) => (changed ? `Đã lưu.\n${describe(s)}` : describe(s)));
      }),
    );
}
