import type { Command } from 'commander';
import type { CalendarYear, DeadlineResultOut } from '../../../src-shared/contracts/calendar.contract';
// The leaf module, not the src-shared/domain barrel: the barrel builds every domain table (document types,
// calendar) at start, which --version and --help would pay for.
import { formatDdMmYyyy } from '../../../src-shared/domain/vn-time';
import { report } from '../output';
import { type Run, usage } from './kit';

/** A signed whole number from a flag, so "-1" reaches the calendar and gets its own message. */
function intOf(v: string): number | null {
  return /^-?\d{1,9}$/.test(v.trim()) ? Number(v) : null;
}

function describeYear(y: CalendarYear): string {
  const head = [
    `Lịch làm việc năm ${y.year} (phiên bản ${y.calendarVersion})`,
    y.notice
      ? `Theo thông báo ${y.notice.source}${y.notice.origin === 'shipped' ? ' (kèm phần mềm)' : ''}`
      : 'TẠM TÍNH: chưa có thông báo nghỉ lễ của năm, dùng các ngày nghỉ theo luật.',
    `Tết Nguyên đán (mùng 1): ${formatDdMmYyyy(y.tet)}   Giỗ Tổ Hùng Vương (10/3 âm lịch): ${formatDdMmYyyy(y.gioTo)}${y.lunarLeapMonth ? `   Tháng nhuận: ${y.lunarLeapMonth}` : ''}`,
    `Số ngày làm việc: ${y.workingDayCount}`,
    '',
    'Ngày nghỉ (ngoài nghỉ hằng tuần):',
    ...y.nonWorkingDays.filter((d) => d.kind !== 'weekend').map((d) => `  ${formatDdMmYyyy(d.date)}  ${d.reason}  [${d.source}]`),
  ];
  if (y.swappedWorkingDays.length > 0) {
    head.push('Ngày làm bù:', ...y.swappedWorkingDays.map((d) => `  ${formatDdMmYyyy(d.date)}  ${d.reason}  [${d.source}]`));
  }
  return head.join('\n');
}

function describeDeadline(d: DeadlineResultOut): string {
  return [d.explanation, `Phiên bản lịch: ${d.calendarVersions.join(', ')}`].join('\n');
}

export function registerCalendarCommands(program: Command, run: Run): void {
  const calendar = program
    .command('calendar')
    .description('Lịch làm việc: ngày nghỉ lễ, Tết, ngày làm bù của một năm; nhập thông báo nghỉ lễ')
    .argument('[year]', 'năm (1968–2100)')
    .action((year: string | undefined) =>
      run(async (ctx) => {
        if (year === undefined) return usage(ctx, 'Thiếu năm, ví dụ: vanthu calendar 2026 --json');
        const y = intOf(year);
        if (y === null) return usage(ctx, `Năm "${year}" không phải số nguyên.`);
        return report(ctx.output, (await ctx.call('calendar.getYear', { year: y })) as never, describeYear);
      }),
    );

  calendar
    .command('import')
    .description('Nhập thông báo nghỉ lễ, Tết của một năm từ tệp CSV, xlsx hoặc JSON')
    .argument('<file>', 'tệp thông báo')
    .option('--year <year>', 'năm của thông báo (nếu tệp không ghi)')
    .option('--source <text>', 'số, ký hiệu thông báo (nếu tệp không ghi)')
    .action((file: string, o: { year?: string; source?: string }) =>
      run(async (ctx) => {
        const fs = await import('node:fs');
        const path = await import('node:path');
        if (!fs.existsSync(file)) return usage(ctx, `Không có tệp "${file}".`);
        const size = fs.statSync(file).size;
        if (size > 3 * 1024 * 1024) return usage(ctx, `Tệp "${file}" quá lớn (${Math.round(size / 1024)} KB, tối đa 3 MB).`);
        let year: number | undefined;
        if (o.year !== undefined) {
          const y = intOf(o.year);
          if (y === null) return usage(ctx, `--year "${o.year}" không phải số nguyên.`);
          year = y;
        }
        const saved = await ctx.call('calendar.importNotice', {
          fileName: path.basename(file),
          dataBase64: fs.readFileSync(file).toString('base64'),
          ...(year !== undefined ? { year } : {}),
          ...(o.source !== undefined ? { source: o.source } : {}),
        });
        return report(ctx.output, saved as never, (y: CalendarYear) => `Đã nhập thông báo.\n${describeYear(y)}`);
      }),
    );

  program
    .command('deadline')
    .description('Tính hạn trên lịch làm việc: cộng ngày làm việc, giờ làm việc, ngày làm việc tiếp theo')
    .requiredOption('--from <date>', 'ngày (YYYY-MM-DD) hoặc thời điểm (YYYY-MM-DDTHH:MM, giờ Việt Nam)')
    .option('--working-days <n>', 'cộng N ngày làm việc (0–3650)')
    .option('--working-hours <n>', 'cộng N giờ làm việc trong giờ hành chính (0–3650)')
    .option('--next-working-day', 'ngày làm việc tiếp theo')
    .option('--same-day-or-next', '"trong ngày, chậm nhất là ngày làm việc tiếp theo" (NĐ 30/2020)')
    .action((o: { from: string; workingDays?: string; workingHours?: string; nextWorkingDay?: boolean; sameDayOrNext?: boolean }) =>
      run(async (ctx) => {
        const chosen = [
          o.workingDays !== undefined,
          o.workingHours !== undefined,
          Boolean(o.nextWorkingDay),
          Boolean(o.sameDayOrNext),
        ].filter(Boolean).length;
        if (chosen !== 1) return usage(ctx, 'Chọn đúng một trong --working-days, --working-hours, --next-working-day, --same-day-or-next.');
        let query: unknown;
        if (o.workingDays !== undefined || o.workingHours !== undefined) {
          const raw = (o.workingDays ?? o.workingHours)!;
          const n = intOf(raw);
          if (n === null) return usage(ctx, `Số "${raw}" không phải số nguyên.`);
          query = { kind: o.workingDays !== undefined ? 'workingDays' : 'workingHours', from: o.from, n };
        } else {
          query = { kind: o.nextWorkingDay ? 'nextWorkingDay' : 'sameDayOrNext', from: o.from };
        }
        return report(ctx.output, (await ctx.call('calendar.deadline', query)) as never, describeDeadline);
      }),
    );
}
